using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>Reads RFC 8288 <c>Link</c> header values, as GitHub sends them for pagination.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class LinkHeader
    {
        /// <summary>
        /// Finds the target of the first link whose <c>rel</c> includes <c>next</c> (case-insensitive) in the given
        /// header values, such as <c>&lt;https://api.github.com/repos?page=2&gt;; rel="next", &lt;…&gt;; rel="last"</c>.
        /// </summary>
        /// <param name="values">The <c>Link</c> header values; one value may hold several comma-separated links.</param>
        /// <returns>The target as written (absolute, or relative when the server sent a relative reference), or <see langword="null"/> when there is none or it is not a URI.</returns>
        public static Uri? FindNext(IEnumerable<string> values)
        {
            ArgumentNullException.ThrowIfNull(values);
            foreach (string value in values)
            {
                int position = 0;
                while (TryReadLink(value, ref position, out string target, out bool isNext))
                {
                    if (isNext)
                    {
                        return Uri.TryCreate(target.Trim(), UriKind.RelativeOrAbsolute, out Uri? uri) ? uri : null;
                    }
                }
            }

            return null;
        }

        // link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param ), links separated by ","; a URI may itself
        // contain ',' or ';', so the target is read up to '>' and parameters respect quoted strings.
        private static bool TryReadLink(string value, ref int position, out string target, out bool isNext)
        {
            target = string.Empty;
            isNext = false;
            int open = value.IndexOf('<', position);
            if (open < 0)
            {
                return false;
            }

            int close = value.IndexOf('>', open + 1);
            if (close < 0)
            {
                return false;
            }

            target = value.Substring(open + 1, close - open - 1);
            int i = close + 1;
            while (i < value.Length && value[i] != ',')
            {
                if (value[i] != ';')
                {
                    i++;
                    continue;
                }

                int nameStart = ++i;
                while (i < value.Length && value[i] is not ('=' or ';' or ','))
                {
                    i++;
                }

                string name = value.Substring(nameStart, i - nameStart).Trim();
                string parameter = string.Empty;
                if (i < value.Length && value[i] == '=')
                {
                    i++;
                    while (i < value.Length && value[i] == ' ')
                    {
                        i++;
                    }

                    if (i < value.Length && value[i] == '"')
                    {
                        int end = value.IndexOf('"', i + 1);
                        end = end < 0 ? value.Length : end;
                        parameter = value.Substring(i + 1, end - i - 1);
                        i = Math.Min(value.Length, end + 1);
                    }
                    else
                    {
                        int start = i;
                        while (i < value.Length && value[i] is not (';' or ','))
                        {
                            i++;
                        }

                        parameter = value.Substring(start, i - start).Trim();
                    }
                }

                if (name.Equals("rel", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (string relation in parameter.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                    {
                        isNext |= relation.Equals("next", StringComparison.OrdinalIgnoreCase);
                    }
                }
            }

            position = Math.Min(value.Length, i + 1);
            return true;
        }
    }
}
