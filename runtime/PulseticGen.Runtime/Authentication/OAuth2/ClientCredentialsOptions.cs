using System;
using System.Collections.Generic;

namespace PulseticGen.Runtime
{
    /// <summary>What <see cref="ClientCredentialsTokenProvider"/> needs to obtain tokens with the OAuth 2.0 client credentials grant (RFC 6749, 4.4).</summary>
    public sealed class ClientCredentialsOptions
    {
        /// <summary>The authorization server's token endpoint, such as <c>https://auth.example.com/oauth/token</c>; the generated client's <c>SecurityScheme.TokenUrl</c> when the specification declares one.</summary>
        public Uri? TokenUrl { get; set; }

        /// <summary>The client identifier registered with the authorization server.</summary>
        public string? ClientId { get; set; }

        /// <summary>The client secret. It is sent only to <see cref="TokenUrl"/> and never appears in a message, log or tag.</summary>
        public string? ClientSecret { get; set; }

        /// <summary>The scopes to ask for, sent space-separated; none by default (the server's default scope).</summary>
        public IList<string> Scopes { get; set; } = new List<string>();

        /// <summary>
        /// How long before its <c>expires_in</c> a token is replaced, so a request never leaves with a token that expires
        /// on the way. 60 seconds by default; for tokens that live shorter than twice the margin, half their lifetime is used.
        /// </summary>
        public TimeSpan RefreshMargin { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>
        /// Sends the client id and secret as form fields (<c>client_secret_post</c>) instead of an HTTP Basic
        /// <c>Authorization</c> header (<c>client_secret_basic</c>, the default that RFC 6749 requires servers to support).
        /// </summary>
        public bool SendCredentialsInBody { get; set; }

        /// <summary>Throws when a required setting is missing; the message names the setting, never its value.</summary>
        internal void Validate()
        {
            if (TokenUrl is null || !TokenUrl.IsAbsoluteUri)
            {
                throw new ApiConfigurationException("ClientCredentialsOptions.TokenUrl must be an absolute URL of the OAuth 2.0 token endpoint.");
            }

            if (string.IsNullOrWhiteSpace(ClientId))
            {
                throw new ApiConfigurationException("ClientCredentialsOptions.ClientId is required for the client credentials grant.");
            }

            if (string.IsNullOrEmpty(ClientSecret))
            {
                throw new ApiConfigurationException("ClientCredentialsOptions.ClientSecret is required for the client credentials grant.");
            }

            if (RefreshMargin < TimeSpan.Zero)
            {
                throw new ApiConfigurationException("ClientCredentialsOptions.RefreshMargin must not be negative.");
            }
        }
    }
}
