using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;
using static PulseticGen.Runtime.Tests.TestConnections;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiExceptionMappingTests
    {
        [Fact]
        public async Task Status_400_is_a_validation_exception()
        {
            ApiException ex = await FailAsync(HttpStatusCode.BadRequest, """{"message":"Malformed filter."}""");

            ApiValidationException validation = Assert.IsType<ApiValidationException>(ex);
            Assert.Equal(HttpStatusCode.BadRequest, validation.StatusCode);
            Assert.Empty(validation.Errors);
            Assert.Equal("Malformed filter.", validation.ErrorMessage);
            Assert.StartsWith("GET /monitors/12 (getMonitor) failed with 400 Bad Request.", validation.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Status_401_explains_that_the_raw_token_goes_in_Authorization_without_Bearer()
        {
            ApiException ex = await FailAsync(HttpStatusCode.Unauthorized, """{"message":"Unauthenticated."}""");

            Assert.IsType<ApiUnauthorizedException>(ex);
            Assert.Equal(
                "GET /monitors/12 (getMonitor) failed with 401 Unauthorized. Check the API token. This API expects the raw token in the 'Authorization' header, with no 'Bearer' or other prefix.",
                ex.Message);
        }

        [Fact]
        public async Task Status_401_for_a_prefixed_scheme_shows_the_prefix_form()
        {
            ApiException ex = await FailAsync(HttpStatusCode.Unauthorized, scheme: new ApiKeyScheme("Authorization", "Bearer"));

            Assert.IsType<ApiUnauthorizedException>(ex);
            Assert.EndsWith("This API expects it in the 'Authorization' header as 'Bearer <token>'.", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Status_403_is_a_forbidden_exception()
        {
            ApiException ex = await FailAsync(HttpStatusCode.Forbidden);

            Assert.IsType<ApiForbiddenException>(ex);
            Assert.StartsWith("GET /monitors/12 (getMonitor) failed with 403 Forbidden.", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Status_404_is_a_not_found_exception_naming_the_operation_and_request()
        {
            ApiException ex = await FailAsync(HttpStatusCode.NotFound, """{"message":"No query results for model [Monitor] 12"}""");

            ApiNotFoundException notFound = Assert.IsType<ApiNotFoundException>(ex);
            Assert.StartsWith("GET /monitors/12 (getMonitor) failed with 404 Not Found.", notFound.Message, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
            Assert.Equal("getMonitor", notFound.OperationId);
            Assert.Equal("GET", notFound.Method);
            Assert.Equal("https://api.pulsetic.com/api/public/monitors/12", notFound.RequestUri!.AbsoluteUri);
            Assert.Equal("No query results for model [Monitor] 12", notFound.ErrorMessage);
            Assert.DoesNotContain("No query results", notFound.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Status_409_is_a_conflict_exception()
        {
            ApiException ex = await FailAsync(HttpStatusCode.Conflict);

            Assert.IsType<ApiConflictException>(ex);
            Assert.Equal(HttpStatusCode.Conflict, ex.StatusCode);
        }

        [Fact]
        public async Task Status_422_is_a_validation_exception_with_the_laravel_errors_map()
        {
            const string Body = """
                {"message":"The url field is required. (and 1 more error)",
                 "errors":{"url":["The url field is required."],"name":["The name is too long.","The name has bad characters."],"odd":"single"}}
                """;

            ApiException ex = await FailAsync(HttpStatusCode.UnprocessableEntity, Body);

            ApiValidationException validation = Assert.IsType<ApiValidationException>(ex);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, validation.StatusCode);
            Assert.Equal("The url field is required. (and 1 more error)", validation.ErrorMessage);
            Assert.Equal(new[] { "The url field is required." }, validation.Errors["url"]);
            Assert.Equal(new[] { "The name is too long.", "The name has bad characters." }, validation.Errors["name"]);
            Assert.Equal(new[] { "single" }, validation.Errors["odd"]);
            Assert.Equal(
                "GET /monitors/12 (getMonitor) failed with 422 Unprocessable Entity. The server rejected the request as invalid; fields with errors: url, name, odd (see Errors).",
                validation.Message);
        }

        [Fact]
        public async Task Status_429_reads_Retry_After_in_seconds()
        {
            ApiException ex = await FailAsync((HttpStatusCode)429, configure: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30)));

            ApiRateLimitException rateLimit = Assert.IsType<ApiRateLimitException>(ex);
            Assert.Equal(TimeSpan.FromSeconds(30), rateLimit.RetryAfter);
            Assert.EndsWith("retry after 30 seconds.", rateLimit.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Status_429_reads_Retry_After_as_an_http_date_relative_to_the_response_date()
        {
            var date = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
            ApiException ex = await FailAsync((HttpStatusCode)429, configure: r =>
            {
                r.Headers.Date = date;
                r.Headers.TryAddWithoutValidation("Retry-After", "Wed, 01 May 2024 12:02:00 GMT");
            });

            Assert.Equal(TimeSpan.FromMinutes(2), Assert.IsType<ApiRateLimitException>(ex).RetryAfter);
        }

        [Fact]
        public async Task Status_429_with_a_past_date_waits_zero_and_without_the_header_has_no_wait()
        {
            ApiException past = await FailAsync((HttpStatusCode)429, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", "Sat, 01 Jan 2000 00:00:00 GMT"));
            ApiException absent = await FailAsync((HttpStatusCode)429);
            ApiException garbage = await FailAsync((HttpStatusCode)429, configure: r => r.Headers.TryAddWithoutValidation("Retry-After", "soon"));

            Assert.Equal(TimeSpan.Zero, Assert.IsType<ApiRateLimitException>(past).RetryAfter);
            Assert.Null(Assert.IsType<ApiRateLimitException>(absent).RetryAfter);
            Assert.Null(Assert.IsType<ApiRateLimitException>(garbage).RetryAfter);
        }

        [Theory]
        [InlineData(500, "500 Internal Server Error")]
        [InlineData(502, "502 Bad Gateway")]
        [InlineData(503, "503 Service Unavailable")]
        [InlineData(599, "599")]
        public async Task Status_5xx_is_a_server_exception(int status, string described)
        {
            ApiException ex = await FailAsync((HttpStatusCode)status);

            Assert.IsType<ApiServerException>(ex);
            Assert.Equal((HttpStatusCode)status, ex.StatusCode);
            Assert.StartsWith($"GET /monitors/12 (getMonitor) failed with {described}.", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task An_unlisted_status_falls_back_to_the_base_exception()
        {
            ApiException ex = await FailAsync((HttpStatusCode)418);

            Assert.Equal(typeof(ApiException), ex.GetType());
            Assert.Equal("GET /monitors/12 (getMonitor) failed with 418 I'm a teapot.", ex.Message);
        }

        [Fact]
        public async Task A_one_megabyte_error_body_is_capped_without_reading_it_all()
        {
            byte[] body = Encoding.UTF8.GetBytes(new string('x', 1024 * 1024));
            var stream = new ScriptedStream(body);
            ApiConnection connection = Create(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StreamContent(stream) });

            ApiException ex = await FailAsync(connection);

            Assert.Equal(ApiException.MaxResponseBodyLength, ex.ResponseBody!.Length);
            Assert.Equal(8192, ex.ResponseBody.Length);
            Assert.True(ex.IsResponseBodyTruncated);
            Assert.InRange(stream.BytesRead, 8192, 32 * 1024);
        }

        [Fact]
        public async Task A_short_body_is_kept_whole()
        {
            ApiException ex = await FailAsync(HttpStatusCode.NotFound, "{\"message\":\"gone\"}");

            Assert.Equal("{\"message\":\"gone\"}", ex.ResponseBody);
            Assert.False(ex.IsResponseBodyTruncated);
        }

        [Fact]
        public async Task Credential_headers_are_redacted_and_others_kept_case_insensitively()
        {
            ApiException ex = await FailAsync(HttpStatusCode.Forbidden, "{}", r =>
            {
                r.Headers.TryAddWithoutValidation("Set-Cookie", "session=abc; HttpOnly");
                r.Headers.TryAddWithoutValidation("Proxy-Authorization", "Basic dXNlcjpwYXNz");
                r.Headers.TryAddWithoutValidation("X-Request-Id", "req-42");
            });

            Assert.Equal(new[] { "[redacted]" }, ex.ResponseHeaders["set-cookie"]);
            Assert.Equal(new[] { "[redacted]" }, ex.ResponseHeaders["Proxy-Authorization"]);
            Assert.Equal(new[] { "req-42" }, ex.ResponseHeaders["x-request-id"]);
            Assert.Contains("application/json", ex.ResponseHeaders["Content-Type"].Single(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task The_header_of_a_custom_api_key_scheme_is_redacted()
        {
            ApiException ex = await FailAsync(HttpStatusCode.Unauthorized, configure: r => r.Headers.TryAddWithoutValidation("X-Api-Key", "whatever"), scheme: new ApiKeyScheme("X-API-Key"));

            Assert.Equal(new[] { "[redacted]" }, ex.ResponseHeaders["X-API-KEY"]);
        }

        [Fact]
        public async Task ErrorMessage_falls_back_to_other_common_shapes_and_is_capped()
        {
            ApiException nested = await FailAsync(HttpStatusCode.BadRequest, """{"error":{"message":"Bad filter"}}""");
            ApiException problem = await FailAsync(HttpStatusCode.BadRequest, """{"title":"Invalid","detail":"Page must be positive"}""");
            ApiException longOne = await FailAsync(HttpStatusCode.BadRequest, "{\"message\":\"" + new string('m', 2000) + "\"}");

            Assert.Equal("Bad filter", nested.ErrorMessage);
            Assert.Equal("Page must be positive", problem.ErrorMessage);
            Assert.Equal(500, longOne.ErrorMessage!.Length);
        }

        [Fact]
        public async Task An_html_error_page_does_not_break_the_mapping()
        {
            const string Html = "<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>";
            ApiException ex = await FailAsync(HttpStatusCode.BadGateway, configure: r => r.Content = new StringContent(Html, Encoding.UTF8, "text/html"));

            Assert.IsType<ApiServerException>(ex);
            Assert.Equal(Html, ex.ResponseBody);
            Assert.Null(ex.ErrorMessage);
            Assert.DoesNotContain("nginx", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Malformed_json_in_an_error_body_does_not_break_the_mapping()
        {
            ApiException ex = await FailAsync(HttpStatusCode.UnprocessableEntity, """{"message": "half""");

            ApiValidationException validation = Assert.IsType<ApiValidationException>(ex);
            Assert.Empty(validation.Errors);
            Assert.Null(validation.ErrorMessage);
        }

        [Fact]
        public async Task A_body_that_fails_to_read_still_throws_the_status_exception()
        {
            var stream = new ScriptedStream(Encoding.UTF8.GetBytes("{\"message\":\"x\"}"), failAfter: 3);
            ApiConnection connection = Create(_ => new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StreamContent(stream) });

            ApiException ex = await FailAsync(connection);

            Assert.IsType<ApiNotFoundException>(ex);
            Assert.Null(ex.ResponseBody);
        }

        [Fact]
        public async Task The_message_never_contains_the_body()
        {
            ApiException ex = await FailAsync(HttpStatusCode.NotFound, """{"message":"internal detail 1234"}""");

            Assert.DoesNotContain("internal detail", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("internal detail", ex.ToString(), StringComparison.Ordinal);
        }

        [Fact]
        public async Task User_information_is_removed_from_the_request_uri()
        {
            var stub = new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.NotFound));
            var client = new HttpClient(new ApiKeyHandler(Pulsetic, "pk_test_0123456789") { InnerHandler = stub })
            {
                BaseAddress = new Uri("https://user:hunter2@api.pulsetic.com/api/public/"),
            };
            var connection = new ApiConnection(client, BaseAddress, Pulsetic);

            ApiException ex = await FailAsync(connection);

            Assert.Equal("https://api.pulsetic.com/api/public/monitors/12", ex.RequestUri!.AbsoluteUri);
            Assert.DoesNotContain("hunter2", ex.ToString(), StringComparison.Ordinal);
        }

        public static TheoryData<int> ErrorStatuses => new() { 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503 };

        /// <summary>
        /// A server that echoes the token back (in a response header named Authorization, in another header and in the
        /// body) must not get it into anything the exception shows. The connection learns the token from the request the
        /// ApiKeyHandler decorated, so even the captured body and the parsed error fields are redacted.
        /// </summary>
        [Theory]
        [MemberData(nameof(ErrorStatuses))]
        public async Task The_canary_token_appears_nowhere_in_the_exception(int status)
        {
            const string Canary = "canary-7f3a9c";
            string body = $$"""{"message":"Token {{Canary}} rejected","errors":{"{{Canary}}":["bad {{Canary}}"]},"echo":"{{Canary}}"}""";
            var stub = new StubHttpMessageHandler(request =>
            {
                Assert.Equal(Canary, request.Headers.GetValues("Authorization").Single());
                HttpResponseMessage response = Respond((HttpStatusCode)status, body);
                Assert.True(response.Headers.TryAddWithoutValidation("Authorization", Canary));
                response.Headers.TryAddWithoutValidation("X-Echo", "you sent " + Canary);
                response.Headers.TryAddWithoutValidation("WWW-Authenticate", "Token realm=\"" + Canary + "\"");
                return response;
            });
            ApiConnection connection = Create(stub, token: Canary);

            ApiException ex = await FailAsync(connection);

            Assert.DoesNotContain(Canary, ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
            Assert.All(ex.ResponseHeaders.Values.SelectMany(v => v), v => Assert.DoesNotContain(Canary, v, StringComparison.Ordinal));
            Assert.Equal(new[] { "[redacted]" }, ex.ResponseHeaders["Authorization"]);
            Assert.Equal(new[] { "you sent [redacted]" }, ex.ResponseHeaders["X-Echo"]);
            Assert.DoesNotContain(Canary, ex.ResponseBody!, StringComparison.Ordinal);
            Assert.Contains("\"echo\":\"[redacted]\"", ex.ResponseBody!, StringComparison.Ordinal);
            Assert.DoesNotContain(Canary, ex.ErrorMessage ?? string.Empty, StringComparison.Ordinal);
            if (ex is ApiValidationException validation)
            {
                Assert.All(validation.Errors, e =>
                {
                    Assert.DoesNotContain(Canary, e.Key, StringComparison.Ordinal);
                    Assert.All(e.Value, m => Assert.DoesNotContain(Canary, m, StringComparison.Ordinal));
                });
            }
        }

        [Fact]
        public async Task A_token_cut_by_the_body_cap_is_still_redacted()
        {
            const string Token = "canary-7f3a9c-long-token";
            string body = new string('x', ApiException.MaxResponseBodyLength - 5) + Token + new string('y', 100);
            ApiConnection connection = Create(new StubHttpMessageHandler(_ => Respond(HttpStatusCode.InternalServerError, body)), token: Token);

            ApiException ex = await FailAsync(connection);

            Assert.True(ex.IsResponseBodyTruncated);
            Assert.EndsWith("[reda", ex.ResponseBody!, StringComparison.Ordinal);
            Assert.DoesNotContain("canary", ex.ResponseBody!, StringComparison.Ordinal);
        }

        [Fact]
        public void Public_constructors_let_callers_simulate_failures()
        {
            var errors = new Dictionary<string, IReadOnlyList<string>> { ["url"] = new[] { "required" } };

            Assert.Equal(HttpStatusCode.NotFound, new ApiNotFoundException("nope").StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), new ApiRateLimitException("slow down", TimeSpan.FromSeconds(5)).RetryAfter);
            Assert.Same(errors, new ApiValidationException("bad", errors).Errors);
            Assert.Equal(HttpStatusCode.BadGateway, new ApiServerException("down", HttpStatusCode.BadGateway).StatusCode);
            Assert.Empty(new ApiException("x").ResponseHeaders);
            Assert.IsAssignableFrom<IOException>(new ApiTransportException("reset", new IOException("reset")).InnerException);
        }
    }
}
