using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// A <see cref="DelegatingHandler"/> that puts the API token in the header described by an <see cref="ApiKeyScheme"/>
    /// on every request it sends.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The handler never sets <see cref="DelegatingHandler.InnerHandler"/>: add it to a pipeline with
    /// <c>IHttpClientBuilder.AddHttpMessageHandler</c>, or set <c>InnerHandler</c> yourself before passing it to
    /// <see cref="HttpClient"/>.
    /// </para>
    /// <para>
    /// Any header of the same name already on the request is replaced. Set <see cref="TrustedBaseAddress"/> so the token
    /// goes only to the API's own host. Redirects followed by the primary handler (<c>AllowAutoRedirect</c>) happen below
    /// this handler: .NET drops <c>Authorization</c> when it follows a redirect, but not a custom header such as
    /// <c>X-API-Key</c>, so disable automatic redirects when the scheme uses a custom header and redirects are possible.
    /// </para>
    /// </remarks>
    public sealed class ApiKeyHandler : DelegatingHandler
    {
        private readonly ApiKeyScheme _scheme;
        private readonly string? _fixedHeaderValue;
        private readonly ApiTokenProvider? _tokenProvider;
        private readonly Uri? _trustedBaseAddress;

        /// <summary>Creates a handler that sends the same token on every request.</summary>
        /// <param name="scheme">Which header carries the token and how it is written.</param>
        /// <param name="token">The raw token, without any prefix such as <c>Bearer</c>.</param>
        /// <exception cref="ArgumentException">The token is empty, whitespace, or contains a line break, control or non-ASCII character. The message never contains the token.</exception>
        public ApiKeyHandler(ApiKeyScheme scheme, string token)
        {
            ArgumentNullException.ThrowIfNull(scheme);
            ApiToken.Validate(token, nameof(token));
            _scheme = scheme;
            _fixedHeaderValue = scheme.FormatHeaderValue(token);
        }

        /// <summary>Creates a handler that asks <paramref name="tokenProvider"/> for the token on every request, so a rotated token is used without a restart.</summary>
        /// <param name="scheme">Which header carries the token and how it is written.</param>
        /// <param name="tokenProvider">Returns the raw token. A value that is not a usable token makes the request fail with <see cref="ApiConfigurationException"/>.</param>
        public ApiKeyHandler(ApiKeyScheme scheme, ApiTokenProvider tokenProvider)
        {
            ArgumentNullException.ThrowIfNull(scheme);
            ArgumentNullException.ThrowIfNull(tokenProvider);
            _scheme = scheme;
            _tokenProvider = tokenProvider;
        }

        /// <summary>
        /// When set, the token is attached only to requests whose scheme, host and port equal this address's; a request to
        /// any other origin (an absolute URL elsewhere, or a redirect followed above this handler) is sent without it.
        /// When <see langword="null"/> (the default), every request gets the token.
        /// </summary>
        /// <exception cref="ArgumentException">The address is not absolute.</exception>
        public Uri? TrustedBaseAddress
        {
            get => _trustedBaseAddress;
            init
            {
                if (value is not null && !value.IsAbsoluteUri)
                {
                    throw new ArgumentException("The trusted base address must be an absolute URI.", nameof(value));
                }

                _trustedBaseAddress = value;
            }
        }

        /// <inheritdoc/>
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            Uri? originalUri = request.RequestUri;
            string[]? originalCookies = request.Headers.TryGetValues("Cookie", out var cookies) ? System.Linq.Enumerable.ToArray(cookies) : null;
            bool applied = false;
            if (IsTrusted(request.RequestUri) && !IsAnonymous(request))
            {
                applied = true;
                if (!AllowInsecureHttp && request.RequestUri is { IsAbsoluteUri: true } target && target.Scheme == Uri.UriSchemeHttp && !target.IsLoopback)
                {
                    // Plain HTTP would hand the credential to anyone on the path; loopback (a local simulator) is fine.
                    throw new ApiConfigurationException(
                        $"Refusing to send the API credential over plain HTTP to {target.Host}. Use https, or set AllowInsecureHttp on the ApiKeyHandler if this is intended.");
                }

                string value = _fixedHeaderValue ?? await GetProvidedHeaderValueAsync(cancellationToken).ConfigureAwait(false);

                // Kept where HttpRequestMessage.ToString() does not look, so error capture can still redact an echoed token.
                request.Options.Set(AppliedCredentialKey, value);
                switch (_scheme.Location)
                {
                    case ApiKeyLocation.Query:
                        request.RequestUri = WithQueryParameter(request.RequestUri!, _scheme.HeaderName, value);
                        break;
                    case ApiKeyLocation.Cookie:
                        string cookie = _scheme.HeaderName + "=" + value;
                        string? existing = request.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : null;
                        request.Headers.Remove("Cookie");
                        request.Headers.TryAddWithoutValidation("Cookie", existing is null ? cookie : existing + "; " + cookie);
                        break;
                    default:
                        request.Headers.Remove(_scheme.HeaderName);
                        if (!request.Headers.TryAddWithoutValidation(_scheme.HeaderName, value))
                        {
                            // Only content headers (Content-Type and friends) are refused here; they cannot carry a key.
                            throw new ApiConfigurationException($"The header '{_scheme.HeaderName}' cannot be set on a request; choose another header for the API key.");
                        }

                        break;
                }
            }

            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            finally
            {

                // Once sent, the credential is taken off the request again: outer handlers, loggers and exceptions that
                // print the request (HttpRequestMessage.ToString() lists header values) then have nothing to leak.
                if (applied)
                {
                    Withdraw(request, originalUri, originalCookies);
                }
            }
        }

        /// <summary>The credential value this handler put on the request, for redaction; never printed by the request.</summary>
        internal static readonly HttpRequestOptionsKey<string> AppliedCredentialKey = new("PulseticGen.Runtime.AppliedCredential");

        private void Withdraw(HttpRequestMessage request, Uri? originalUri, string[]? originalCookies)
        {
            switch (_scheme.Location)
            {
                case ApiKeyLocation.Query:
                    request.RequestUri = originalUri;
                    break;
                case ApiKeyLocation.Cookie:
                    request.Headers.Remove("Cookie");
                    if (originalCookies is not null)
                    {
                        request.Headers.TryAddWithoutValidation("Cookie", originalCookies);
                    }

                    break;
                default:
                    request.Headers.Remove(_scheme.HeaderName);
                    break;
            }
        }

        // An operation the spec marks `security: []` is public: no credential is sent with it.
        /// <summary>
        /// Whether the credential may be sent over plain <c>http://</c> to a host other than loopback. Off by default:
        /// such a request fails with <see cref="ApiConfigurationException"/> before anything is sent.
        /// </summary>
        public bool AllowInsecureHttp { get; init; }

        private static bool IsAnonymous(HttpRequestMessage request) =>
            request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? endpoint) && !endpoint.RequiresAuthentication;

        private static Uri WithQueryParameter(Uri uri, string name, string value)
        {
            var builder = new UriBuilder(uri);
            string pair = Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value);
            string query = builder.Query.TrimStart('?');
            builder.Query = query.Length == 0 ? pair : query + "&" + pair;
            return builder.Uri;
        }

        private bool IsTrusted(Uri? requestUri)
        {
            if (_trustedBaseAddress is null)
            {
                return true;
            }

            // A relative or missing URI cannot be checked against the origin, so it does not get the token.
            if (requestUri is null || !requestUri.IsAbsoluteUri)
            {
                return false;
            }

            const UriComponents Origin = UriComponents.Scheme | UriComponents.Host | UriComponents.StrongPort;
            return Uri.Compare(requestUri, _trustedBaseAddress, Origin, UriFormat.SafeUnescaped, StringComparison.OrdinalIgnoreCase) == 0;
        }

        private async ValueTask<string> GetProvidedHeaderValueAsync(CancellationToken cancellationToken)
        {
            string token = await _tokenProvider!(cancellationToken).ConfigureAwait(false);
            string? problem = ApiToken.FindProblem(token);
            if (problem is not null)
            {
                throw new ApiConfigurationException(
                    "The API token provider returned a value that cannot be sent. " + problem,
                    new ArgumentException(problem, nameof(token)));
            }

            return _scheme.FormatHeaderValue(token);
        }
    }
}
