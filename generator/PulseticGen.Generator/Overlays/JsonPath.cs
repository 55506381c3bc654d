using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PulseticGen.Generator.Overlays
{
    /// <summary>
    /// The part of JSONPath (RFC 9535) that Overlay targets use: <c>$</c>, <c>.name</c>, <c>['name']</c>, <c>[0]</c>,
    /// <c>[*]</c>/<c>.*</c>, recursive descent <c>..name</c>, and filters <c>[?(@.a == 'x')]</c>, <c>!=</c> and
    /// <c>[?@.a]</c> (existence). Selecting returns each match with its parent, so a match can be removed.
    /// </summary>
    internal sealed class JsonPath
    {
        private readonly List<Step> _steps;

        private JsonPath(List<Step> steps) => _steps = steps;

        /// <summary>Parses <paramref name="text"/>; null with <paramref name="error"/> set when it is not valid.</summary>
        public static JsonPath? TryParse(string text, out string? error)
        {
            error = null;
            var steps = new List<Step>();
            int i = 0;
            text = text.Trim();
            if (text.Length == 0 || text[0] != '$')
            {
                error = "a JSONPath starts with '$'";
                return null;
            }

            i = 1;
            while (i < text.Length)
            {
                bool recursive = false;
                if (text[i] == '.')
                {
                    if (i + 1 < text.Length && text[i + 1] == '.')
                    {
                        recursive = true;
                        i += 2;
                    }
                    else
                    {
                        i++;
                    }

                    if (i < text.Length && text[i] == '[')
                    {
                        // "..[?(…)]" or "..['x']": the bracket follows.
                    }
                    else
                    {
                        int start = i;
                        while (i < text.Length && text[i] != '.' && text[i] != '[')
                        {
                            i++;
                        }

                        string name = text.Substring(start, i - start);
                        if (name.Length == 0)
                        {
                            error = $"an empty name at position {start}";
                            return null;
                        }

                        steps.Add(name == "*" ? Step.Wildcard(recursive) : Step.Name(name, recursive));
                        continue;
                    }
                }

                if (i < text.Length && text[i] == '[')
                {
                    int close = FindClosingBracket(text, i);
                    if (close < 0)
                    {
                        error = $"'[' at position {i} is not closed";
                        return null;
                    }

                    string inside = text.Substring(i + 1, close - i - 1).Trim();
                    Step? step = ParseBracket(inside, recursive, out error);
                    if (step is null)
                    {
                        return null;
                    }

                    steps.Add(step);
                    i = close + 1;
                    continue;
                }

                error = $"unexpected '{text[i]}' at position {i}";
                return null;
            }

            return new JsonPath(steps);
        }

        /// <summary>Every node the path selects, with its parent (null for the root) and its key or index there.</summary>
        public List<Match> Select(JsonNode root)
        {
            var current = new List<Match> { new(root, null, null, -1) };
            foreach (Step step in _steps)
            {
                var next = new List<Match>();
                foreach (Match match in current)
                {
                    if (step.Recursive)
                    {
                        foreach (Match descendant in SelfAndDescendants(match))
                        {
                            step.Apply(descendant, next);
                        }
                    }
                    else
                    {
                        step.Apply(match, next);
                    }
                }

                current = next;
            }

            return current;
        }

        private static IEnumerable<Match> SelfAndDescendants(Match match)
        {
            yield return match;
            foreach (Match child in Children(match.Node))
            {
                foreach (Match descendant in SelfAndDescendants(child))
                {
                    yield return descendant;
                }
            }
        }

        private static IEnumerable<Match> Children(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                foreach (KeyValuePair<string, JsonNode?> property in new List<KeyValuePair<string, JsonNode?>>(obj))
                {
                    yield return new Match(property.Value, obj, property.Key, -1);
                }
            }
            else if (node is JsonArray array)
            {
                for (int index = 0; index < array.Count; index++)
                {
                    yield return new Match(array[index], array, null, index);
                }
            }
        }

        private static int FindClosingBracket(string text, int open)
        {
            int depth = 0;
            char quote = '\0';
            for (int i = open; i < text.Length; i++)
            {
                char c = text[i];
                if (quote != '\0')
                {
                    if (c == '\\')
                    {
                        i++;
                    }
                    else if (c == quote)
                    {
                        quote = '\0';
                    }
                }
                else if (c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c == '[')
                {
                    depth++;
                }
                else if (c == ']' && --depth == 0)
                {
                    return i;
                }
            }

            return -1;
        }

        private static Step? ParseBracket(string inside, bool recursive, out string? error)
        {
            error = null;
            if (inside == "*")
            {
                return Step.Wildcard(recursive);
            }

            if (inside.Length >= 2 && (inside[0] == '\'' || inside[0] == '"') && inside[inside.Length - 1] == inside[0])
            {
                return Step.Name(Unquote(inside), recursive);
            }

            if (int.TryParse(inside, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int index))
            {
                return Step.Index(index, recursive);
            }

            if (inside.StartsWith("?", StringComparison.Ordinal))
            {
                string filter = inside.Substring(1).Trim();
                if (filter.StartsWith("(", StringComparison.Ordinal) && filter.EndsWith(")", StringComparison.Ordinal))
                {
                    filter = filter.Substring(1, filter.Length - 2).Trim();
                }

                Filter? parsed = Filter.TryParse(filter, out error);
                return parsed is null ? null : Step.Where(parsed, recursive);
            }

            error = $"'[{inside}]' is not a name, index, wildcard or filter this reader supports";
            return null;
        }

        private static string Unquote(string quoted)
        {
            var builder = new StringBuilder();
            for (int i = 1; i < quoted.Length - 1; i++)
            {
                if (quoted[i] == '\\' && i + 1 < quoted.Length - 1)
                {
                    i++;
                }

                builder.Append(quoted[i]);
            }

            return builder.ToString();
        }

        /// <summary>A selected node, where it sits (parent object key or parent array index).</summary>
        internal sealed record Match(JsonNode? Node, JsonNode? Parent, string? Key, int Index);

        private sealed class Step
        {
            private readonly Action<Match, List<Match>> _apply;

            private Step(bool recursive, Action<Match, List<Match>> apply)
            {
                Recursive = recursive;
                _apply = apply;
            }

            public bool Recursive { get; }

            public void Apply(Match match, List<Match> into) => _apply(match, into);

            public static Step Name(string name, bool recursive) => new(recursive, (match, into) =>
            {
                if (match.Node is JsonObject obj && obj.TryGetPropertyValue(name, out JsonNode? value))
                {
                    into.Add(new Match(value, obj, name, -1));
                }
            });

            public static Step Index(int index, bool recursive) => new(recursive, (match, into) =>
            {
                if (match.Node is JsonArray array)
                {
                    int position = index < 0 ? array.Count + index : index;
                    if (position >= 0 && position < array.Count)
                    {
                        into.Add(new Match(array[position], array, null, position));
                    }
                }
            });

            public static Step Wildcard(bool recursive) => new(recursive, (match, into) => into.AddRange(Children(match.Node)));

            public static Step Where(Filter filter, bool recursive) => new(recursive, (match, into) =>
            {
                foreach (Match child in Children(match.Node))
                {
                    if (filter.Matches(child.Node))
                    {
                        into.Add(child);
                    }
                }
            });
        }

        /// <summary><c>@.a.b == 'x'</c>, <c>@.a != 3</c>, <c>@.a</c> (exists).</summary>
        private sealed class Filter
        {
            private readonly string[] _path;
            private readonly string? _operator;
            private readonly JsonNode? _value;

            private Filter(string[] path, string? op, JsonNode? value)
            {
                _path = path;
                _operator = op;
                _value = value;
            }

            public static Filter? TryParse(string text, out string? error)
            {
                error = null;
                string left = text;
                string? op = null;
                JsonNode? value = null;
                foreach (string candidate in new[] { "==", "!=" })
                {
                    int at = text.IndexOf(candidate, StringComparison.Ordinal);
                    if (at > 0)
                    {
                        op = candidate;
                        left = text.Substring(0, at).Trim();
                        string right = text.Substring(at + 2).Trim();
                        if (right.Length >= 2 && right[0] == '\'' && right[right.Length - 1] == '\'')
                        {
                            right = "\"" + right.Substring(1, right.Length - 2).Replace("\"", "\\\"") + "\"";
                        }

                        try
                        {
                            value = JsonNode.Parse(right);
                        }
                        catch (JsonException)
                        {
                            error = $"'{right}' is not a literal";
                            return null;
                        }

                        break;
                    }
                }

                if (!left.StartsWith("@", StringComparison.Ordinal))
                {
                    error = $"a filter compares '@' with a value, not '{text}'";
                    return null;
                }

                string[] path = left.Substring(1).Split(new[] { '.' }, StringSplitOptions.RemoveEmptyEntries);
                return new Filter(path, op, value);
            }

            public bool Matches(JsonNode? node)
            {
                JsonNode? current = node;
                foreach (string segment in _path)
                {
                    if (current is not JsonObject obj || !obj.TryGetPropertyValue(segment, out current))
                    {
                        return false;
                    }
                }

                if (_operator is null)
                {
                    return true;
                }

                bool equal = JsonNode.DeepEquals(current, _value);
                return _operator == "==" ? equal : !equal;
            }
        }
    }
}
