using System;
using System.Text;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>The inline half of <see cref="DocMarkdown"/>: code spans, links, autolinks, emphasis and escaping within a paragraph.</summary>
    internal static partial class DocMarkdown
    {
        // What AppendInline converts or escapes; text without any of them comes out unchanged.
        private static readonly char[] InlineSpecial = { '\\', '`', '[', '<', '>', '&', '*', '_' };

        /// <summary>Code spans, links, strong and emphasis of one paragraph, as escaped XML.</summary>
        internal static string Inline(string text)
        {
            if (text.IndexOfAny(InlineSpecial) < 0)
            {
                return text;
            }

            var output = new StringBuilder(text.Length + 16);
            AppendInline(output, text, 0, text.Length);
            return output.ToString();
        }

        private static void AppendInline(StringBuilder output, string text, int start, int end)
        {
            int i = start;
            while (i < end)
            {
                char c = text[i];
                if (c == '\\' && i + 1 < end && IsAsciiPunctuation(text[i + 1]))
                {
                    AppendEscaped(output, text[i + 1]);
                    i += 2;
                    continue;
                }

                if (c == '`' && CodeSpan(text, i, end, out int codeEnd, out string? code))
                {
                    output.Append("<c>").Append(SourceWriter.EscapeXml(code!)).Append("</c>");
                    i = codeEnd;
                    continue;
                }

                if (c == '[' && Link(text, i, end, out int linkEnd, out int labelEnd, out string? url))
                {
                    output.Append("<see href=\"").Append(EscapeAttribute(url!)).Append("\">");
                    AppendInline(output, text, i + 1, labelEnd);
                    output.Append("</see>");
                    i = linkEnd;
                    continue;
                }

                if (c == '<' && AutoLink(text, i, end, out int autoEnd, out string? target))
                {
                    output.Append("<see href=\"").Append(EscapeAttribute(target!)).Append("\">").Append(SourceWriter.EscapeXml(target!)).Append("</see>");
                    i = autoEnd;
                    continue;
                }

                if ((c == '*' || c == '_') && Emphasis(text, i, end, out int innerStart, out int innerEnd, out bool strong))
                {
                    string tag = strong ? "b" : "i";
                    output.Append('<').Append(tag).Append('>');
                    AppendInline(output, text, innerStart, innerEnd);
                    output.Append("</").Append(tag).Append('>');
                    i = innerEnd + (strong ? 2 : 1);
                    continue;
                }

                AppendEscaped(output, c);
                i++;
            }
        }

        private static bool CodeSpan(string text, int start, int end, out int after, out string? code)
        {
            int ticks = 0;
            while (start + ticks < end && text[start + ticks] == '`')
            {
                ticks++;
            }

            string fence = new string('`', ticks);
            int close = text.IndexOf(fence, start + ticks, end - start - ticks, StringComparison.Ordinal);
            while (close >= 0 && close + ticks < end && text[close + ticks] == '`')
            {
                close = text.IndexOf(fence, close + ticks + 1, end - close - ticks - 1, StringComparison.Ordinal);
            }

            if (close < 0)
            {
                after = 0;
                code = null;
                return false;
            }

            code = text.Substring(start + ticks, close - start - ticks);
            if (code.Length > 2 && code[0] == ' ' && code[code.Length - 1] == ' ')
            {
                code = code.Substring(1, code.Length - 2);
            }

            after = close + ticks;
            return code.Trim().Length > 0;
        }

        private static bool Link(string text, int start, int end, out int after, out int labelEnd, out string? url)
        {
            after = labelEnd = 0;
            url = null;
            int depth = 0;
            for (int i = start; i < end; i++)
            {
                if (text[i] == '[')
                {
                    depth++;
                }
                else if (text[i] == ']' && --depth == 0)
                {
                    labelEnd = i;
                    break;
                }
            }

            if (labelEnd == 0 || labelEnd + 1 >= end || text[labelEnd + 1] != '(')
            {
                return false;
            }

            int close = text.IndexOf(')', labelEnd + 2, end - labelEnd - 2);
            if (close < 0)
            {
                return false;
            }

            string target = text.Substring(labelEnd + 2, close - labelEnd - 2).Trim();
            int space = target.IndexOf(' ');
            if (space > 0)
            {
                target = target.Substring(0, space); // drop a "title"
            }

            target = target.Trim('<', '>');
            if (target.Length == 0 || labelEnd == start + 1)
            {
                return false;
            }

            url = target;
            after = close + 1;
            return true;
        }

        private static bool AutoLink(string text, int start, int end, out int after, out string? target)
        {
            after = 0;
            target = null;
            int close = text.IndexOf('>', start + 1, end - start - 1);
            if (close < 0)
            {
                return false;
            }

            string candidate = text.Substring(start + 1, close - start - 1);
            if (candidate.IndexOf(' ') >= 0
                || !(candidate.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || candidate.StartsWith("https://", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            target = candidate;
            after = close + 1;
            return true;
        }

        /// <summary>
        /// <c>*x*</c>, <c>_x_</c>, <c>**x**</c> or <c>__x__</c>: the opener is followed by a non-space, the closer preceded by
        /// one, and underscores only count at word edges, so <c>snake_case_names</c> and <c>2 * 3 * 4</c> stay text.
        /// </summary>
        private static bool Emphasis(string text, int start, int end, out int innerStart, out int innerEnd, out bool strong)
        {
            char marker = text[start];
            strong = start + 1 < end && text[start + 1] == marker;
            int width = strong ? 2 : 1;
            innerStart = start + width;
            innerEnd = 0;
            if (innerStart >= end || char.IsWhiteSpace(text[innerStart]) || text[innerStart] == marker)
            {
                return false;
            }

            if (marker == '_' && start > 0 && char.IsLetterOrDigit(text[start - 1]))
            {
                return false;
            }

            string closer = new string(marker, width);
            for (int close = text.IndexOf(closer, innerStart + 1, end - innerStart - 1, StringComparison.Ordinal);
                 close >= 0;
                 close = close + 1 < end ? text.IndexOf(closer, close + 1, end - close - 1, StringComparison.Ordinal) : -1)
            {
                bool tooLong = !strong && close + 1 < end && text[close + 1] == marker;
                bool wordAfter = marker == '_' && close + width < end && char.IsLetterOrDigit(text[close + width]);
                if (!char.IsWhiteSpace(text[close - 1]) && !tooLong && !wordAfter && text[close - 1] != '\\')
                {
                    innerEnd = close;
                    return true;
                }
            }

            return false;
        }

        private static bool IsAsciiPunctuation(char c) => c < 128 && char.IsPunctuation(c) || c is '`' or '*' or '_' or '<' or '>' or '|' or '~' or '^' or '+' or '=' or '$';

        private static void AppendEscaped(StringBuilder output, char c)
        {
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                default: output.Append(c); break;
            }
        }

        private static string EscapeAttribute(string value) => SourceWriter.EscapeXml(value).Replace("\"", "&quot;");
    }
}
