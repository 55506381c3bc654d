using System;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Describes how an API expects its key: the request header that carries it and an optional
    /// prefix written before it (for example <c>Bearer</c>).
    /// </summary>
    /// <remarks>
    /// The Pulsetic API uses <c>new ApiKeyScheme("Authorization")</c>: the raw token is the whole header value,
    /// with no <c>Bearer</c> prefix.
    /// </remarks>
    public sealed class ApiKeyScheme
    {
        /// <summary>Creates a scheme.</summary>
        /// <param name="headerName">The request header that carries the key, such as <c>Authorization</c> or <c>X-API-Key</c>. Must be a valid HTTP header name.</param>
        /// <param name="prefix">A word written before the key and separated from it by one space, such as <c>Bearer</c>; <see langword="null"/> when the header holds the key alone.</param>
        /// <exception cref="ArgumentException"><paramref name="headerName"/> is not a valid header name, or <paramref name="prefix"/> is empty or contains whitespace, control or non-ASCII characters.</exception>
        public ApiKeyScheme(string headerName, string? prefix = null)
        {
            ArgumentNullException.ThrowIfNull(headerName);
            if (!HttpSyntax.IsToken(headerName))
            {
                throw new ArgumentException(
                    $"'{headerName}' is not a valid HTTP header name: it must be non-empty and contain only letters, digits and !#$%&'*+-.^_`|~.",
                    nameof(headerName));
            }

            if (prefix is not null && !HttpSyntax.IsVisibleAscii(prefix))
            {
                throw new ArgumentException(
                    "The prefix must be non-empty and contain only visible ASCII characters, with no whitespace; the separating space is added automatically.",
                    nameof(prefix));
            }

            HeaderName = headerName;
            Prefix = prefix;
        }

        private ApiKeyScheme(ApiKeyLocation location, string name, string? prefix, bool encodesCredentials)
        {
            ArgumentException.ThrowIfNullOrEmpty(name);
            if (!HttpSyntax.IsToken(name))
            {
                throw new ArgumentException($"'{name}' is not a valid parameter or cookie name.", nameof(name));
            }

            Location = location;
            HeaderName = name;
            Prefix = prefix;
            EncodesCredentials = encodesCredentials;
        }

        /// <summary>A key sent as a query parameter, such as <c>?api_key=&lt;token&gt;</c>.</summary>
        /// <param name="parameterName">The query parameter's name.</param>
        /// <returns>The scheme.</returns>
        public static ApiKeyScheme InQuery(string parameterName) => new(ApiKeyLocation.Query, parameterName, null, encodesCredentials: false);

        /// <summary>A key sent as a cookie, such as <c>Cookie: session=&lt;token&gt;</c>.</summary>
        /// <param name="cookieName">The cookie's name.</param>
        /// <returns>The scheme.</returns>
        public static ApiKeyScheme InCookie(string cookieName) => new(ApiKeyLocation.Cookie, cookieName, null, encodesCredentials: false);

        /// <summary>
        /// HTTP Basic authentication: the token is <c>user:password</c>, sent base64-encoded as
        /// <c>Authorization: Basic …</c>.
        /// </summary>
        /// <returns>The scheme.</returns>
        public static ApiKeyScheme Basic() => new(ApiKeyLocation.Header, "Authorization", "Basic", encodesCredentials: true);

        /// <summary>
        /// An OAuth 2.0 access token obtained with the client credentials grant, sent as <c>Authorization: Bearer …</c>.
        /// Generated clients use it when the specification declares such a flow, so the token endpoint is not retyped:
        /// pass <see cref="TokenUrl"/> and <see cref="Scopes"/> to a <see cref="ClientCredentialsTokenProvider"/>.
        /// </summary>
        /// <param name="tokenUrl">The flow's absolute token endpoint.</param>
        /// <param name="scopes">The scopes the specification requires.</param>
        /// <returns>The scheme.</returns>
        /// <exception cref="ArgumentException"><paramref name="tokenUrl"/> is not absolute.</exception>
        public static ApiKeyScheme OAuth2ClientCredentials(Uri tokenUrl, params string[] scopes)
        {
            ArgumentNullException.ThrowIfNull(tokenUrl);
            ArgumentNullException.ThrowIfNull(scopes);
            if (!tokenUrl.IsAbsoluteUri)
            {
                throw new ArgumentException("The token URL must be absolute.", nameof(tokenUrl));
            }

            return new ApiKeyScheme("Authorization", "Bearer") { TokenUrl = tokenUrl, Scopes = (string[])scopes.Clone() };
        }

        /// <summary>The OAuth 2.0 token endpoint of a client credentials flow, or <see langword="null"/> for other schemes.</summary>
        public Uri? TokenUrl { get; private init; }

        /// <summary>The scopes the specification requires for <see cref="TokenUrl"/>; empty for other schemes.</summary>
        public System.Collections.Generic.IReadOnlyList<string> Scopes { get; private init; } = Array.Empty<string>();

        /// <summary>Where the key travels: a header (the default), a query parameter or a cookie.</summary>
        public ApiKeyLocation Location { get; } = ApiKeyLocation.Header;

        /// <summary>Whether the token is <c>user:password</c> to be base64-encoded (HTTP Basic).</summary>
        public bool EncodesCredentials { get; }

        /// <summary>The request header that carries the key.</summary>
        public string HeaderName { get; }

        /// <summary>The word written before the key (such as <c>Bearer</c>), or <see langword="null"/> when the header holds the key alone.</summary>
        public string? Prefix { get; }

        /// <summary>Builds the header value for <paramref name="token"/>: the token alone, or <c>Prefix + " " + token</c>.</summary>
        /// <param name="token">The API token.</param>
        /// <returns>The value to put in <see cref="HeaderName"/>.</returns>
        /// <exception cref="ArgumentException"><paramref name="token"/> is not a usable token (see <see cref="ApiToken.Validate"/>).</exception>
        public string FormatHeaderValue(string token)
        {
            ApiToken.Validate(token, nameof(token));
            string value = EncodesCredentials ? Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(token)) : token;
            return Prefix is null ? value : Prefix + " " + value;
        }

        /// <summary>Describes the scheme without any token, for example <c>Authorization: &lt;token&gt;</c>.</summary>
        /// <returns>The header name and the shape of its value.</returns>
        public override string ToString() => Location switch
        {
            ApiKeyLocation.Query => $"?{HeaderName}=<token>",
            ApiKeyLocation.Cookie => $"Cookie: {HeaderName}=<token>",
            _ => Prefix is null ? $"{HeaderName}: <token>" : $"{HeaderName}: {Prefix} <token>",
        };
    }
}
