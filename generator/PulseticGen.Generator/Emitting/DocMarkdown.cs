using System;
using System.Collections.Generic;
using System.Text;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// Turns the CommonMark that specs write in <c>description</c> and <c>summary</c> into XML doc text, so IntelliSense
    /// shows code as code and links as links instead of raw backticks and brackets.
    /// </summary>
    /// <remarks>
    /// Only the constructs specs actually use: paragraphs, bullet and numbered lists, fenced code, headings, code spans,
    /// strong and emphasis, inline links and autolinks. Anything else stays text, XML-escaped, so the result is always
    /// well-formed (the generated code compiles with documentation diagnostics on). Raw HTML stays escaped text too:
    /// passing it through would let a spec write arbitrary XML into the comment.
    /// </remarks>
    internal static partial class DocMarkdown
    {
        /// <summary>
        /// The doc lines for <paramref name="markdown"/>: one line of text when it is a single paragraph, otherwise one
        /// <c>&lt;para&gt;</c>, <c>&lt;list&gt;</c> or <c>&lt;code&gt;</c> block after another.
        /// </summary>
        public static IReadOnlyList<string> Lines(string markdown)
        {
            if (Plain(markdown) is { } plain)
            {
                return new[] { plain };
            }

            List<Block> blocks = Parse(markdown);
            if (blocks.Count == 1 && blocks[0].Kind == BlockKind.Paragraph)
            {
                return new[] { Inline(blocks[0].Text) };
            }

            var lines = new List<string>();
            var text = new StringBuilder();
            foreach (Block block in blocks)
            {
                switch (block.Kind)
                {
                    case BlockKind.Paragraph:
                        lines.Add(Wrapped(text, "<para>", block.Text, "</para>"));
                        break;
                    case BlockKind.Heading:
                        lines.Add(Wrapped(text, "<para><b>", block.Text, "</b></para>"));
                        break;
                    case BlockKind.Code:
                        lines.Add("<code>");
                        foreach (string line in block.Items)
                        {
                            lines.Add(SourceWriter.EscapeXml(line));
                        }

                        lines.Add("</code>");
                        break;
                    default:
                        lines.Add(block.Kind == BlockKind.NumberedList ? "<list type=\"number\">" : "<list type=\"bullet\">");
                        foreach (string item in block.Items)
                        {
                            lines.Add(Wrapped(text, "<item><description>", item, "</description></item>"));
                        }

                        lines.Add("</list>");
                        break;
                }
            }

            return lines;
        }

        /// <summary><paramref name="text"/> as inline XML doc between an opening and a closing tag, built in <paramref name="line"/>.</summary>
        private static string Wrapped(StringBuilder line, string open, string text, string close)
        {
            line.Clear().Append(open);
            AppendInline(line, text, 0, text.Length);
            return line.Append(close).ToString();
        }

        /// <summary>The whole of <paramref name="markdown"/> as one line of doc text (for <c>&lt;param&gt;</c>): blocks joined by spaces.</summary>
        public static string OneLine(string markdown)
        {
            if (Plain(markdown) is { } plain)
            {
                return plain;
            }

            var parts = new List<string>();
            foreach (Block block in Parse(markdown))
            {
                if (block.Kind is BlockKind.Paragraph or BlockKind.Heading)
                {
                    parts.Add(Inline(block.Text));
                }
                else if (block.Kind == BlockKind.Code)
                {
                    parts.Add("<c>" + SourceWriter.EscapeXml(string.Join(" ", block.Items)) + "</c>");
                }
                else
                {
                    foreach (string item in block.Items)
                    {
                        parts.Add(Inline(item));
                    }
                }
            }

            return string.Join(" ", parts);
        }

        /// <summary>
        /// Most descriptions are one line of prose with nothing to convert or escape; those come back trimmed, without
        /// being parsed. Null when the text holds anything Markdown or XML could read differently.
        /// </summary>
        private static string? Plain(string markdown)
        {
            string text = markdown.Trim();
            if (text.Length == 0 || text[0] is '-' or '+' || char.IsDigit(text[0]) || text.IndexOfAny(Special) >= 0)
            {
                return null;
            }

            return text;
        }

        // Line breaks, escapes, code, links, autolinks and raw XML, emphasis, headings, fences.
        private static readonly char[] Special = { '\r', '\n', '\\', '`', '[', '<', '>', '&', '*', '_', '#', '~' };

        private enum BlockKind
        {
            Paragraph,
            Heading,
            Code,
            BulletList,
            NumberedList,
        }

        private sealed class Block
        {
            // Most paragraphs are one line: the line itself is the text, and a builder is made only for a second one.
            private string _text = string.Empty;
            private StringBuilder? _lines;

            public Block(BlockKind kind) => Kind = kind;

            public BlockKind Kind { get; }

            public string Text => _lines?.ToString() ?? _text;

            public List<string> Items { get; } = new List<string>();

            /// <summary>Adds a line to a paragraph's text, joined to the previous one by a space.</summary>
            public void Append(string line)
            {
                if (_lines is null && _text.Length == 0)
                {
                    _text = line;
                    return;
                }

                (_lines ??= new StringBuilder(_text)).Append(' ').Append(line);
            }
        }

        private static List<Block> Parse(string markdown)
        {
            var blocks = new List<Block>();
            Block? current = null;
            string[] lines = markdown.Trim().Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].TrimEnd();
                string trimmed = line.TrimStart();

                if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
                {
                    string fence = trimmed.Substring(0, 3);
                    var code = new Block(BlockKind.Code);
                    int indent = line.Length - trimmed.Length;
                    for (i++; i < lines.Length && !lines[i].TrimStart().StartsWith(fence, StringComparison.Ordinal); i++)
                    {
                        code.Items.Add(Unindent(lines[i].TrimEnd(), indent));
                    }

                    blocks.Add(code);
                    current = null;
                    continue;
                }

                if (trimmed.Length == 0)
                {
                    current = null;
                    continue;
                }

                if (Heading(trimmed) is { } heading)
                {
                    var block = new Block(BlockKind.Heading);
                    block.Append(heading);
                    blocks.Add(block);
                    current = null;
                    continue;
                }

                if (ListItem(trimmed, out BlockKind listKind) is { } item)
                {
                    if (current is null || current.Kind != listKind)
                    {
                        current = new Block(listKind);
                        blocks.Add(current);
                    }

                    current.Items.Add(item);
                    continue;
                }

                if (current is { Kind: BlockKind.BulletList or BlockKind.NumberedList })
                {
                    // A lazy continuation line of the last item.
                    current.Items[current.Items.Count - 1] += " " + trimmed;
                    continue;
                }

                if (current is null)
                {
                    current = new Block(BlockKind.Paragraph);
                    blocks.Add(current);
                }

                current.Append(trimmed);
            }

            return blocks;
        }

        private static string Unindent(string line, int indent)
        {
            int spaces = 0;
            while (spaces < indent && spaces < line.Length && line[spaces] == ' ')
            {
                spaces++;
            }

            return line.Substring(spaces);
        }

        private static string? Heading(string line)
        {
            int level = 0;
            while (level < line.Length && line[level] == '#')
            {
                level++;
            }

            return level is >= 1 and <= 6 && level < line.Length && line[level] == ' '
                ? line.Substring(level).Trim().TrimEnd('#').TrimEnd()
                : null;
        }

        private static string? ListItem(string line, out BlockKind kind)
        {
            kind = BlockKind.BulletList;
            if (line.Length > 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ')
            {
                return line.Substring(2).TrimStart();
            }

            int digits = 0;
            while (digits < line.Length && digits < 9 && char.IsDigit(line[digits]))
            {
                digits++;
            }

            if (digits > 0 && digits + 2 < line.Length && (line[digits] == '.' || line[digits] == ')') && line[digits + 1] == ' ')
            {
                kind = BlockKind.NumberedList;
                return line.Substring(digits + 2).TrimStart();
            }

            return null;
        }
    }
}
