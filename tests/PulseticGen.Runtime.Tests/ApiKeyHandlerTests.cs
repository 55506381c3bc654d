using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiKeyHandlerTests
    {
        private static readonly ApiKeyScheme Pulsetic = new("Authorization");

        [Fact]
        public async Task Sends_the_raw_token_in_Authorization_with_no_Bearer_prefix()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            using var client = new HttpClient(new ApiKeyHandler(Pulsetic, "pk_live_123") { InnerHandler = stub });

            await client.GetAsync(new Uri("https://api.pulsetic.com/api/public/monitors"));

            Assert.Equal("pk_live_123", Assert.Single(stub.HeaderValues("Authorization")));
        }

        [Fact]
        public async Task Takes_the_credential_off_the_request_once_sent_so_printing_it_later_leaks_nothing()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            using var client = new HttpClient(new ApiKeyHandler(Pulsetic, "pk_live_secret_123") { InnerHandler = stub });
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.pulsetic.com/api/public/monitors");

            await client.SendAsync(request);

            Assert.Equal("pk_live_secret_123", Assert.Single(stub.HeaderValues("Authorization")));
            Assert.DoesNotContain("pk_live_secret_123", request.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task Writes_the_prefix_form_for_a_scheme_with_a_prefix_and_a_custom_header_for_an_api_key_scheme()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            using var bearer = new HttpClient(new ApiKeyHandler(new ApiKeyScheme("Authorization", "Bearer"), "abc123") { InnerHandler = stub });
            using var apiKey = new HttpClient(new ApiKeyHandler(new ApiKeyScheme("X-API-Key"), "abc123") { InnerHandler = stub });

            await bearer.GetAsync(new Uri("https://example.test/a"));
            await apiKey.GetAsync(new Uri("https://example.test/b"));

            Assert.Equal(new[] { "Bearer abc123", null }, stub.HeaderValues("Authorization"));
            Assert.Equal(new[] { null, "abc123" }, stub.HeaderValues("X-API-Key"));
        }

        [Fact]
        public async Task Replaces_a_header_of_the_same_name_already_on_the_request()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            using var client = new HttpClient(new ApiKeyHandler(Pulsetic, "right-token") { InnerHandler = stub });
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer stale-token");

            await client.GetAsync(new Uri("https://api.pulsetic.com/x"));

            Assert.Equal("right-token", Assert.Single(stub.HeaderValues("Authorization")));
        }

        [Fact]
        public async Task Asks_the_provider_on_every_request_so_a_rotated_token_is_used_without_restart()
        {
            int calls = 0;
            string current = "token-one";
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            var handler = new ApiKeyHandler(Pulsetic, _ =>
            {
                calls++;
                return new ValueTask<string>(current);
            })
            { InnerHandler = stub };
            using var client = new HttpClient(handler);

            await client.GetAsync(new Uri("https://api.pulsetic.com/a"));
            current = "token-two";
            await client.GetAsync(new Uri("https://api.pulsetic.com/b"));

            Assert.Equal(2, calls);
            Assert.Equal(new[] { "token-one", "token-two" }, stub.HeaderValues("Authorization"));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("secret-abc\r\nX-Injected: 1")]
        [InlineData("secret-abc\n")]
        [InlineData("secret-\u00e9abc")]
        [InlineData("secret-\tabc")]
        [InlineData(" secret-abc")]
        public void Rejects_an_unusable_token_without_repeating_it(string token)
        {
            ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => new ApiKeyHandler(Pulsetic, token));

            Assert.Equal("token", ex.ParamName);
            if (token.Trim().Length > 0)
            {
                Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("secret", ex.ToString(), StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Rejects_a_null_token()
        {
            Assert.Throws<ArgumentNullException>(() => new ApiKeyHandler(Pulsetic, (string)null!));
        }

        [Fact]
        public async Task A_provider_returning_an_unusable_token_fails_the_request_with_a_configuration_error_that_hides_it()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            var handler = new ApiKeyHandler(Pulsetic, _ => new ValueTask<string>("secret-from-vault\n")) { InnerHandler = stub };
            using var client = new HttpClient(handler);

            ApiConfigurationException ex = await Assert.ThrowsAsync<ApiConfigurationException>(() => client.GetAsync(new Uri("https://api.pulsetic.com/a")));

            Assert.Contains("line break", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-from-vault", ex.ToString(), StringComparison.Ordinal);
            Assert.Empty(stub.Requests);
        }

        [Fact]
        public async Task A_provider_returning_null_fails_with_a_configuration_error()
        {
            var handler = new ApiKeyHandler(Pulsetic, _ => new ValueTask<string>((string)null!))
            {
                InnerHandler = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)),
            };
            using var client = new HttpClient(handler);

            await Assert.ThrowsAsync<ApiConfigurationException>(() => client.GetAsync(new Uri("https://api.pulsetic.com/a")));
        }

        [Fact]
        public async Task TrustedBaseAddress_keeps_the_token_off_other_hosts_ports_and_schemes()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            var handler = new ApiKeyHandler(Pulsetic, "pk_live_123")
            {
                TrustedBaseAddress = new Uri("https://api.pulsetic.com/api/public/"),
                InnerHandler = stub,
            };
            using var client = new HttpClient(handler);

            await client.GetAsync(new Uri("https://API.pulsetic.com:443/api/public/monitors"));
            await client.GetAsync(new Uri("https://evil.example/api/public/monitors"));
            await client.GetAsync(new Uri("https://api.pulsetic.com:8443/api/public/monitors"));
            await client.GetAsync(new Uri("http://api.pulsetic.com/api/public/monitors"));
            await client.GetAsync(new Uri("https://api.pulsetic.com.evil.example/"));

            Assert.Equal(new[] { "pk_live_123", null, null, null, null }, stub.HeaderValues("Authorization"));
        }

        [Fact]
        public async Task TrustedBaseAddress_does_not_ask_the_provider_for_a_request_to_another_host()
        {
            int calls = 0;
            var handler = new ApiKeyHandler(Pulsetic, _ =>
            {
                calls++;
                return new ValueTask<string>("pk_live_123");
            })
            {
                TrustedBaseAddress = new Uri("https://api.pulsetic.com/"),
                InnerHandler = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)),
            };
            using var client = new HttpClient(handler);

            await client.GetAsync(new Uri("https://cdn.example/file"));

            Assert.Equal(0, calls);
        }

        [Fact]
        public void TrustedBaseAddress_must_be_absolute()
        {
            Assert.Throws<ArgumentException>(() => new ApiKeyHandler(Pulsetic, "pk_live_123") { TrustedBaseAddress = new Uri("/api", UriKind.Relative) });
        }

        [Fact]
        public async Task Works_in_a_pipeline_built_by_the_caller_and_never_sets_its_own_inner_handler()
        {
            var handler = new ApiKeyHandler(Pulsetic, "pk_live_123");
            Assert.Null(handler.InnerHandler);

            // As IHttpClientFactory does: the caller chains handlers and sets InnerHandler from outside.
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            var logging = new PassThroughHandler { InnerHandler = handler };
            handler.InnerHandler = stub;
            using var client = new HttpClient(logging) { BaseAddress = new Uri("https://api.pulsetic.com/api/public/") };
            var connection = new ApiConnection(client, new Uri("https://unused.example/"), Pulsetic);
            var endpoint = new ApiEndpoint("listMonitors", "GET", "/monitors", "Monitors", null);

            using HttpRequestMessage request = connection.CreateRequest(endpoint, "monitors");
            await connection.SendAsync(request, endpoint, CancellationToken.None);

            Assert.Equal(1, logging.Calls);
            Assert.Same(stub, handler.InnerHandler);
            Assert.Equal("pk_live_123", Assert.Single(stub.HeaderValues("Authorization")));
            Assert.Equal("https://api.pulsetic.com/api/public/monitors", stub.Requests[0].RequestUri!.AbsoluteUri);
        }

        [Fact]
        public void Scheme_formats_the_header_value_and_validates_its_parts()
        {
            Assert.Equal("tok_1234", new ApiKeyScheme("Authorization").FormatHeaderValue("tok_1234"));
            Assert.Equal("Bearer tok_1234", new ApiKeyScheme("Authorization", "Bearer").FormatHeaderValue("tok_1234"));
            Assert.Equal("Authorization: <token>", new ApiKeyScheme("Authorization").ToString());
            Assert.Throws<ArgumentException>(() => new ApiKeyScheme("Bad Header"));
            Assert.Throws<ArgumentException>(() => new ApiKeyScheme("X-Key\r\n"));
            Assert.Throws<ArgumentException>(() => new ApiKeyScheme(""));
            Assert.Throws<ArgumentException>(() => new ApiKeyScheme("Authorization", "Bearer "));
            Assert.Throws<ArgumentException>(() => new ApiKeyScheme("Authorization", ""));
        }

        private sealed class PassThroughHandler : DelegatingHandler
        {
            public int Calls { get; private set; }

            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Calls++;
                return base.SendAsync(request, cancellationToken);
            }
        }
    }
}
