using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PulseticGen.Generator.Naming
{
    /// <summary>
    /// Turns any name found in a spec (schema, property, parameter, tag, enum value, operationId) into a valid C#
    /// identifier. Every identifier the generator writes goes through here; <see cref="NameScope"/> then makes it unique.
    /// </summary>
    internal static class Identifiers
    {
        private static readonly HashSet<string> s_keywords = new()
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
            "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
            "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
            "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
            "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
            "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        };

        // Contextual keywords that break code when used as a simple name in the positions we generate.
        private static readonly HashSet<string> s_contextual = new() { "var", "dynamic", "nameof", "value", "await", "async", "yield", "record", "required", "field", "scoped", "file" };

        /// <summary>Characters that carry meaning in enum values and would otherwise vanish ("+1" vs "-1", "a||b").</summary>
        private static readonly Dictionary<char, string> s_symbolWords = new()
        {
            ['+'] = "Plus", ['-'] = "Minus", ['*'] = "Star", ['/'] = "Slash", ['\\'] = "Backslash", ['='] = "Equals",
            ['<'] = "Less", ['>'] = "Greater", ['!'] = "Not", ['&'] = "And", ['|'] = "Or", ['%'] = "Percent",
            ['#'] = "Hash", ['@'] = "At", ['$'] = "Dollar", ['.'] = "Dot", [','] = "Comma", [':'] = "Colon",
            [';'] = "Semicolon", ['?'] = "Question", ['~'] = "Tilde", ['^'] = "Caret", ['_'] = "Underscore",
            [' '] = "Space", ['('] = "Open", [')'] = "Close", ['['] = "Open", [']'] = "Close", ['{'] = "Open", ['}'] = "Close",
            ['\''] = "Quote", ['"'] = "Quote",
        };

        /// <summary>Splits a raw name into words at separators, case humps and letter/digit boundaries.</summary>
        public static List<string> SplitWords(string raw)
        {
            var words = new List<string>();
            for (int next = 0; NextWord(raw, ref next, out int start, out int length);)
            {
                words.Add(raw.Substring(start, length));
            }

            return words;
        }

        /// <summary>
        /// The next word of <paramref name="raw"/> at or after <paramref name="next"/>, as a range: words are runs of
        /// letters and digits, so <see cref="ToPascalCase"/> can copy them without a string per word.
        /// </summary>
        private static bool NextWord(string raw, ref int next, out int start, out int length)
        {
            int i = next;
            while (i < raw.Length && !char.IsLetterOrDigit(raw[i]))
            {
                i++;
            }

            start = i;
            if (i == raw.Length)
            {
                next = i;
                length = 0;
                return false;
            }

            for (i++; i < raw.Length; i++)
            {
                char c = raw[i];
                if (!char.IsLetterOrDigit(c))
                {
                    break;
                }

                char previous = raw[i - 1];
                bool lowerToUpper = char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous));

                // "HTTPServer" → "HTTP", "Server": an upper-case run ends before the last capital that starts a word.
                bool acronymEnd = char.IsUpper(c) && char.IsUpper(previous) && i + 1 < raw.Length && char.IsLower(raw[i + 1]);
                bool digitToLetter = char.IsLetter(c) && char.IsDigit(previous) && char.IsUpper(c);
                if (lowerToUpper || acronymEnd || digitToLetter)
                {
                    break;
                }
            }

            next = i;
            length = i - start;
            return true;
        }

        /// <summary>PascalCase for types and members: <c>ssl_check</c> → <c>SslCheck</c>, <c>1day</c> → <c>_1day</c>.</summary>
        public static string ToPascalCase(string raw, string fallback = "Value")
        {
            // Called for every schema, property, parameter and operation name: the words are copied straight from the
            // raw name into a scratch buffer kept per thread (the result is never longer than the name), so the result
            // is the only allocation. A name too long for it (a fuzzer's megabyte) gets a buffer of its own, which the
            // thread does not keep.
            char[] buffer = raw.Length > ScratchLength ? new char[raw.Length] : t_scratch ??= new char[ScratchLength];
            int written = 0;
            for (int next = 0; NextWord(raw, ref next, out int start, out int length);)
            {
                buffer[written++] = char.ToUpperInvariant(raw[start]);

                // Acronyms read as words in .NET names: "HTTPServer" → "HttpServer", "ID" → "Id".
                if (length > 1 && IsAllUpper(raw, start, length))
                {
                    string lower = raw.Substring(start + 1, length - 1).ToLowerInvariant();
                    lower.CopyTo(0, buffer, written, lower.Length);
                    written += lower.Length;
                }
                else
                {
                    raw.CopyTo(start + 1, buffer, written, length - 1);
                    written += length - 1;
                }
            }

            if (written == 0)
            {
                string symbols = SymbolsToWords(raw);
                return symbols.Length > 0 ? symbols : fallback;
            }

            return Finish(PrefixSign(raw, new string(buffer, 0, written)));
        }

        private const int ScratchLength = 256;

        [ThreadStatic]
        private static char[]? t_scratch;

        /// <summary>camelCase for parameters and locals, escaped with <c>@</c> when it is a keyword.</summary>
        public static string ToCamelCase(string raw, string fallback = "value")
        {
            string pascal = ToPascalCase(raw, fallback);
            if (pascal[0] == '_')
            {
                return pascal;
            }

            // Lower-case the leading acronym too: "URLPath" → "urlPath", "ID" → "id".
            int upper = 0;
            while (upper < pascal.Length && char.IsUpper(pascal[upper]))
            {
                upper++;
            }

            int lowerCount = upper == pascal.Length ? upper : upper > 1 ? upper - 1 : 1;
            string camel = pascal.Substring(0, lowerCount).ToLowerInvariant() + pascal.Substring(lowerCount);
            return EscapeKeyword(camel);
        }

        public static string EscapeKeyword(string identifier) =>
            s_keywords.Contains(identifier) || s_contextual.Contains(identifier) ? "@" + identifier : identifier;

        public static bool IsKeyword(string identifier) => s_keywords.Contains(identifier);

        private static bool IsAllUpper(string raw, int start, int length)
        {
            bool anyLetter = false;
            for (int i = start; i < start + length; i++)
            {
                char c = raw[i];
                if (char.IsLower(c))
                {
                    return false;
                }

                anyLetter |= char.IsLetter(c);
            }

            return anyLetter;
        }

        private static string PrefixSign(string raw, string name)
        {
            // "+1" and "-1" must not both become "1".
            string trimmed = raw.TrimStart();
            if (trimmed.Length > 1 && char.IsDigit(trimmed[1]))
            {
                if (trimmed[0] == '-')
                {
                    return "Minus" + name;
                }

                if (trimmed[0] == '+')
                {
                    return "Plus" + name;
                }
            }

            return name;
        }

        private static string SymbolsToWords(string raw)
        {
            var builder = new StringBuilder();
            foreach (char c in raw)
            {
                if (s_symbolWords.TryGetValue(c, out string? word))
                {
                    builder.Append(word);
                }
                else if (!char.IsWhiteSpace(c) && !char.IsControl(c))
                {
                    builder.Append('U').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return builder.ToString();
        }

        private static string Finish(string name)
        {
            // Identifiers may not start with a digit; letters from any script are fine in C#.
            return char.IsDigit(name[0]) ? "_" + name : name;
        }
    }
}
