using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Removes credentials from what an exception keeps. Headers with credential names are redacted whole; the values the
    /// request actually carried in those headers (read back from the request after <see cref="ApiKeyHandler"/> set them)
    /// are also redacted wherever they appear, because some servers echo the token in bodies or other headers.
    /// </summary>
    internal sealed class SecretRedactor
    {
        public const string Redacted = "[redacted]";

        // Shorter values would redact ordinary words in the body; real tokens are far longer.
        private const int MinimumSecretLength = 4;

        private static readonly string[] CredentialHeaders = { "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie" };

        private readonly HashSet<string> _credentialHeaders;
        private readonly List<string> _secrets = new();

        private SecretRedactor(ApiKeyScheme? scheme)
        {
            _credentialHeaders = new HashSet<string>(CredentialHeaders, StringComparer.OrdinalIgnoreCase);
            if (scheme is not null)
            {
                _credentialHeaders.Add(scheme.HeaderName);
            }
        }

        /// <summary>The length of the longest value redacted from text, so a capped read can leave room to catch one cut in half.</summary>
        public int LongestSecret => _secrets.Count == 0 ? 0 : _secrets[0].Length;

        public static SecretRedactor ForRequest(HttpRequestMessage? request, ApiKeyScheme? scheme)
        {
            var redactor = new SecretRedactor(scheme);
            if (request is not null)
            {
                foreach (KeyValuePair<string, HeaderStringValues> header in request.Headers.NonValidated)
                {
                    if (redactor.IsCredentialHeader(header.Key))
                    {
                        foreach (string value in header.Value)
                        {
                            redactor.AddSecret(value);
                        }
                    }
                }

                // ApiKeyHandler takes the credential off the request once it is sent, and leaves its value here.
                if (request.Options.TryGetValue(ApiKeyHandler.AppliedCredentialKey, out string? applied) && applied is not null)
                {
                    redactor.AddSecret(applied);
                }

                // A key in the query string (ApiKeyScheme.InQuery) is as secret as one in a header.
                if (scheme?.Location == ApiKeyLocation.Query && request.RequestUri is { IsAbsoluteUri: true } uri)
                {
                    foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
                    {
                        int equals = pair.IndexOf('=', StringComparison.Ordinal);
                        if (equals > 0 && Uri.UnescapeDataString(pair.Substring(0, equals)) == scheme.HeaderName)
                        {
                            redactor.AddIfLongEnough(pair.Substring(equals + 1));
                            redactor.AddIfLongEnough(Uri.UnescapeDataString(pair.Substring(equals + 1)));
                        }
                    }
                }

                // Longest first, so a full "Bearer x" value is replaced before its "x" part.
                redactor._secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
            }

            return redactor;
        }

        public bool IsCredentialHeader(string name) => _credentialHeaders.Contains(name);

        /// <summary>The URI with every secret replaced, for the copy an exception keeps.</summary>
        public Uri? RedactUri(Uri? uri)
        {
            if (uri is null || _secrets.Count == 0)
            {
                return uri;
            }

            string text = uri.OriginalString;
            string redacted = Redact(text);
            return ReferenceEquals(text, redacted) || text == redacted ? uri : new Uri(redacted, UriKind.RelativeOrAbsolute);
        }

        public string Redact(string text)
        {
            foreach (string secret in _secrets)
            {
                text = text.Replace(secret, Redacted, StringComparison.Ordinal);
            }

            return text;
        }

        private void AddSecret(string headerValue)
        {
            string value = headerValue.Trim();
            AddIfLongEnough(value);

            // "Bearer <token>": the bare token may be echoed on its own.
            int space = value.IndexOf(' ');
            if (space > 0)
            {
                AddIfLongEnough(value.Substring(space + 1).Trim());
            }

            // "a=1; session=<token>": each cookie's value may be echoed on its own.
            foreach (string cookie in value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                int equals = cookie.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    AddIfLongEnough(cookie.Substring(equals + 1));
                }
            }
        }

        private void AddIfLongEnough(string secret)
        {
            if (secret.Length >= MinimumSecretLength && !_secrets.Contains(secret))
            {
                _secrets.Add(secret);
            }
        }
    }
}
