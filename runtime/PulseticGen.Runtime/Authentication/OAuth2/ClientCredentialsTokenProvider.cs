using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.OAuth2;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Obtains access tokens with the OAuth 2.0 client credentials grant and hands them to an <see cref="ApiKeyHandler"/>
    /// through <see cref="GetTokenAsync"/> (an <see cref="ApiTokenProvider"/>). Tokens are cached and replaced
    /// <see cref="ClientCredentialsOptions.RefreshMargin"/> before they expire; concurrent callers share one request to the
    /// token endpoint.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Wire it as <c>new ApiKeyHandler(new ApiKeyScheme("Authorization", "Bearer"), provider.GetTokenAsync)</c>, or use the
    /// generated client's <c>SecurityScheme</c>. Put a <see cref="TokenRefreshHandler"/> outside that handler to have a
    /// 401 from the API drop the cached token and send the request once more with a fresh one.
    /// </para>
    /// <para>
    /// A response without <c>expires_in</c> is kept for five minutes. Failures throw <see cref="ApiTokenRequestException"/>,
    /// whose message never contains the client secret or a token. The instance is thread-safe and meant to live as long
    /// as the client (one per set of credentials).
    /// </para>
    /// </remarks>
    public sealed class ClientCredentialsTokenProvider : IDisposable
    {
        private static readonly TimeSpan LifetimeWhenUnknown = TimeSpan.FromMinutes(5);

        private readonly HttpClient _httpClient;
        private readonly bool _ownsHttpClient;
        private readonly TimeProvider _clock;
        private readonly Uri _tokenUrl;
        private readonly string _clientId;
        private readonly string _clientSecret;
        private readonly string? _scope;
        private readonly TimeSpan _refreshMargin;
        private readonly bool _credentialsInBody;
        private readonly string _basicCredentials;
        private readonly SemaphoreSlim _refresh = new(1, 1);
        private volatile CachedToken? _current;
        private long _generation;

        /// <summary>Creates a provider.</summary>
        /// <param name="options">The token endpoint and credentials; copied, so later changes to the object have no effect.</param>
        /// <param name="httpClient">
        /// The client that calls the token endpoint; <see langword="null"/> creates one that follows no redirects (and is
        /// disposed with this provider). Do not pass the API's own client: its token handler would call this provider again.
        /// </param>
        /// <param name="timeProvider">The clock for expiry; <see cref="TimeProvider.System"/> by default.</param>
        /// <exception cref="ApiConfigurationException">A required option is missing; the message names it.</exception>
        public ClientCredentialsTokenProvider(ClientCredentialsOptions options, HttpClient? httpClient = null, TimeProvider? timeProvider = null)
        {
            ArgumentNullException.ThrowIfNull(options);
            options.Validate();
            _tokenUrl = options.TokenUrl!;
            _clientId = options.ClientId!;
            _clientSecret = options.ClientSecret!;
            _scope = options.Scopes is { Count: > 0 } scopes ? string.Join(" ", scopes) : null;
            _refreshMargin = options.RefreshMargin;
            _credentialsInBody = options.SendCredentialsInBody;
            _clock = timeProvider ?? TimeProvider.System;

            // RFC 6749, 2.3.1: each part is form-encoded before the pair is base64-encoded.
            _basicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(FormEncode(_clientId) + ":" + FormEncode(_clientSecret)));
            _ownsHttpClient = httpClient is null;

            // Redirects would carry the secret to wherever the Location header points.
            _httpClient = httpClient ?? new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        }

        /// <summary>
        /// Returns a valid access token: the cached one while it is fresh, otherwise a new one from the token endpoint.
        /// Matches <see cref="ApiTokenProvider"/>, so <c>provider.GetTokenAsync</c> can be passed to <see cref="ApiKeyHandler"/>.
        /// </summary>
        /// <param name="cancellationToken">Cancels the wait and the request to the token endpoint.</param>
        /// <returns>The raw access token, without the <c>Bearer</c> prefix.</returns>
        /// <exception cref="ApiTokenRequestException">The token endpoint refused the credentials, failed, or answered without a usable token.</exception>
        public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
        {
            CachedToken? current = _current;
            return current is not null && _clock.GetUtcNow() < current.RefreshAt
                ? new ValueTask<string>(current.Token)
                : new ValueTask<string>(RefreshAsync(cancellationToken));
        }

        /// <summary>
        /// Drops the cached token if it is still the one of <paramref name="generation"/>, so the next call fetches a new
        /// one; a token already replaced by a concurrent refresh is left alone, so N rejected calls cause one refresh.
        /// </summary>
        /// <param name="generation">The value of <see cref="Generation"/> read before the rejected request was sent.</param>
        public void Invalidate(long generation)
        {
            CachedToken? current = _current;
            if (current is not null && current.Generation == generation)
            {
                Interlocked.CompareExchange(ref _current, null, current);
            }
        }

        /// <summary>Increases each time a new token is obtained; pass the value seen before a request to <see cref="Invalidate"/>.</summary>
        public long Generation => _current?.Generation ?? Interlocked.Read(ref _generation);

        /// <summary>Disposes the HttpClient this provider created, if it created one.</summary>
        public void Dispose()
        {
            if (_ownsHttpClient)
            {
                _httpClient.Dispose();
            }

            _refresh.Dispose();
        }

        private async Task<string> RefreshAsync(CancellationToken cancellationToken)
        {
            await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Another caller may have refreshed while this one waited.
                CachedToken? current = _current;
                if (current is not null && _clock.GetUtcNow() < current.RefreshAt)
                {
                    return current.Token;
                }

                DateTimeOffset requestedAt = _clock.GetUtcNow();
                TokenResponse response = await RequestTokenAsync(cancellationToken).ConfigureAwait(false);
                TimeSpan lifetime = response.ExpiresIn is > 0 and < 3e9 ? TimeSpan.FromSeconds(response.ExpiresIn.Value) : LifetimeWhenUnknown;
                TimeSpan margin = lifetime > _refreshMargin + _refreshMargin ? _refreshMargin : lifetime / 2;
                var fresh = new CachedToken(response.AccessToken!, requestedAt + lifetime - margin, Interlocked.Increment(ref _generation));
                _current = fresh;
                return fresh.Token;
            }
            finally
            {
                _refresh.Release();
            }
        }

        private async Task<TokenResponse> RequestTokenAsync(CancellationToken cancellationToken)
        {
            var fields = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
            if (_scope is not null)
            {
                fields.Add(new("scope", _scope));
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUrl);
            if (_credentialsInBody)
            {
                fields.Add(new("client_id", _clientId));
                fields.Add(new("client_secret", _clientSecret));
            }
            else
            {
                // RFC 6749, 2.3.1: each part is form-encoded before the pair is base64-encoded.
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic", _basicCredentials);
            }

            request.Content = new FormUrlEncodedContent(fields);
            request.Headers.Accept.ParseAdd("application/json");
            string endpoint = _tokenUrl.GetLeftPart(UriPartial.Path);

            HttpResponseMessage response;
            try
            {
                response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                throw new ApiTokenRequestException($"The token endpoint {endpoint} could not be reached: {Redact(ex.Message)}", null, null, ex);
            }
            catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
            {
                throw new ApiTokenRequestException($"The token endpoint {endpoint} did not answer in time.", null, null, ex);
            }

            using (response)
            {
                TokenResponse? body = null;
                try
                {
                    byte[] bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    if (bytes.Length > 0)
                    {
                        body = JsonSerializer.Deserialize(bytes, TokenResponseContext.Default.TokenResponse);
                    }
                }
                catch (JsonException)
                {
                    // Reported below as a response that is not a token response.
                }

                int status = (int)response.StatusCode;
                if (!response.IsSuccessStatusCode)
                {
                    string detail = body?.Error is { } error
                        ? $": {error}" + (body.ErrorDescription is { } description ? $" ({Redact(description)})" : string.Empty)
                        : ".";
                    throw new ApiTokenRequestException(
                        $"The token endpoint {endpoint} refused the client credentials grant for client '{_clientId}' with {status.ToString(CultureInfo.InvariantCulture)} {response.ReasonPhrase}{detail}",
                        response.StatusCode,
                        body?.Error);
                }

                if (body?.AccessToken is null)
                {
                    throw new ApiTokenRequestException($"The token endpoint {endpoint} answered {status.ToString(CultureInfo.InvariantCulture)} without an access_token.", response.StatusCode, body?.Error);
                }

                if (body.TokenType is { } type && !string.Equals(type, "Bearer", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ApiTokenRequestException($"The token endpoint {endpoint} issued a '{type}' token; only Bearer tokens can be sent.", response.StatusCode, null);
                }

                if (ApiToken.FindProblem(body.AccessToken) is { } problem)
                {
                    throw new ApiTokenRequestException($"The token endpoint {endpoint} issued an access token that cannot be sent. " + problem, response.StatusCode, null);
                }

                return body;
            }
        }

        // A server may echo what it was sent; the secret, raw or encoded, must not ride along into a message.
        private string Redact(string text) => text.Replace(_clientSecret, "[redacted]", StringComparison.Ordinal)
            .Replace(FormEncode(_clientSecret), "[redacted]", StringComparison.Ordinal)
            .Replace(_basicCredentials, "[redacted]", StringComparison.Ordinal);

        private static string FormEncode(string value) => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal);

        private sealed record CachedToken(string Token, DateTimeOffset RefreshAt, long Generation);
    }
}
