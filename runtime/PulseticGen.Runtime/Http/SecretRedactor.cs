using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Replaces known secrets with <c>[redacted]</c> in text about to be shown or logged, in their plain and their
    /// URL-escaped forms. The runtime builds one per failed request, from the credentials that request carried, for what
    /// an <see cref="ApiException"/> keeps; tools that print their own lines (the <c>pulsetic</c> CLI's <c>--verbose</c>)
    /// keep one for the whole process and add every secret as soon as they read it.
    /// </summary>
    /// <remarks>Thread-safe: secrets may be added while other threads redact.</remarks>
    public sealed class SecretRedactor
    {
        /// <summary>What each secret is replaced with.</summary>
        public const string Redacted = "[redacted]";

        // Shorter values would redact ordinary words; real tokens are far longer.
        private const int MinimumSecretLength = 4;

        private static readonly string[] CredentialHeaders = { "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie" };

        private readonly HashSet<string> _credentialHeaders = new(CredentialHeaders, StringComparer.OrdinalIgnoreCase);
        private readonly object _gate = new();

        // Replaced whole under the lock, longest first (so "Bearer x" goes before its "x"); readers take the current array.
        private string[] _secrets = Array.Empty<string>();

        /// <summary>The length of the longest secret, so a capped read can leave room to catch one cut in half.</summary>
        internal int LongestSecret => _secrets.Length == 0 ? 0 : _secrets[0].Length;

        /// <summary>Adds a secret to redact from now on; values shorter than four characters are ignored.</summary>
        /// <param name="secret">The secret, such as a token or a password; surrounding white space is ignored too.</param>
        public void Add(string? secret)
        {
            if (secret is null)
            {
                return;
            }

            string trimmed = secret.Trim();
            if (trimmed.Length < MinimumSecretLength)
            {
                return;
            }

            lock (_gate)
            {
                var secrets = new List<string>(_secrets);
                foreach (string form in new[] { trimmed, Uri.EscapeDataString(trimmed) })
                {
                    if (!secrets.Contains(form))
                    {
                        secrets.Add(form);
                    }
                }

                secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
                _secrets = secrets.ToArray();
            }
        }

        /// <summary>The text with every secret replaced by <see cref="Redacted"/>.</summary>
        /// <param name="text">Text that may hold a secret: a message, a log line, a response body.</param>
        /// <returns>The redacted text (the same instance when there was nothing to replace).</returns>
        public string Redact(string text)
        {
            foreach (string secret in _secrets)
            {
                text = text.Replace(secret, Redacted, StringComparison.Ordinal);
            }

            return text;
        }

        /// <summary>A redactor for the credentials one request carried, in its headers or (for a query key) its URL.</summary>
        internal static SecretRedactor ForRequest(HttpRequestMessage? request, ApiKeyScheme? scheme)
        {
            var redactor = new SecretRedactor();
            if (scheme is not null)
            {
                redactor._credentialHeaders.Add(scheme.HeaderName);
            }

            if (request is null)
            {
                return redactor;
            }

            foreach (KeyValuePair<string, HeaderStringValues> header in request.Headers.NonValidated)
            {
                if (redactor.IsCredentialHeader(header.Key))
                {
                    foreach (string value in header.Value)
                    {
                        redactor.AddCredentialValue(value);
                    }
                }
            }

            // ApiKeyHandler takes the credential off the request once it is sent, and leaves its value here.
            if (request.Options.TryGetValue(ApiKeyHandler.AppliedCredentialKey, out string? applied) && applied is not null)
            {
                redactor.AddCredentialValue(applied);
            }

            // A key in the query string (ApiKeyScheme.InQuery) is as secret as one in a header.
            if (scheme?.Location == ApiKeyLocation.Query && request.RequestUri is { IsAbsoluteUri: true } uri)
            {
                foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
                {
                    int equals = pair.IndexOf('=', StringComparison.Ordinal);
                    if (equals > 0 && Uri.UnescapeDataString(pair.Substring(0, equals)) == scheme.HeaderName)
                    {
                        redactor.Add(pair.Substring(equals + 1));
                        redactor.Add(Uri.UnescapeDataString(pair.Substring(equals + 1)));
                    }
                }
            }

            return redactor;
        }

        /// <summary>Whether a header holds credentials, so its value is redacted whole.</summary>
        internal bool IsCredentialHeader(string name) => _credentialHeaders.Contains(name);

        /// <summary>The URI with every secret replaced, for the copy an exception keeps.</summary>
        internal Uri? RedactUri(Uri? uri)
        {
            if (uri is null || _secrets.Length == 0)
            {
                return uri;
            }

            string text = uri.OriginalString;
            string redacted = Redact(text);
            return ReferenceEquals(text, redacted) || text == redacted ? uri : new Uri(redacted, UriKind.RelativeOrAbsolute);
        }

        private void AddCredentialValue(string headerValue)
        {
            string value = headerValue.Trim();
            Add(value);

            // "Bearer <token>": the bare token may be echoed on its own.
            int space = value.IndexOf(' ');
            if (space > 0)
            {
                Add(value.Substring(space + 1));
            }

            // "a=1; session=<token>": each cookie's value may be echoed on its own.
            foreach (string cookie in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int equals = cookie.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    Add(cookie.Substring(equals + 1));
                }
            }
        }
    }
}
