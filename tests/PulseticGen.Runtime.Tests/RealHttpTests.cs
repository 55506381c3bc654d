using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>The same failure paths over a real socket, where SocketsHttpHandler, not a stub, decides what is thrown.</summary>
    public sealed class RealHttpTests
    {
        private static readonly ApiEndpoint ListMonitors = new("listMonitors", "GET", "/monitors", "Monitors", null);

        [Fact]
        public async Task The_raw_token_goes_on_the_wire_and_an_echoed_canary_is_redacted()
        {
            const string Canary = "canary-7f3a9c";
            await using var server = new RawHttpServer(_ =>
                "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nAuthorization: " + Canary + "\r\nX-Echo: " + Canary
                + "\r\nConnection: close\r\nContent-Length: 45\r\n\r\n{\"message\":\"bad token canary-7f3a9c\",\"x\":1}  ");
            ApiConnection connection = Connect(server, Canary);

            ApiUnauthorizedException ex = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => SendAsync(connection));

            Assert.Contains("\r\nAuthorization: " + Canary + "\r\n", server.LastRequestHead, StringComparison.Ordinal);
            Assert.DoesNotContain(Canary, ex.ToString(), StringComparison.Ordinal);
            Assert.Equal(new[] { "[redacted]" }, ex.ResponseHeaders["Authorization"]);
            Assert.Equal(new[] { "[redacted]" }, ex.ResponseHeaders["X-Echo"]);
            Assert.Equal("bad token [redacted]", ex.ErrorMessage);
            Assert.DoesNotContain(Canary, ex.ResponseBody!, StringComparison.Ordinal);
        }

        [Fact]
        public async Task A_body_cut_short_by_the_server_is_a_transport_exception()
        {
            await using var server = new RawHttpServer(_ =>
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\nConnection: close\r\n\r\n{\"data\":[{\"id\":1,\"name\":\"cut");
            ApiConnection connection = Connect(server, "pk_test_0123456789");

            ApiTransportException ex = await Assert.ThrowsAsync<ApiTransportException>(() => SendAsync(connection));

            Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
            Assert.IsAssignableFrom<System.IO.IOException>(ex.InnerException);
        }

        [Fact]
        public async Task An_empty_chunked_success_body_is_a_serialization_exception()
        {
            await using var server = new RawHttpServer(_ =>
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n");
            ApiConnection connection = Connect(server, "pk_test_0123456789");

            ApiSerializationException ex = await Assert.ThrowsAsync<ApiSerializationException>(() => SendAsync(connection));

            Assert.Equal("MonitorPage", ex.TargetType);
        }

        [Fact]
        public async Task A_chunked_success_body_is_read()
        {
            const string Json = "{\"data\":[{\"id\":\"7\",\"ssl_check\":\"true\"}]}";
            await using var server = new RawHttpServer(_ =>
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + "10\r\n" + Json.Substring(0, 16) + "\r\n" + (Json.Length - 16).ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n" + Json.Substring(16) + "\r\n0\r\n\r\n");
            ApiConnection connection = Connect(server, "pk_test_0123456789");

            MonitorPage page = await SendAsync(connection);

            Assert.Equal(7, page.Data.Single().Id);
            Assert.True(page.Data.Single().SslCheck);
        }

        [Fact]
        public async Task A_refused_connection_is_a_transport_exception_without_status()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            int port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            var client = new HttpClient(new ApiKeyHandler(TestConnections.Pulsetic, "pk_test_0123456789") { InnerHandler = new SocketsHttpHandler() });
            var connection = new ApiConnection(client, new Uri($"http://127.0.0.1:{port}/api/public/"), TestConnections.Pulsetic);

            ApiTransportException ex = await Assert.ThrowsAsync<ApiTransportException>(() => SendAsync(connection));

            Assert.Null(ex.StatusCode);
            Assert.IsType<HttpRequestException>(ex.InnerException);
            Assert.StartsWith("GET /monitors (listMonitors) failed before a response arrived:", ex.Message, StringComparison.Ordinal);
        }

        private static ApiConnection Connect(RawHttpServer server, string token)
        {
            var client = new HttpClient(new ApiKeyHandler(TestConnections.Pulsetic, token)
            {
                TrustedBaseAddress = server.BaseAddress,
                InnerHandler = new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(5) },
            })
            {
                Timeout = TimeSpan.FromSeconds(20),
            };
            return new ApiConnection(client, server.BaseAddress, TestConnections.Pulsetic);
        }

        private static async Task<MonitorPage> SendAsync(ApiConnection connection)
        {
            using HttpRequestMessage request = connection.CreateRequest(ListMonitors, "monitors");
            return await connection.SendAsync(request, ListMonitors, TypeInfos.MonitorPage, CancellationToken.None);
        }
    }
}
