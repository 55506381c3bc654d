using System;
using System.Collections.Generic;
using System.IO;
using PulseticGen.Generator.Diagnostics;
using SharpYaml;
using SharpYaml.Serialization;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// Maps a JSON pointer from the OpenAPI parser (which reports no line numbers) to a line and column in the spec
    /// file. The spec is re-read as a YAML node tree (JSON is YAML too) only when a diagnostic needs a location, so a
    /// clean spec pays nothing for it.
    /// </summary>
    internal sealed class SpecLocator
    {
        private readonly string _path;
        private readonly string _text;
        private YamlNode? _root;
        private SpecLocation? _syntaxError;
        private int[]? _lineStarts;
        private bool? _isJson;
        private bool _loaded;

        public SpecLocator(string path, string text)
        {
            _path = path;
            _text = text;
        }

        /// <summary>The whole first line, for problems that belong to the document as a whole.</summary>
        public SpecLocation Document => FromOffsets(0, 0);

        /// <summary>The deepest node that exists on the pointer's path (a missing tail points at its parent).</summary>
        public SpecLocation Locate(string? pointer)
        {
            if (IsJson && !string.IsNullOrEmpty(pointer) && LocateInJson(pointer!) is { } located)
            {
                return located;
            }

            return LocateInYaml(pointer);
        }

        // Decided once: the reader asked the same question, and trimming a megabyte text per lookup copied it each time.
        private bool IsJson => _isJson ??= SpecReader.LooksLikeJson(_text);

        /// <summary>
        /// For JSON specs (GitHub, Stripe: megabytes), one forward walk over the text that skips every value off the
        /// pointer's path, instead of building a YAML node tree of the whole document. Skipping a value only looks for
        /// quotes and brackets, so it neither tokenizes the text nor copies it to UTF-8 first. Null when the text is not
        /// the JSON it looked like; YAML then answers.
        /// </summary>
        private SpecLocation? LocateInJson(string pointer)
        {
            string text = _text;
            int position = SkipSpace(text, 0);
            if (position < 0 || position >= text.Length || text[position] is not ('{' or '['))
            {
                return null;
            }

            int start = position;
            int end = start + 1;
            foreach (string segment in Segments(pointer))
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
                else if (text[position] == '[' && int.TryParse(segment, out int index) && index >= 0)
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

            return FromOffsets(start, end);
        }

        private static readonly char[] s_quoteOrEscape = { '"', '\\' };
        private static readonly char[] s_stringOrBracket = { '"', '{', '}', '[', ']', '/' };
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
                int depth = 0;
                for (int i = position; i >= 0 && i < text.Length; i = text.IndexOfAny(s_stringOrBracket, i))
                {
                    switch (text[i])
                    {
                        case '"':
                            i = EndOfString(text, i);
                            break;
                        case '{' or '[':
                            depth++;
                            i++;
                            break;
                        case '}' or ']':
                            if (--depth == 0)
                            {
                                return i + 1;
                            }

                            i++;
                            break;
                        default:
                            // A slash outside a string starts a comment, or the text is not JSON.
                            int next = SkipSpace(text, i);
                            i = next == i ? -1 : next;
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

        private SpecLocation LocateInYaml(string? pointer)
        {
            YamlNode? node = Root;
            if (node is null || string.IsNullOrEmpty(pointer))
            {
                return Document;
            }

            // Underline the key of the last step ("get:" under "/monitors:"), which is where a reader looks.
            YamlNode located = node;
            foreach (string segment in Segments(pointer!))
            {
                if (node is YamlMappingNode mapping && FindKey(mapping, segment) is { } entry)
                {
                    located = entry.Key;
                    node = entry.Value;
                }
                else if (node is YamlSequenceNode sequence && int.TryParse(segment, out int index) && index >= 0 && index < sequence.Children.Count)
                {
                    located = node = sequence.Children[index];
                }
                else
                {
                    break;
                }
            }

            return FromOffsets(located.Start.Index, located.End.Index);
        }

        /// <summary>
        /// The raw text of a scalar at <paramref name="pointer"/>, following a local <c>$ref</c> on the way. Used for
        /// the few keywords the OpenAPI reader drops (Swagger 2.0's <c>collectionFormat</c>).
        /// </summary>
        public string? ScalarAt(string pointer)
        {
            YamlNode? node = Root;
            int hops = 0;
            foreach (string segment in Segments(pointer))
            {
                node = Follow(node, ref hops);
                node = node switch
                {
                    YamlMappingNode mapping => FindKey(mapping, segment)?.Value,
                    YamlSequenceNode sequence when int.TryParse(segment, out int index) && index >= 0 && index < sequence.Children.Count => sequence.Children[index],
                    _ => null,
                };
            }

            return (node as YamlScalarNode)?.Value;
        }

        /// <summary>The <c>$ref</c> string written at <paramref name="pointer"/> (the node itself is not followed).</summary>
        public string? ReferenceAt(string pointer)
        {
            YamlNode? node = Root;
            int hops = 0;
            foreach (string segment in Segments(pointer))
            {
                node = Follow(node, ref hops) switch
                {
                    YamlMappingNode mapping => FindKey(mapping, segment)?.Value,
                    YamlSequenceNode sequence when int.TryParse(segment, out int index) && index >= 0 && index < sequence.Children.Count => sequence.Children[index],
                    _ => null,
                };
            }

            return node is YamlMappingNode target && FindKey(target, "$ref")?.Value is YamlScalarNode { Value: { } reference } ? reference : null;
        }

        private YamlNode? Follow(YamlNode? node, ref int hops)
        {
            while (node is YamlMappingNode mapping && hops++ < 16 && FindKey(mapping, "$ref")?.Value is YamlScalarNode { Value: { } target } && target.StartsWith("#/", StringComparison.Ordinal))
            {
                YamlNode? resolved = Root;
                foreach (string segment in Segments(target))
                {
                    resolved = resolved is YamlMappingNode m ? FindKey(m, segment)?.Value : null;
                }

                if (resolved is null)
                {
                    return node;
                }

                node = resolved;
            }

            return node;
        }

        /// <summary>Where the text stops being valid YAML (or JSON), if it does.</summary>
        public SpecLocation? SyntaxError
        {
            get
            {
                _ = Root;
                return _syntaxError;
            }
        }

        public SpecLocation FromMark(Mark start, Mark end) =>
            FromOffsets(start.Index, end.Index);

        private YamlNode? Root
        {
            get
            {
                if (!_loaded)
                {
                    _loaded = true;
                    try
                    {
                        var stream = new YamlStream();
                        stream.Load(new StringReader(_text));
                        _root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
                    }
                    catch (YamlException exception)
                    {
                        _syntaxError = FromMark(exception.Start, exception.End);
                        _root = null;
                    }
                    catch (Exception)
                    {
                        // A document the parser could read but the locator cannot (rare YAML corners): report at the
                        // top of the file rather than lose the diagnostic.
                        _root = null;
                    }
                }

                return _root;
            }
        }

        private static KeyValuePair<YamlNode, YamlNode>? FindKey(YamlMappingNode mapping, string key)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> child in mapping.Children)
            {
                if (child.Key is YamlScalarNode scalar && scalar.Value == key)
                {
                    return child;
                }
            }

            return null;
        }

        private static IEnumerable<string> Segments(string pointer)
        {
            string trimmed = pointer.StartsWith("#", StringComparison.Ordinal) ? pointer.Substring(1) : pointer;
            foreach (string raw in trimmed.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                yield return Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            }
        }

        // Lines and columns are derived from the offsets rather than taken from the YAML reader, whose end-of-stream mark
        // sits on a line after the last: the span and the line then always agree with the file.
        private SpecLocation FromOffsets(int start, int end)
        {
            start = Math.Max(0, Math.Min(start, _text.Length));
            end = Math.Max(start, Math.Min(end, _text.Length));
            (int startLine, int startColumn) = Position(start);
            (int stopLine, int stopColumn) = Position(end);
            return new SpecLocation(_path, start, end - start, startLine, startColumn, stopLine, stopColumn);
        }

        private (int Line, int Column) Position(int offset)
        {
            _lineStarts ??= LineStarts(_text);
            int index = Array.BinarySearch(_lineStarts, offset);
            int lineIndex = index >= 0 ? index : ~index - 1;
            return (lineIndex, offset - _lineStarts[lineIndex]);
        }

        private static readonly char[] s_lineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };

            // \r\n, \n, a lone \r, NEL, LS and PS each end a line, as Roslyn's SourceText counts them. IndexOfAny jumps
            // from one to the next (a megabyte spec has tens of thousands of lines, not millions).
            for (int i = text.IndexOfAny(s_lineBreaks); i >= 0; i = text.IndexOfAny(s_lineBreaks, i))
            {
                i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                starts.Add(i);
            }

            return starts.ToArray();
        }
    }
}
