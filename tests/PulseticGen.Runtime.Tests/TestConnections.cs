using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>A connection wired as a generated client would be: ApiKeyHandler in front of a stub server.</summary>
    internal static class TestConnections
    {
        public static readonly ApiKeyScheme Pulsetic = new("Authorization");

        public static readonly Uri BaseAddress = new("https://api.pulsetic.com/api/public/");

        public static readonly ApiEndpoint GetMonitor = new("getMonitor", "GET", "/monitors/{monitorId}", "Monitors", "Get a monitor");

        public static ApiConnection Create(StubHttpMessageHandler stub, ApiKeyScheme? scheme = null, string token = "pk_test_0123456789", TimeSpan? timeout = null)
        {
            scheme ??= Pulsetic;
            var client = new HttpClient(new ApiKeyHandler(scheme, token) { InnerHandler = stub });
            if (timeout is { } t)
            {
                client.Timeout = t;
            }

            return new ApiConnection(client, BaseAddress, scheme);
        }

        public static ApiConnection Create(Func<HttpRequestMessage, HttpResponseMessage> respond, ApiKeyScheme? scheme = null, string token = "pk_test_0123456789") =>
            Create(new StubHttpMessageHandler(respond), scheme, token);

        /// <summary>Sends GET monitors/12 and returns what it threw.</summary>
        public static async Task<ApiException> FailAsync(ApiConnection connection)
        {
            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12");
            return await Assert.ThrowsAnyAsync<ApiException>(() => connection.SendAsync(request, GetMonitor, CancellationToken.None));
        }

        public static Task<ApiException> FailAsync(HttpStatusCode status, string body = "", Action<HttpResponseMessage>? configure = null, ApiKeyScheme? scheme = null) =>
            FailAsync(Create(_ => Respond(status, body, configure), scheme));

        public static HttpResponseMessage Respond(HttpStatusCode status, string body, Action<HttpResponseMessage>? configure = null)
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            configure?.Invoke(response);
            return response;
        }

        public static HttpResponseMessage Json(string body) => Respond(HttpStatusCode.OK, body);
    }

    /// <summary>Serves bytes and counts how many were read, or fails after a number of bytes like a reset connection.</summary>
    internal sealed class ScriptedStream : Stream
    {
        private readonly byte[] _data;
        private readonly int _failAfter;
        private int _position;

        public ScriptedStream(byte[] data, int failAfter = int.MaxValue)
        {
            _data = data;
            _failAfter = failAfter;
        }

        public int BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_position >= _failAfter)
            {
                throw new IOException("Connection reset by peer.");
            }

            int n = Math.Min(Math.Min(count, _data.Length - _position), _failAfter - _position);
            Array.Copy(_data, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer, offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
        {
            byte[] chunk = new byte[buffer.Length];
            int n = Read(chunk, 0, chunk.Length);
            chunk.AsSpan(0, n).CopyTo(buffer.Span);
            return new ValueTask<int>(n);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
