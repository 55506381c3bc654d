using System;

namespace PulseticGen.Generator.Locating
{
    /// <summary>
    /// Checks a spec's size and nesting before it reaches the parser. The YAML reader recurses per level, so a deeply
    /// nested document (a fuzzer's favourite) could exhaust the compiler's stack, which no catch block survives; and a
    /// huge file would pin its memory in the IDE. Both become a diagnostic instead.
    /// </summary>
    internal static class SpecLimits
    {
        public const int DefaultMaxBytes = 64 * 1024 * 1024;
        // The OpenAPI reader itself stops at 64 levels (as System.Text.Json does); checking the same limit first turns
        // that into a diagnostic that names the limit, and keeps deeper documents away from the recursive YAML reader.
        public const int DefaultMaxDepth = 64;

        /// <summary>The deepest nesting of JSON-style brackets or YAML indentation levels, whichever is greater.</summary>
        public static int MeasureDepth(string text)
        {
            int bracketDepth = 0, maxBracketDepth = 0, maxIndentDepth = 0;
            bool inString = false;
            char quote = '\0';
            int lineStart = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\n')
                {
                    lineStart = i + 1;
                    inString = false;
                    continue;
                }

                if (inString)
                {
                    if (c == '\\' && quote == '"')
                    {
                        i++;
                    }
                    else if (c == quote)
                    {
                        inString = false;
                    }

                    continue;
                }

                switch (c)
                {
                    case '"' or '\'':
                        inString = true;
                        quote = c;
                        break;
                    case '{' or '[':
                        maxBracketDepth = Math.Max(maxBracketDepth, ++bracketDepth);
                        break;
                    case '}' or ']':
                        bracketDepth = Math.Max(0, bracketDepth - 1);
                        break;
                    case '#' when i == lineStart || text[i - 1] == ' ':
                        // A YAML comment: skip to the end of the line.
                        int end = text.IndexOf('\n', i);
                        i = (end < 0 ? text.Length : end) - 1;
                        break;
                    case ' ' or '-' when i == lineStart:
                        // Indentation: each level is at least one column (YAML allows 1-space indents).
                        int column = 0;
                        while (i + column < text.Length && (text[i + column] == ' ' || text[i + column] == '-'))
                        {
                            column++;
                        }

                        maxIndentDepth = Math.Max(maxIndentDepth, column / 2);
                        i += column - 1;
                        break;
                }
            }

            return Math.Max(maxBracketDepth, maxIndentDepth);
        }
    }
}
