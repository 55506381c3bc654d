using System;
using System.Text;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>An indented text writer for C#: one line at a time, braces tracked, no syntax trees.</summary>
    internal sealed class SourceWriter
    {
        private const string IndentUnit = "    ";
        private readonly StringBuilder _builder = new();
        private int _indent;

        public SourceWriter Line(string text = "")
        {
            if (text.Length == 0)
            {
                _builder.Append('\n');
                return this;
            }

            for (int i = 0; i < _indent; i++)
            {
                _builder.Append(IndentUnit);
            }

            _builder.Append(SingleLine(text).TrimEnd()).Append('\n');
            return this;
        }

        /// <summary>
        /// C# ends a line at CR, LF, NEL, LS and PS. Spec text that reaches a comment (a title, a description, a name)
        /// and holds one of them would end the comment and turn the rest into code; string literals are escaped
        /// already, so no generated line may hold a raw line break. They become spaces.
        /// </summary>
        private static string SingleLine(string text)
        {
            if (text.IndexOfAny(LineBreaks) < 0)
            {
                return text;
            }

            var builder = new StringBuilder(text);
            for (int i = 0; i < builder.Length; i++)
            {
                if (Array.IndexOf(LineBreaks, builder[i]) >= 0)
                {
                    builder[i] = ' ';
                }
            }

            return builder.ToString();
        }

        private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

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

        public SourceWriter Close(string suffix = "")
        {
            _indent--;
            return Line("}" + suffix);
        }

        /// <summary>Writes <c>/// &lt;tag&gt;text&lt;/tag&gt;</c>, one doc line per line of text, XML-escaped.</summary>
        public SourceWriter Doc(string tag, string? text, string attributes = "")
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return this;
            }

            string[] lines = text!.Trim().Replace("\r\n", "\n").Split('\n');
            if (lines.Length == 1)
            {
                return Line($"/// <{tag}{attributes}>{EscapeXml(lines[0].Trim())}</{tag}>");
            }

            Line($"/// <{tag}{attributes}>");
            foreach (string line in lines)
            {
                Line("/// " + EscapeXml(line.TrimEnd()));
            }

            return Line($"/// </{tag}>");
        }

        public override string ToString() => _builder.ToString();

        public static string EscapeXml(string text) =>
            text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        /// <summary>A C# string literal for any text (quotes, backslashes, control and non-ASCII characters escaped).</summary>
        public static string Literal(string value)
        {
            var builder = new StringBuilder(value.Length + 2);
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

            return builder.Append('"').ToString();
        }
    }
}
