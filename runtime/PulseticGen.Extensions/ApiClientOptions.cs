using System;
using System.Collections.Generic;
using PulseticGen.Runtime;

namespace PulseticGen.Extensions
{
    /// <summary>
    /// Settings of one client registered with
    /// <see cref="ApiClientServiceCollectionExtensions.AddApiClient{TClient}(Microsoft.Extensions.DependencyInjection.IServiceCollection, string, Action{ApiClientOptions}?)"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// They are named options, named after the client type's full name (<c>typeof(TClient).FullName</c>, for example
    /// <c>Pulsetic.PulseticClient</c>): read them with <c>IOptionsMonitor&lt;ApiClientOptions&gt;.Get(name)</c>. Values come from
    /// the configuration section given at registration (keys <c>ApiToken</c>, <c>BaseAddress</c>, <c>Timeout</c> and
    /// <c>AllowInsecureHttp</c>), then from the <c>configure</c> callback, and are validated when the host starts.
    /// </para>
    /// <para>
    /// <see cref="ApiToken"/> is read again for every request, so a rotated token (a reloaded configuration, or a change
    /// through the options monitor) is used by the next call. <see cref="BaseAddress"/> and <see cref="Timeout"/> apply to
    /// clients created after the change.
    /// </para>
    /// </remarks>
    public sealed class ApiClientOptions
    {
        /// <summary>
        /// The raw API token, without any prefix such as <c>Bearer</c>. Required when the API declares a security scheme.
        /// It must not contain line breaks, other control characters or non-ASCII characters, nor start or end with a space;
        /// validation messages never contain it, and it is never logged.
        /// </summary>
        /// <remarks>Configuration key: <c>&lt;section&gt;:ApiToken</c> (environment variable <c>&lt;section&gt;__ApiToken</c>).</remarks>
        public string? ApiToken { get; set; }

        /// <summary>
        /// The API's base address, such as <c>https://api.example.com/v1/</c>; <see langword="null"/> (the default) uses the
        /// server URL from the OpenAPI description (<see cref="IApiClient{TSelf}.DefaultBaseAddress"/>). The token is sent
        /// only to this address's scheme, host and port.
        /// </summary>
        /// <remarks>
        /// Configuration key: <c>&lt;section&gt;:BaseAddress</c>. Must be an absolute <c>https</c> URL; plain <c>http</c> is
        /// accepted for a loopback host (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>) or when
        /// <see cref="AllowInsecureHttp"/> is set.
        /// </remarks>
        public Uri? BaseAddress { get; set; }

        /// <summary>
        /// How long one call may take, body included, before it fails with an <see cref="ApiTransportException"/> whose
        /// <see cref="ApiTransportException.IsTimeout"/> is true (<see cref="System.Net.Http.HttpClient.Timeout"/>).
        /// 100 seconds by default; <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.
        /// </summary>
        /// <remarks>
        /// Configuration key: <c>&lt;section&gt;:Timeout</c>, written as a time span (<c>00:00:30</c> for 30 seconds). With
        /// resilience added, this bounds the call including its retries.
        /// </remarks>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>
        /// Allows a plain <c>http</c> <see cref="BaseAddress"/> to a host other than loopback, which sends the API token
        /// unencrypted. False by default; meant for a trusted private network or a TLS-terminating sidecar.
        /// </summary>
        /// <remarks>Configuration key: <c>&lt;section&gt;:AllowInsecureHttp</c> (<c>true</c> or <c>false</c>).</remarks>
        public bool AllowInsecureHttp { get; set; }

        /// <summary>
        /// The OAuth 2.0 client id. When it is set, access tokens come from the client credentials grant at
        /// <see cref="TokenUrl"/> (a cached <see cref="ClientCredentialsTokenProvider"/>, refreshed before expiry, with a 401
        /// retried once with a fresh token) and <see cref="ApiToken"/> is not used.
        /// </summary>
        /// <remarks>
        /// Configuration key: <c>&lt;section&gt;:ClientId</c>. The client id, secret, token URL and scopes are read when the
        /// client is first used; a change takes effect after a restart.
        /// </remarks>
        public string? ClientId { get; set; }

        /// <summary>The OAuth 2.0 client secret, with <see cref="ClientId"/>; never logged nor shown in a message.</summary>
        /// <remarks>Configuration key: <c>&lt;section&gt;:ClientSecret</c>; keep it in a secret store or an environment variable.</remarks>
        public string? ClientSecret { get; set; }

        /// <summary>
        /// The OAuth 2.0 token endpoint; <see langword="null"/> (the default) uses the one the specification declares
        /// (<see cref="ApiKeyScheme.TokenUrl"/> of the client's <c>SecurityScheme</c>).
        /// </summary>
        /// <remarks>Configuration key: <c>&lt;section&gt;:TokenUrl</c>. Must be https, or http to a loopback host or with <see cref="AllowInsecureHttp"/>.</remarks>
        public Uri? TokenUrl { get; set; }

        /// <summary>The scopes to ask for; <see langword="null"/> (the default) asks for those the specification requires.</summary>
        /// <remarks>Configuration key: <c>&lt;section&gt;:Scopes</c>, space-separated.</remarks>
        public IList<string>? Scopes { get; set; }

        /// <summary>
        /// Gives each call of an operation whose specification declares an <c>Idempotency-Key</c> header a fresh random key
        /// when the caller passes none (<see cref="IdempotencyKeyHandler"/>), so that
        /// <see cref="ApiClientResilienceOptions.RetryRequestsWithIdempotencyKey"/> can retry it safely. False by default.
        /// </summary>
        /// <remarks>Configuration key: <c>&lt;section&gt;:AutoIdempotencyKeys</c> (<c>true</c> or <c>false</c>); applies to clients created after a change.</remarks>
        public bool AutoIdempotencyKeys { get; set; }

        /// <summary>Whether tokens come from the client credentials grant rather than <see cref="ApiToken"/>.</summary>
        internal bool UsesClientCredentials => !string.IsNullOrEmpty(ClientId) || !string.IsNullOrEmpty(ClientSecret);

        /// <summary>Configuration values that could not be read (a malformed URL or time span), reported when the options are validated.</summary>
        internal List<string> ConfigurationErrors { get; } = [];
    }
}
