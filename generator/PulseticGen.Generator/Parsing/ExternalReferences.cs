using System;
using System.Collections.Generic;
using System.Text;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// Finds and resolves <c>$ref</c>s to other files (<c>./schemas/user.yaml#/User</c>) by text and path arithmetic
    /// alone: the generator may not touch the disk, so paths are combined as strings and files are looked up among the
    /// spec's parts. The tool uses the same scan to know which files to read.
    /// </summary>
    internal static class ExternalReferences
    {
        /// <summary>
        /// Whether the text has a <c>$ref</c> to another file (a cheap check before bundling). A URL is not one: it is
        /// never fetched, and is left to the reader, which reports it unresolved (PGEN008) as in a single-file spec.
        /// </summary>
        public static bool Any(string text)
        {
            foreach (string value in Values(text))
            {
                if (!value.StartsWith("#", StringComparison.Ordinal) && !IsRemote(value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The files the text's <c>$ref</c>s name, as normalized paths relative to <paramref name="path"/>'s folder.</summary>
        public static IEnumerable<string> Files(string path, string text)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string value in Values(text))
            {
                string file = FilePart(value);
                if (file.Length > 0 && !IsRemote(file) && seen.Add(file))
                {
                    yield return Combine(path, file);
                }
            }
        }

        /// <summary>The part of a reference before '#', URL-decoded ("./a b.yaml" for "./a%20b.yaml#/X").</summary>
        public static string FilePart(string reference)
        {
            int hash = reference.IndexOf('#');
            return Uri.UnescapeDataString(hash < 0 ? reference : reference.Substring(0, hash));
        }

        /// <summary>The JSON pointer after '#' ("/User"), still escaped, or "" for a whole-file reference.</summary>
        public static string Fragment(string reference)
        {
            int hash = reference.IndexOf('#');
            return hash < 0 ? string.Empty : reference.Substring(hash + 1);
        }

        public static bool IsRemote(string file) =>
            file.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || file.StartsWith("https:", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// <paramref name="relative"/> read from the folder of <paramref name="from"/>, with '.' and '..' folded and '/'
        /// separators, so that two spellings of one file compare equal. An absolute <paramref name="relative"/> stays.
        /// </summary>
        public static string Combine(string from, string relative)
        {
            string file = Normalize(relative);
            bool absolute = file.StartsWith("/", StringComparison.Ordinal) || (file.Length > 1 && file[1] == ':');
            if (!absolute)
            {
                string folder = Normalize(from);
                int slash = folder.LastIndexOf('/');
                file = (slash < 0 ? string.Empty : folder.Substring(0, slash + 1)) + file;
            }

            return Fold(file);
        }

        public static string Normalize(string path) => Fold(path.Replace('\\', '/'));

        private static string Fold(string path)
        {
            bool rooted = path.StartsWith("/", StringComparison.Ordinal);
            var parts = new List<string>();
            foreach (string segment in path.Split('/'))
            {
                if (segment.Length == 0 || segment == ".")
                {
                    continue;
                }

                if (segment == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
                {
                    parts.RemoveAt(parts.Count - 1);
                }
                else if (segment != ".." || !rooted)
                {
                    parts.Add(segment);
                }
            }

            return (rooted ? "/" : string.Empty) + string.Join("/", parts);
        }

        /// <summary>
        /// Every <c>$ref</c> value in YAML or JSON text: <c>$ref: './a.yaml#/X'</c>, <c>"$ref": "#/b"</c>. A value in a
        /// comment or a description is found too, which at worst makes a file count as a part it is not.
        /// </summary>
        private static IEnumerable<string> Values(string text)
        {
            int index = 0;
            while ((index = text.IndexOf("$ref", index, StringComparison.Ordinal)) >= 0)
            {
                int i = index + 4;
                index = i;
                if (i < text.Length && (text[i] == '"' || text[i] == '\''))
                {
                    i++;
                }

                i = SkipBlanks(text, i);
                if (i >= text.Length || text[i] != ':')
                {
                    continue;
                }

                i = SkipBlanks(text, i + 1);
                char quote = i < text.Length && (text[i] == '"' || text[i] == '\'') ? text[i] : '\0';
                if (quote != '\0')
                {
                    i++;
                }

                var value = new StringBuilder();
                for (; i < text.Length; i++)
                {
                    char c = text[i];
                    if (quote != '\0' ? c == quote : c is ' ' or '\t' or '\r' or '\n' or ',' or '}' or ']')
                    {
                        break;
                    }

                    value.Append(c);
                }

                // "$ref": { … } is a property named $ref (Kubernetes' JSONSchemaProps has one), not a reference.
                if (value.Length > 0 && value[0] != '{' && value[0] != '[')
                {
                    yield return value.ToString();
                }
            }
        }

        private static int SkipBlanks(string text, int i)
        {
            while (i < text.Length && (text[i] == ' ' || text[i] == '\t'))
            {
                i++;
            }

            return i;
        }
    }
}
