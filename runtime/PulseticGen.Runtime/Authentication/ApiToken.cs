using System;

namespace PulseticGen.Runtime
{
    /// <summary>Checks that an API token can be sent in an HTTP header.</summary>
    public static class ApiToken
    {
        /// <summary>
        /// Throws when <paramref name="token"/> cannot be sent as a header value: <see langword="null"/>, empty or whitespace,
        /// surrounded by whitespace, or containing a line break, another control character or a non-ASCII character.
        /// </summary>
        /// <param name="token">The token to check.</param>
        /// <param name="paramName">The parameter name reported in the exception.</param>
        /// <exception cref="ArgumentNullException"><paramref name="token"/> is <see langword="null"/>.</exception>
        /// <exception cref="ArgumentException">The token is not usable. The message says why and never contains the token.</exception>
        public static void Validate(string token, string paramName)
        {
            if (token is null)
            {
                throw new ArgumentNullException(paramName, "The API token is null.");
            }

            string? problem = FindProblem(token);
            if (problem is not null)
            {
                throw new ArgumentException(problem, paramName);
            }
        }

        /// <summary>
        /// Returns why a token is unusable, or <see langword="null"/> when it is fine. The description names a position
        /// and a kind of character, never the token, so it is safe in messages and logs.
        /// </summary>
        internal static string? FindProblem(string? token)
        {
            if (token is null)
            {
                return "The API token is null.";
            }

            if (string.IsNullOrWhiteSpace(token))
            {
                return "The API token is empty or whitespace.";
            }

            for (int i = 0; i < token.Length; i++)
            {
                char c = token[i];
                if (c is '\r' or '\n')
                {
                    // Checked before anything else: a line break in a header value is how header injection starts.
                    return $"The API token contains a line break (CR or LF) at position {i}; check for a trailing newline copied with it.";
                }

                if (char.IsControl(c))
                {
                    return $"The API token contains a control character at position {i}.";
                }

                if (c > '~')
                {
                    return $"The API token contains a non-ASCII character at position {i}; header values must be ASCII.";
                }
            }

            // HTTP strips surrounding whitespace from header values, so the server would see a different token.
            if (token[0] == ' ' || token[token.Length - 1] == ' ')
            {
                return "The API token starts or ends with a space.";
            }

            return null;
        }
    }
}
