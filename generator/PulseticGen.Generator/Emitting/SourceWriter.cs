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

            _builder.Append(text.TrimEnd()).Append('\n');
            return this;
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
