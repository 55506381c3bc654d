using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>The client credentials grant against a loopback token endpoint and API, through the real token handler.</summary>
    public sealed class ClientCredentialsTests
    {
        private static readonly ApiEndpoint GetDowntime = new("getDowntime", "GET", "/downtime", null, null);
        private static readonly ApiKeyScheme Bearer = new("Authorization", "Bearer");

        [Fact]
        public async Task Concurrent_calls_share_one_token_request()
        {
            await using var server = new OAuthServer(tokenDelay: TimeSpan.FromMilliseconds(200));
            using var provider = new ClientCredentialsTokenProvider(Options(server, "monitors:read", "monitors:write"));
            ApiConnection connection = Connect(server, provider);

            string[] results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => CallAsync(connection)));

            Assert.All(results, result => Assert.Equal("42", result));
            string tokenRequest = Assert.Single(server.TokenRequests);
            Assert.StartsWith("POST /token ", tokenRequest, StringComparison.Ordinal);
            Assert.Contains("grant_type=client_credentials&scope=monitors%3Aread+monitors%3Awrite", tokenRequest, StringComparison.Ordinal);
            Assert.Equal(16, server.ApiAuthorizations.Count);
            Assert.All(server.ApiAuthorizations, value => Assert.Equal("Bearer tok-1", value));
        }

        [Fact]
        public async Task A_token_is_replaced_the_refresh_margin_before_it_expires()
        {
            await using var server = new OAuthServer(expiresIn: 600);
            var clock = new ManualClock();
            var options = Options(server);
            options.RefreshMargin = TimeSpan.FromSeconds(60);
            using var provider = new ClientCredentialsTokenProvider(options, timeProvider: clock);
            ApiConnection connection = Connect(server, provider);

            await CallAsync(connection);
            clock.Advance(TimeSpan.FromSeconds(530));
            await CallAsync(connection);
            Assert.Single(server.TokenRequests);

            clock.Advance(TimeSpan.FromSeconds(15));
            await CallAsync(connection);

            Assert.Equal(2, server.TokenRequests.Count);
            Assert.Equal(new[] { "Bearer tok-1", "Bearer tok-1", "Bearer tok-2" }, server.ApiAuthorizations);
        }

        [Fact]
        public async Task A_401_from_the_api_fetches_a_new_token_and_sends_the_request_once_more()
        {
            await using var server = new OAuthServer();
            using var provider = new ClientCredentialsTokenProvider(Options(server));
            ApiConnection connection = Connect(server, provider, refreshOn401: true);
            await CallAsync(connection);

            server.RevokeCurrentToken();
            string result = await CallAsync(connection);

            Assert.Equal("42", result);
            Assert.Equal(2, server.TokenRequests.Count);
            Assert.Equal(new[] { "Bearer tok-1", "Bearer tok-1", "Bearer tok-2" }, server.ApiAuthorizations);
        }

        [Fact]
        public async Task A_401_of_a_public_operation_is_returned_without_a_token_request_or_a_resend()
        {
            await using var server = new OAuthServer();
            using var provider = new ClientCredentialsTokenProvider(Options(server));
            ApiConnection connection = Connect(server, provider, refreshOn401: true);
            var health = new ApiEndpoint("health", "GET", "/health", null, null, requiresAuthentication: false);

            using HttpRequestMessage request = connection.CreateRequest(health, "health");
            await Assert.ThrowsAsync<ApiUnauthorizedException>(() => connection.SendForTextAsync(request, health, CancellationToken.None));

            Assert.Empty(server.TokenRequests);
            Assert.Equal(new[] { "" }, server.ApiAuthorizations);
        }

        [Fact]
        public async Task Without_the_refresh_handler_a_401_reaches_the_caller()
        {
            await using var server = new OAuthServer();
            using var provider = new ClientCredentialsTokenProvider(Options(server));
            ApiConnection connection = Connect(server, provider);
            await CallAsync(connection);

            server.RevokeCurrentToken();

            await Assert.ThrowsAsync<ApiUnauthorizedException>(() => CallAsync(connection));
            Assert.Single(server.TokenRequests);
        }

        [Fact]
        public async Task A_refused_secret_is_a_typed_exception_that_never_shows_the_secret()
        {
            await using var server = new OAuthServer();
            var options = Options(server);
            options.ClientSecret = "wrong-" + OAuthServer.ClientSecret;
            using var provider = new ClientCredentialsTokenProvider(options);
            ApiConnection connection = Connect(server, provider);

            ApiTokenRequestException ex = await Assert.ThrowsAsync<ApiTokenRequestException>(() => CallAsync(connection));

            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, ex.StatusCode);
            Assert.Equal("invalid_client", ex.Error);
            Assert.Contains("client-a", ex.Message, StringComparison.Ordinal);
            Assert.Contains("invalid_client", ex.Message, StringComparison.Ordinal);
            Assert.Contains("[redacted]", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(OAuthServer.ClientSecret, ex.ToString(), StringComparison.Ordinal);
            string basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("client-a:" + options.ClientSecret));
            Assert.Contains(basic, server.TokenRequests.Single(), StringComparison.Ordinal);
            Assert.DoesNotContain(basic, ex.ToString(), StringComparison.Ordinal);
            Assert.Empty(server.ApiAuthorizations);
        }

        [Fact]
        public async Task Credentials_can_travel_in_the_form_body()
        {
            await using var server = new OAuthServer();
            var options = Options(server);
            options.SendCredentialsInBody = true;
            using var provider = new ClientCredentialsTokenProvider(options);

            string token = await provider.GetTokenAsync(CancellationToken.None);

            Assert.Equal("tok-1", token);
            string request = Assert.Single(server.TokenRequests);
            Assert.Contains("client_id=client-a&client_secret=" + OAuthServer.ClientSecret, request, StringComparison.Ordinal);
            Assert.DoesNotContain("Authorization:", request, StringComparison.Ordinal);
        }

        [Fact]
        public void Missing_settings_are_named_without_values()
        {
            var options = new ClientCredentialsOptions { TokenUrl = new Uri("https://auth.example/token"), ClientSecret = "x-secret-x" };

            ApiConfigurationException ex = Assert.Throws<ApiConfigurationException>(() => new ClientCredentialsTokenProvider(options));

            Assert.Contains("ClientId", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("x-secret-x", ex.Message, StringComparison.Ordinal);
        }

        private static ClientCredentialsOptions Options(OAuthServer server, params string[] scopes) => new()
        {
            TokenUrl = server.TokenUrl,
            ClientId = OAuthServer.ClientId,
            ClientSecret = OAuthServer.ClientSecret,
            Scopes = scopes.ToList(),
        };

        private static ApiConnection Connect(OAuthServer server, ClientCredentialsTokenProvider provider, bool refreshOn401 = false)
        {
            HttpMessageHandler handler = new ApiKeyHandler(Bearer, provider.GetTokenAsync) { InnerHandler = new SocketsHttpHandler() };
            if (refreshOn401)
            {
                handler = new TokenRefreshHandler(provider) { InnerHandler = handler };
            }

            return new ApiConnection(new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(20) }, server.ApiAddress, Bearer);
        }

        private static async Task<string> CallAsync(ApiConnection connection)
        {
            using HttpRequestMessage request = connection.CreateRequest(GetDowntime, "downtime");
            return await connection.SendForTextAsync(request, GetDowntime, CancellationToken.None);
        }

        private sealed class ManualClock : TimeProvider
        {
            private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

            public override DateTimeOffset GetUtcNow() => _now;

            public void Advance(TimeSpan by) => _now += by;
        }
    }
}
