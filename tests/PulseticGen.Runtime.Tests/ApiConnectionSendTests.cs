using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using PulseticGen.Runtime.Serialization;
using Xunit;
using static PulseticGen.Runtime.Tests.TestConnections;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiConnectionSendTests
    {
        private static readonly ApiEndpoint ListMonitors = new("listMonitors", "GET", "/monitors", "Monitors", "List monitors");

        [Fact]
        public async Task Reads_a_success_body_with_lenient_scalars()
        {
            ApiConnection connection = Create(_ => Json("""{"data":[{"id":"12","name":200,"ssl_check":1}],"last_page":3}"""));

            MonitorPage page = await SendAsync(connection);

            MonitorModel monitor = Assert.Single(page.Data);
            Assert.Equal((12L, "200", true), (monitor.Id, monitor.Name, monitor.SslCheck));
            Assert.Equal(3, page.LastPage);
        }

        [Fact]
        public async Task Disposes_the_response()
        {
            var content = new TrackingContent("""{"data":[]}""");
            ApiConnection connection = Create(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = content });

            await SendAsync(connection);

            Assert.True(content.Disposed);
        }

        [Fact]
        public async Task A_nested_converter_failure_reports_the_full_json_path()
        {
            ApiConnection connection = Create(_ => Json("""{"data":[{"id":1,"ssl_check":"maybe"}]}"""));

            ApiSerializationException ex = await Assert.ThrowsAsync<ApiSerializationException>(() => SendAsync(connection));

            Assert.Equal("$.data[0].ssl_check", ex.JsonPath);
            Assert.Equal("MonitorPage", ex.TargetType);
            Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
            Assert.Equal("listMonitors", ex.OperationId);
            Assert.StartsWith("GET /monitors (listMonitors) returned 200 OK, but the body could not be read as MonitorPage at $.data[0].ssl_check.", ex.Message, StringComparison.Ordinal);
            Assert.IsType<JsonReadException>(ex.InnerException);
        }

        [Fact]
        public async Task A_missing_required_property_and_a_forbidden_null_report_paths()
        {
            ApiConnection missing = Create(_ => Json("""{"data":[{"id":1},{"name":"x"}]}"""));
            ApiConnection nulled = Create(_ => Json("""{"data":[{"id":null}]}"""));

            ApiSerializationException missingEx = await Assert.ThrowsAsync<ApiSerializationException>(() => SendAsync(missing));
            ApiSerializationException nulledEx = await Assert.ThrowsAsync<ApiSerializationException>(() => SendAsync(nulled));

            Assert.Equal("$.data[1]", missingEx.JsonPath);
            Assert.Contains("'id'", missingEx.Message, StringComparison.Ordinal);
            Assert.Equal("$.data[0].id", nulledEx.JsonPath);
        }

        [Fact]
        public async Task A_truncated_json_body_is_a_serialization_exception()
        {
            ApiConnection connection = Create(_ => Json("""{"data":[{"id":1,"name":"trunc"""));

            ApiSerializationException ex = await Assert.ThrowsAsync<ApiSerializationException>(() => SendAsync(connection));

            Assert.Equal("MonitorPage", ex.TargetType);
            Assert.NotNull(ex.JsonPath);
        }

        [Fact]
        public async Task An_html_success_body_is_a_serialization_exception()
        {
            ApiConnection connection = Create(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>maintenance</html>", Encoding.UTF8, "text/html") });

            ApiSerializationException ex = await Assert.ThrowsAsync<ApiSerializationException>(() => SendAsync(connection));

            Assert.Contains("'<' is an invalid start of a value", ex.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(HttpStatusCode.OK, "")]
        [InlineData(HttpStatusCode.NoContent, "")]
        [InlineData(HttpStatusCode.OK, "null")]
        public async Task An_empty_or_null_body_where_a_value_is_expected_is_a_serialization_exception(HttpStatusCode status, string body)
        {
            ApiConnection connection = Create(_ => new HttpResponseMessage(status) { Content = new StringContent(body) });

            ApiSerializationException ex = await Assert.ThrowsAsync<ApiSerializationException>(() => SendAsync(connection));

            Assert.Equal("MonitorPage", ex.TargetType);
            Assert.Contains(body.Length == 0 ? "empty" : "null", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_stream_that_fails_mid_body_is_a_transport_exception_with_the_status()
        {
            byte[] json = Encoding.UTF8.GetBytes("""{"data":[{"id":1,"name":"a long enough name to be cut"}]}""");
            ApiConnection connection = Create(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new ScriptedStream(json, failAfter: 20)) });

            ApiTransportException ex = await Assert.ThrowsAsync<ApiTransportException>(() => SendAsync(connection));

            Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
            Assert.IsType<IOException>(ex.InnerException);
            Assert.False(ex.IsTimeout);
            Assert.Contains("reading the response body failed", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_connection_failure_is_a_transport_exception_without_a_status()
        {
            ApiConnection connection = Create(new StubHttpMessageHandler(_ => throw new HttpRequestException("Connection refused (api.pulsetic.com:443)")));

            ApiTransportException ex = await Assert.ThrowsAsync<ApiTransportException>(() => SendAsync(connection));

            Assert.Null(ex.StatusCode);
            Assert.Empty(ex.ResponseHeaders);
            Assert.Equal("GET /monitors (listMonitors) failed before a response arrived: Connection refused (api.pulsetic.com:443)", ex.Message);
        }

        [Fact]
        public async Task Caller_cancellation_propagates_as_operation_canceled()
        {
            using var cts = new CancellationTokenSource();
            var stub = new StubHttpMessageHandler(async (_, token) =>
            {
                cts.Cancel();
                await Task.Delay(Timeout.Infinite, token);
                return new HttpResponseMessage(HttpStatusCode.OK);
            });
            ApiConnection connection = Create(stub);
            using HttpRequestMessage request = connection.CreateRequest(ListMonitors, "monitors");

            OperationCanceledException ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.SendAsync(request, ListMonitors, TypeInfos.MonitorPage, cts.Token));

            Assert.Equal(cts.Token, ex.CancellationToken);
        }

        [Fact]
        public async Task Caller_cancellation_while_reading_the_body_carries_the_callers_token()
        {
            using var cts = new CancellationTokenSource();
            ApiConnection connection = Create(new StubHttpMessageHandler(_ =>
            {
                cts.CancelAfter(50);
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) };
            }));
            using HttpRequestMessage request = connection.CreateRequest(ListMonitors, "monitors");

            OperationCanceledException ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.SendAsync(request, ListMonitors, TypeInfos.MonitorPage, cts.Token));

            Assert.Equal(cts.Token, ex.CancellationToken);
        }

        [Fact]
        public async Task Caller_cancellation_while_reading_an_error_body_is_not_swallowed()
        {
            using var cts = new CancellationTokenSource();
            ApiConnection connection = Create(new StubHttpMessageHandler(_ =>
            {
                cts.CancelAfter(50);
                return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StreamContent(new StallingStream()) };
            }));
            using HttpRequestMessage request = connection.CreateRequest(ListMonitors, "monitors");

            OperationCanceledException ex = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => connection.SendAsync(request, ListMonitors, cts.Token));

            Assert.Equal(cts.Token, ex.CancellationToken);
        }

        [Fact]
        public async Task A_timeout_while_reading_an_error_body_still_throws_the_status_exception()
        {
            ApiConnection connection = Create(
                new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new StreamContent(new StallingStream()) }),
                timeout: TimeSpan.FromMilliseconds(200));

            ApiServerException ex = await Assert.ThrowsAsync<ApiServerException>(() => SendAsync(connection));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
            Assert.Null(ex.ResponseBody);
        }

        [Fact]
        public async Task An_http_client_timeout_is_a_transport_exception_that_says_so()
        {
            var stub = new StubHttpMessageHandler(async (_, token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return new HttpResponseMessage(HttpStatusCode.OK);
            });
            ApiConnection connection = Create(stub, timeout: TimeSpan.FromMilliseconds(200));

            ApiTransportException ex = await Assert.ThrowsAsync<ApiTransportException>(() => SendAsync(connection));

            Assert.True(ex.IsTimeout);
            Assert.Null(ex.StatusCode);
            Assert.Equal("GET /monitors (listMonitors) timed out after 0.2 seconds (HttpClient.Timeout) before a response arrived.", ex.Message);
        }

        [Fact]
        public async Task The_timeout_also_bounds_a_body_that_stalls_after_the_headers()
        {
            ApiConnection connection = Create(
                new StubHttpMessageHandler(_ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) }),
                timeout: TimeSpan.FromMilliseconds(200));

            ApiTransportException ex = await Assert.ThrowsAsync<ApiTransportException>(() => SendAsync(connection));

            Assert.True(ex.IsTimeout);
            Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
            Assert.EndsWith("while reading the response body.", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task SendAsync_without_a_result_ignores_the_success_body_and_maps_errors()
        {
            ApiConnection ok = Create(_ => Json("not json at all"));
            ApiConnection missing = Create(_ => Respond(HttpStatusCode.NotFound, "{}"));
            var endpoint = new ApiEndpoint("deleteMonitor", "DELETE", "/monitors/{id}", null, null);

            using HttpRequestMessage first = ok.CreateRequest(endpoint, "monitors/1");
            await ok.SendAsync(first, endpoint, CancellationToken.None);
            using HttpRequestMessage second = missing.CreateRequest(endpoint, "monitors/1");
            ApiNotFoundException ex = await Assert.ThrowsAsync<ApiNotFoundException>(() => missing.SendAsync(second, endpoint, CancellationToken.None));

            Assert.StartsWith("DELETE /monitors/1 (deleteMonitor) failed with 404 Not Found.", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_json_body_can_be_sent_again_by_a_retrying_handler()
        {
            var received = new System.Collections.Generic.List<string>();
            var stub = new StubHttpMessageHandler(async (request, token) =>
            {
                received.Add(await request.Content!.ReadAsStringAsync(token));
                return Json("""{"data":[]}""");
            });
            var client = new HttpClient(new SendTwiceHandler { InnerHandler = new ApiKeyHandler(Pulsetic, "pk_test_0123456789") { InnerHandler = stub } });
            var connection = new ApiConnection(client, BaseAddress, Pulsetic);
            HttpRequestMessage request = connection.CreateRequest(ListMonitors, "monitors");
            request.Content = ApiContent.Json(new MonitorModel { Id = 5, Name = "api", SslCheck = true }, TypeInfos.Monitor);

            await connection.SendAsync(request, ListMonitors, TypeInfos.MonitorPage, CancellationToken.None);

            Assert.Equal(new[] { """{"id":5,"name":"api","ssl_check":true}""", """{"id":5,"name":"api","ssl_check":true}""" }, received);
        }

        [Theory]
        [InlineData(HttpStatusCode.OK)]
        [InlineData(HttpStatusCode.NotFound)]
        public async Task SendAsync_disposes_the_request_it_was_handed(HttpStatusCode status)
        {
            ApiConnection connection = Create(_ => Respond(status, """{"data":[]}"""));
            var content = new TrackingContent("{}");
            HttpRequestMessage typed = connection.CreateRequest(ListMonitors, "monitors");
            typed.Content = content;
            var untypedContent = new TrackingContent("{}");
            HttpRequestMessage untyped = connection.CreateRequest(ListMonitors, "monitors");
            untyped.Content = untypedContent;

            await Record.ExceptionAsync(() => connection.SendAsync(typed, ListMonitors, TypeInfos.MonitorPage, CancellationToken.None));
            await Record.ExceptionAsync(() => connection.SendAsync(untyped, ListMonitors, CancellationToken.None));

            Assert.True(content.Disposed);
            Assert.True(untypedContent.Disposed);
        }

        private static async Task<MonitorPage> SendAsync(ApiConnection connection)
        {
            using HttpRequestMessage request = connection.CreateRequest(ListMonitors, "monitors");
            return await connection.SendAsync(request, ListMonitors, TypeInfos.MonitorPage, CancellationToken.None);
        }

        private sealed class SendTwiceHandler : DelegatingHandler
        {
            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                (await base.SendAsync(request, cancellationToken)).Dispose();
                return await base.SendAsync(request, cancellationToken);
            }
        }

        private sealed class TrackingContent : StringContent
        {
            public TrackingContent(string body)
                : base(body, Encoding.UTF8, "application/json")
            {
            }

            public bool Disposed { get; private set; }

            protected override void Dispose(bool disposing)
            {
                Disposed = true;
                base.Dispose(disposing);
            }
        }

        private sealed class StallingStream : MemoryStream
        {
            public override bool CanSeek => false;

            public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
                return 0;
            }

            public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        }
    }
}
