namespace PulseticGen.Runtime
{
    /// <summary>Character rules from RFC 9110 that the header-related types share.</summary>
    internal static class HttpSyntax
    {
        /// <summary>A non-empty RFC 9110 token (tchar*), the grammar of header names.</summary>
        public static bool IsToken(string value)
        {
            if (value.Length == 0)
            {
                return false;
            }

            foreach (char c in value)
            {
                bool isTChar = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                    or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
                if (!isTChar)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Non-empty and made only of printable ASCII other than space (0x21–0x7E).</summary>
        public static bool IsVisibleAscii(string value)
        {
            if (value.Length == 0)
            {
                return false;
            }

            foreach (char c in value)
            {
                if (c is < '!' or > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
