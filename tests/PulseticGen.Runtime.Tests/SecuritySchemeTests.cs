using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>The other places OpenAPI puts a credential: query, cookie, HTTP Basic; and operations marked public.</summary>
    public sealed class SecuritySchemeTests
    {
        private const string Token = "canary-7f3a9c";

        [Fact]
        public async Task A_query_key_is_appended_to_the_url_and_kept_out_of_exceptions()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
            var scheme = ApiKeyScheme.InQuery("api_key");
            using var client = new HttpClient(new ApiKeyHandler(scheme, Token) { InnerHandler = stub });
            var connection = new ApiConnection(client, new Uri("https://api.example.test/v1/"), scheme);
            var endpoint = new ApiEndpoint("getThing", "GET", "/things/{id}", null, null);

            ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(
                () => connection.SendAsync(connection.CreateRequest(endpoint, "things/1", "?page=2"), endpoint, CancellationToken.None));

            Assert.Equal("https://api.example.test/v1/things/1?page=2&api_key=" + Token, stub.Uris[0]!.AbsoluteUri);
            Assert.DoesNotContain(Token, stub.Requests[0].RequestUri!.AbsoluteUri, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, error.RequestUri!.OriginalString, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_cookie_key_joins_the_cookies_already_on_the_request()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            using var client = new HttpClient(new ApiKeyHandler(ApiKeyScheme.InCookie("session"), Token) { InnerHandler = stub });
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.test/a");
            request.Headers.TryAddWithoutValidation("Cookie", "theme=dark");

            await client.SendAsync(request);

            Assert.Equal("theme=dark; session=" + Token, Assert.Single(stub.HeaderValues("Cookie")));
        }

        [Fact]
        public async Task Basic_sends_user_and_password_base64_encoded()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            using var client = new HttpClient(new ApiKeyHandler(ApiKeyScheme.Basic(), "ada:s3cret") { InnerHandler = stub });

            await client.GetAsync(new Uri("https://api.example.test/a"));

            Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ada:s3cret")), Assert.Single(stub.HeaderValues("Authorization")));
        }

        [Fact]
        public async Task An_operation_marked_public_gets_no_credential()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.NoContent));
            var scheme = new ApiKeyScheme("Authorization");
            using var client = new HttpClient(new ApiKeyHandler(scheme, Token) { InnerHandler = stub });
            var connection = new ApiConnection(client, new Uri("https://api.example.test/"), scheme);
            var open = new ApiEndpoint("health", "GET", "/health", null, null, requiresAuthentication: false);
            var closed = new ApiEndpoint("me", "GET", "/me", null, null);

            await connection.SendAsync(connection.CreateRequest(open, "health"), open, CancellationToken.None);
            await connection.SendAsync(connection.CreateRequest(closed, "me"), closed, CancellationToken.None);

            Assert.Equal(new[] { null, Token }, stub.HeaderValues("Authorization"));
        }

        [Theory]
        [InlineData("api_key", "?api_key=<token>")]
        public void Schemes_describe_themselves_without_a_token(string name, string expected)
        {
            Assert.Equal(expected, ApiKeyScheme.InQuery(name).ToString());
            Assert.Equal("Cookie: sid=<token>", ApiKeyScheme.InCookie("sid").ToString());
            Assert.Equal("Authorization: Basic <token>", ApiKeyScheme.Basic().ToString());
        }

        [Fact]
        public async Task The_credential_is_never_sent_over_plain_http_to_a_remote_host_unless_allowed()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK));
            var scheme = new ApiKeyScheme("Authorization");
            using var strict = new HttpClient(new ApiKeyHandler(scheme, Token) { InnerHandler = stub });
            using var allowed = new HttpClient(new ApiKeyHandler(scheme, Token) { InnerHandler = stub, AllowInsecureHttp = true });

            ApiConfigurationException refused = await Assert.ThrowsAsync<ApiConfigurationException>(() => strict.GetAsync(new Uri("http://api.example.test/a")));
            await strict.GetAsync(new Uri("http://127.0.0.1:5088/a"));
            await allowed.GetAsync(new Uri("http://api.example.test/b"));

            Assert.DoesNotContain(Token, refused.Message, StringComparison.Ordinal);
            Assert.Equal(new[] { Token, Token }, stub.HeaderValues("Authorization"));
            Assert.Equal("127.0.0.1", stub.Uris[0]!.Host);
        }
    }
}
