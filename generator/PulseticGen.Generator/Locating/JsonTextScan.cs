using System;
using System.Collections.Generic;
using System.Globalization;

namespace PulseticGen.Generator.Locating
{
    /// <summary>
    /// Finds a JSON pointer's target in JSON text that the OpenAPI reader has already accepted, by one forward walk
    /// that skips every value off the pointer's path. Skipping looks only at quotes and brackets, so a megabyte spec
    /// is neither tokenized nor copied to UTF-8 to find one diagnostic's line.
    /// </summary>
    /// <remarks>
    /// It checks just enough to stay on the path and never throws; it does not validate what it skips, which is why
    /// <see cref="SpecLocator"/> uses it only for text the reader has parsed.
    /// </remarks>
    internal static class JsonTextScan
    {
        /// <summary>
        /// The span of what <paramref name="segments"/> name in <paramref name="text"/>: the key of the last member found
        /// (a missing tail stops at its parent), or the first character of an array element or of the document. Null
        /// when the text turns out not to be JSON.
        /// </summary>
        public static (int Start, int End)? Find(string text, IEnumerable<string> segments)
        {
            int position = SkipSpace(text, 0);
            if (position < 0 || position >= text.Length || text[position] is not ('{' or '['))
            {
                return null;
            }

            int start = position;
            int end = start + 1;
            foreach (string segment in segments)
            {
                if (text[position] == '{')
                {
                    int found = -1;
                    position = SkipSpace(text, position + 1);
                    while (position >= 0 && position < text.Length && text[position] == '"')
                    {
                        int keyStart = position;
                        int keyEnd = EndOfString(text, keyStart);
                        int colon = keyEnd < 0 ? -1 : SkipSpace(text, keyEnd);
                        if (colon < 0 || colon >= text.Length || text[colon] != ':')
                        {
                            return null;
                        }

                        position = SkipSpace(text, colon + 1);
                        if (KeyEquals(text, keyStart, keyEnd, segment))
                        {
                            found = keyStart;
                            end = keyEnd;
                            break;
                        }

                        position = SkipSpace(text, SkipValue(text, position));
                        if (position < 0 || position >= text.Length || text[position] is not (',' or '}'))
                        {
                            return null;
                        }

                        // A trailing comma before the brace is allowed, as the parser allowed it.
                        position = text[position] == ',' ? SkipSpace(text, position + 1) : position;
                    }

                    if (position < 0 || position >= text.Length)
                    {
                        return null;
                    }

                    if (found < 0)
                    {
                        if (text[position] != '}')
                        {
                            return null;
                        }

                        break;
                    }

                    start = found;
                }
                else if (text[position] == '[' && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 0)
                {
                    bool found = false;
                    position = SkipSpace(text, position + 1);
                    for (int i = 0; position >= 0 && position < text.Length && text[position] != ']'; i++)
                    {
                        if (i == index)
                        {
                            found = true;
                            break;
                        }

                        position = SkipSpace(text, SkipValue(text, position));
                        if (position < 0 || position >= text.Length || text[position] is not (',' or ']'))
                        {
                            return null;
                        }

                        position = text[position] == ',' ? SkipSpace(text, position + 1) : position;
                    }

                    if (position < 0 || position >= text.Length)
                    {
                        return null;
                    }

                    if (!found)
                    {
                        break;
                    }

                    start = position;
                    end = start + 1;
                }
                else
                {
                    break;
                }
            }

            return (start, end);
        }

        private static readonly char[] s_quoteOrEscape = { '"', '\\' };
        private static readonly char[] s_lineEnd = { '\n', '\r' };
        private static readonly string[] s_literals = { "true", "false", "null" };

        /// <summary>The first position at or after <paramref name="position"/> that is neither JSON whitespace nor a comment; -1 for an unclosed comment.</summary>
        private static int SkipSpace(string text, int position)
        {
            while (position >= 0 && position < text.Length)
            {
                char c = text[position];
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    position++;
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    int lineEnd = text.IndexOfAny(s_lineEnd, position + 2);
                    position = lineEnd < 0 ? text.Length : lineEnd;
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '*')
                {
                    int close = text.IndexOf("*/", position + 2, StringComparison.Ordinal);
                    position = close < 0 ? -1 : close + 2;
                }
                else
                {
                    break;
                }
            }

            return position;
        }

        /// <summary>The position just past the value that starts at <paramref name="position"/>, or -1 if it is not JSON.</summary>
        private static int SkipValue(string text, int position)
        {
            if (position < 0 || position >= text.Length)
            {
                return -1;
            }

            char first = text[position];
            if (first == '"')
            {
                return EndOfString(text, position);
            }

            if (first is '{' or '[')
            {
                // Character by character: quotes come every few characters in JSON, too often for IndexOfAny to pay.
                int depth = 0;
                for (int i = position; i < text.Length; i++)
                {
                    switch (text[i])
                    {
                        case '"':
                            int afterString = EndOfString(text, i);
                            if (afterString < 0)
                            {
                                return -1;
                            }

                            i = afterString - 1;
                            break;
                        case '{' or '[':
                            depth++;
                            break;
                        case '}' or ']':
                            if (--depth == 0)
                            {
                                return i + 1;
                            }

                            break;
                        case '/':
                            // A comment, or the text is not JSON.
                            int afterComment = SkipSpace(text, i);
                            if (afterComment <= i)
                            {
                                return -1;
                            }

                            i = afterComment - 1;
                            break;
                    }
                }

                return -1;
            }

            if (first is '-' or (>= '0' and <= '9'))
            {
                int i = position + 1;
                while (i < text.Length && text[i] is (>= '0' and <= '9') or '.' or 'e' or 'E' or '+' or '-')
                {
                    i++;
                }

                return i;
            }

            foreach (string literal in s_literals)
            {
                if (string.CompareOrdinal(text, position, literal, 0, literal.Length) == 0)
                {
                    return position + literal.Length;
                }
            }

            return -1;
        }

        /// <summary>The position just past the closing quote of the string that opens at <paramref name="quote"/>, or -1.</summary>
        private static int EndOfString(string text, int quote)
        {
            for (int i = quote + 1; i < text.Length;)
            {
                int next = text.IndexOfAny(s_quoteOrEscape, i);
                if (next < 0)
                {
                    return -1;
                }

                if (text[next] == '"')
                {
                    return next + 1;
                }

                i = next + 2;
            }

            return -1;
        }

        /// <summary>Whether the JSON string between <paramref name="start"/> and <paramref name="end"/> (quotes included) reads as <paramref name="key"/>.</summary>
        private static bool KeyEquals(string text, int start, int end, string key)
        {
            int length = end - start - 2;
            if (text.IndexOf('\\', start + 1, length) < 0)
            {
                return length == key.Length && string.CompareOrdinal(text, start + 1, key, 0, length) == 0;
            }

            // Escaped ("\u002Fusers"): rare, so the JSON reader unescapes it.
            try
            {
                var reader = new System.Text.Json.Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text.Substring(start, end - start)));
                return reader.Read() && reader.ValueTextEquals(key);
            }
            catch (System.Text.Json.JsonException)
            {
                return false;
            }
        }
    }
}
