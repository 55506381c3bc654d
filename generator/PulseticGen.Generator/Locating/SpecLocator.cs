using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Parsing;
using SharpYaml;
using SharpYaml.Serialization;

namespace PulseticGen.Generator.Locating
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
        private readonly bool _parsedAsJson;
        private YamlNode? _root;
        private SpecLocation? _syntaxError;
        private int[]? _lineStarts;

        // Where Position last walked to: the line (0-based) and the offset it starts at.
        private int _scannedLine;
        private int _scannedLineStart;
        private bool? _isJson;
        private byte[]? _utf8;
        private bool _loaded;

        /// <param name="path">The spec's path, for the locations.</param>
        /// <param name="text">The spec's text.</param>
        /// <param name="parsedAsJson">
        /// Whether the OpenAPI reader has read <paramref name="text"/> as JSON, which it does strictly (no comments,
        /// trailing commas or nesting past 64): pointers are then found by a faster scan that does not check the text.
        /// </param>
        public SpecLocator(string path, string text, bool parsedAsJson = false)
        {
            _path = path;
            _text = text;
            _parsedAsJson = parsedAsJson;
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
        /// For JSON specs (GitHub, Stripe: megabytes), one forward pass that skips every subtree off the pointer's path,
        /// instead of building a YAML node tree of the whole document. Null when the text is not the JSON it looked
        /// like; YAML then answers.
        /// </summary>
        private SpecLocation? LocateInJson(string pointer)
        {
            if (_parsedAsJson)
            {
                // Text the reader accepted needs no checking on the way: a scan for quotes and brackets finds the path.
                return JsonTextScan.Find(_text, Segments(pointer)) is (int start, int end) ? FromOffsets(start, end) : null;
            }

            // Text the reader refused (or never read) can break anywhere before the target: Utf8JsonReader notices.
            try
            {
                _utf8 ??= System.Text.Encoding.UTF8.GetBytes(_text);
                var reader = new System.Text.Json.Utf8JsonReader(_utf8, new System.Text.Json.JsonReaderOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (!reader.Read())
                {
                    return null;
                }

                long start = reader.TokenStartIndex;
                long end = start + 1;
                foreach (string segment in Segments(pointer))
                {
                    if (reader.TokenType == System.Text.Json.JsonTokenType.StartObject)
                    {
                        bool found = false;
                        while (reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.PropertyName)
                        {
                            if (reader.ValueTextEquals(segment))
                            {
                                start = reader.TokenStartIndex;
                                end = start + reader.ValueSpan.Length + 2;
                                reader.Read();
                                found = true;
                                break;
                            }

                            reader.Read();
                            reader.Skip();
                        }

                        if (!found)
                        {
                            break;
                        }
                    }
                    else if (reader.TokenType == System.Text.Json.JsonTokenType.StartArray && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 0)
                    {
                        bool found = false;
                        for (int i = 0; reader.Read() && reader.TokenType != System.Text.Json.JsonTokenType.EndArray; i++)
                        {
                            if (i == index)
                            {
                                start = reader.TokenStartIndex;
                                end = start + 1;
                                found = true;
                                break;
                            }

                            reader.Skip();
                        }

                        if (!found)
                        {
                            break;
                        }
                    }
                    else
                    {
                        break;
                    }
                }

                // Byte offsets to character offsets (they differ once the text has non-ASCII characters).
                int startChar = System.Text.Encoding.UTF8.GetCharCount(_utf8, 0, (int)start);
                int endChar = startChar + System.Text.Encoding.UTF8.GetCharCount(_utf8, (int)start, (int)(end - start));
                return FromOffsets(startChar, endChar);
            }
            catch (System.Text.Json.JsonException)
            {
                return null;
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
                else if (node is YamlSequenceNode sequence && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 0 && index < sequence.Children.Count)
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
                    YamlSequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 0 && index < sequence.Children.Count => sequence.Children[index],
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
                    YamlSequenceNode sequence when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 0 && index < sequence.Children.Count => sequence.Children[index],
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
                yield return JsonPointer.Unescape(raw);
            }
        }

        // Lines and columns are derived from the offsets rather than taken from the YAML reader, whose end-of-stream mark
        // sits on a line after the last: the span and the line then always agree with the file.
        /// <summary>A span of the text, for a finding located by a text search rather than by pointer.</summary>
        public SpecLocation FromSpan(int start, int length) => FromOffsets(start, start + length);

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
            if (_lineStarts is null && offset >= _scannedLineStart)
            {
                // Most specs report a few diagnostics or none, and positions are asked for in order (start, then end):
                // walking forward from the last answer reads the text at most once and keeps no table of every line.
                int line = _scannedLine;
                int start = _scannedLineStart;
                for (int next = NextLineStart(_text, start); next >= 0 && next <= offset; next = NextLineStart(_text, next))
                {
                    line++;
                    start = next;
                }

                _scannedLine = line;
                _scannedLineStart = start;
                return (line, offset - start);
            }

            // A position before the last one: look lines up in a table from now on.
            _lineStarts ??= LineStarts(_text);
            int index = Array.BinarySearch(_lineStarts, offset);
            int lineIndex = index >= 0 ? index : ~index - 1;
            return (lineIndex, offset - _lineStarts[lineIndex]);
        }

        private static readonly char[] s_lineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };

        private static int[] LineStarts(string text)
        {
            // \r\n, \n, a lone \r, NEL, LS and PS each end a line, as Roslyn's SourceText counts them. IndexOfAny jumps
            // from one to the next (a megabyte spec has tens of thousands of lines, not millions). Counted first, so the
            // table is allocated once at its size rather than grown through ever larger copies.
            int count = 1;
            for (int i = NextLineStart(text, 0); i >= 0; i = NextLineStart(text, i))
            {
                count++;
            }

            var starts = new int[count];
            int line = 1;
            for (int i = NextLineStart(text, 0); i >= 0; i = NextLineStart(text, i))
            {
                starts[line++] = i;
            }

            return starts;
        }

        /// <summary>Where the line after the next line break at or after <paramref name="from"/> starts; -1 if there is none.</summary>
        private static int NextLineStart(string text, int from)
        {
            int i = text.IndexOfAny(s_lineBreaks, from);
            return i < 0 ? -1 : i + (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1);
        }
    }
}
