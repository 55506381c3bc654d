using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>An indented text writer for C#: one line at a time, braces tracked, no syntax trees.</summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder;
        private readonly SourceBuffer? _buffer;
        private int _indent;

        /// <param name="buffer">Where to take the builder from (and give it back to in <see cref="Finish"/>); null for a builder of its own.</param>
        public SourceWriter(SourceBuffer? buffer = null)
        {
            _buffer = buffer;
            _builder = buffer?.Take() ?? new StringBuilder();
        }

        public SourceWriter Line(string text = "")
        {
            if (text.Length == 0)
            {
                _builder.Append('\n');
                return this;
            }

            int start = BeginLine();
            AppendSingleLine(text);
            return EndLine(start);
        }

        /// <summary>
        /// Writes an interpolated line straight into the output, without building the line as a string first; the
        /// same rules as <see cref="Line(string)"/> apply to the text.
        /// </summary>
        public SourceWriter Line([InterpolatedStringHandlerArgument("")] ref LineHandler text) => EndLine(text);

        /// <summary>The indentation for a new line; returns where the line's text starts.</summary>
        private int BeginLine()
        {
            for (int i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            return _builder.Length;
        }

        private SourceWriter EndLine(in LineHandler line)
        {
            if (_builder.Length == line.TextStart)
            {
                // No text at all: a blank line, without indentation (as Line("") writes).
                _builder.Length = line.LineStart;
                _builder.Append('\n');
                return this;
            }

            return EndLine(line.TextStart);
        }

        /// <summary>Trims the trailing whitespace of the text written since <paramref name="textStart"/> and ends the line.</summary>
        private SourceWriter EndLine(int textStart)
        {
            int end = _builder.Length;
            while (end > textStart && char.IsWhiteSpace(_builder[end - 1]))
            {
                end--;
            }

            _builder.Length = end;
            _builder.Append('\n');
            return this;
        }

        /// <summary>
        /// C# ends a line at CR, LF, NEL, LS and PS. Spec text that reaches a comment (a title, a description, a name)
        /// and holds one of them would end the comment and turn the rest into code; string literals are escaped
        /// already, so no generated line may hold a raw line break. They become spaces.
        /// </summary>
        private void AppendSingleLine(string? text)
        {
            if (text is null)
            {
                return;
            }

            int next = text.IndexOfAny(LineBreaks);
            if (next < 0)
            {
                _builder.Append(text);
                return;
            }

            int from = 0;
            while (next >= 0)
            {
                _builder.Append(text, from, next - from).Append(' ');
                from = next + 1;
                next = from < text.Length ? text.IndexOfAny(LineBreaks, from) : -1;
            }

            _builder.Append(text, from, text.Length - from);
        }

        private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

        /// <summary>Appends the parts of an interpolated line to the writer as they come (see <see cref="Line(ref LineHandler)"/>).</summary>
        [InterpolatedStringHandler]
        public readonly struct LineHandler
        {
            private readonly SourceWriter _writer;

            public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
            {
                _writer = writer;
                LineStart = writer._builder.Length;
                TextStart = writer.BeginLine();
            }

            internal int LineStart { get; }

            internal int TextStart { get; }

            public void AppendLiteral(string value) => _writer.AppendSingleLine(value);

            public void AppendFormatted(string? value) => _writer.AppendSingleLine(value);

            public void AppendFormatted(Quoted value) => WriteLiteral(_writer._builder, value.Value);

            public void AppendFormatted<T>(T value) => _writer.AppendSingleLine(value is IFormattable formattable ? formattable.ToString(null, global::System.Globalization.CultureInfo.InvariantCulture) : value?.ToString());

            public void AppendFormatted<T>(T value, string? format) => _writer.AppendSingleLine(value is IFormattable formattable ? formattable.ToString(format, global::System.Globalization.CultureInfo.InvariantCulture) : value?.ToString());
        }

        /// <summary>Writes a block of lines (a raw string literal in the emitter) at the current indentation.</summary>
        public SourceWriter Block(string lines)
        {
            foreach (string line in lines.Replace("\r\n", "\n").Split('\n'))
            {
                Line(line.TrimEnd());
            }

            return this;
        }

        public SourceWriter Open(string header)
        {
            Line(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Open([InterpolatedStringHandlerArgument("")] ref LineHandler header)
        {
            EndLine(header);
            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            int start = BeginLine();
            _builder.Append('}');
            AppendSingleLine(suffix);
            return EndLine(start);
        }

        /// <summary>
        /// Writes <c>/// &lt;tag&gt;text&lt;/tag&gt;</c> for spec text: its Markdown becomes XML doc (see
        /// <see cref="DocMarkdown"/>), everything else is escaped.
        /// </summary>
        public SourceWriter Doc(string tag, string? text, string attributes = "")
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return this;
            }

            IReadOnlyList<string> lines = DocMarkdown.Lines(text!);
            if (lines.Count == 1)
            {
                return Line($"/// <{tag}{attributes}>{lines[0]}</{tag}>");
            }

            Line($"/// <{tag}{attributes}>");
            foreach (string line in lines)
            {
                Line($"/// {line}");
            }

            return Line($"/// </{tag}>");
        }

        public override string ToString() => _builder.ToString();

        /// <summary>The text written, after which the writer gives its builder back to its buffer and must not be used again.</summary>
        public string Finish()
        {
            string text = _builder.ToString();
            _buffer?.Return(_builder);
            return text;
        }

        public static string EscapeXml(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>A C# string literal for any text (quotes, backslashes, control and non-ASCII characters escaped).</summary>
        public static string Literal(string value)
        {
            if (NeedsNoEscape(value))
            {
                return "\"" + value + "\"";
            }

            var builder = new StringBuilder(value.Length + 8);
            WriteLiteral(builder, value);
            return builder.ToString();
        }

        /// <summary>
        /// <see cref="Literal"/> for a hole of an interpolated line: the literal is written straight into the line.
        /// It holds no raw line break (every control and non-ASCII character is escaped).
        /// </summary>
        public static Quoted Quote(string value) => new(value);

        /// <summary>Text to write as a C# string literal (see <see cref="Quote"/>).</summary>
        public readonly struct Quoted
        {
            public Quoted(string value) => Value = value;

            public string Value { get; }

            public override string ToString() => Literal(Value);
        }

        private static bool NeedsNoEscape(string value)
        {
            foreach (char c in value)
            {
                if (c < 0x20 || c > 0x7E || c == '"' || c == '\\')
                {
                    return false;
                }
            }

            return true;
        }

        private static void WriteLiteral(StringBuilder builder, string value)
        {
            if (NeedsNoEscape(value))
            {
                builder.Append('"').Append(value).Append('"');
                return;
            }

            builder.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\n': builder.Append("\\n"); break;
                    case '\r': builder.Append("\\r"); break;
                    case '\t': builder.Append("\\t"); break;
                    case '\0': builder.Append("\\0"); break;
                    default:
                        if (c < 0x20 || c > 0x7E)
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append('"');
        }
    }
}
