using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Parsing;

namespace PulseticGen.Generator
{
    /// <summary>
    /// Picks the parts of a split spec that its <c>$ref</c>s reach, directly or through other parts. A spec carries only
    /// those, so editing a part regenerates the specs that use it and nothing else.
    /// </summary>
    internal static class SpecParts
    {
        public static SpecInput Attach(SpecInput input, ImmutableArray<PartText> parts)
        {
            if (parts.IsDefaultOrEmpty)
            {
                return input;
            }

            string specPath = input.Path.Replace('\\', '/');
            var candidates = new Dictionary<string, SpecPart>(StringComparer.OrdinalIgnoreCase);
            foreach (PartText part in parts)
            {
                if (part.Spec.Length == 0 || SpecItems.Targets(specPath, part.Spec))
                {
                    candidates[ExternalReferences.Normalize(part.Part.Path)] = part.Part;
                }
            }

            EquatableArray<SpecPart> mine = Reachable(input.Path, input.Text, path => candidates.TryGetValue(path, out SpecPart? part) ? part : null).ToEquatableArray();
            return mine.IsEmpty ? input : input with { Parts = mine };
        }

        /// <summary>
        /// The files reached from the root by <c>$ref</c>, in path order, each once; <paramref name="load"/> gives a file
        /// by normalized path, or null when there is no such file (the bundler then reports it at the <c>$ref</c>).
        /// </summary>
        public static List<SpecPart> Reachable(string rootPath, string rootText, Func<string, SpecPart?> load)
        {
            string root = ExternalReferences.Normalize(rootPath);
            var found = new Dictionary<string, SpecPart>(StringComparer.OrdinalIgnoreCase);
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { root };
            var pending = new Queue<(string Path, string Text)>();
            pending.Enqueue((rootPath, rootText));
            while (pending.Count > 0)
            {
                (string path, string text) = pending.Dequeue();
                foreach (string file in ExternalReferences.Files(path, text))
                {
                    if (seen.Add(file) && load(file) is { } part)
                    {
                        found[file] = part;
                        pending.Enqueue((part.Path, part.Text));
                    }
                }
            }

            return found.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value).ToList();
        }
    }
}
