using System;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>
    /// A loopback HTTP/1.1 server that answers every connection with scripted raw bytes and closes it, so tests see what
    /// SocketsHttpHandler really does with truncated bodies, echoed headers and chunked encoding.
    /// </summary>
    internal sealed class RawHttpServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly Func<string, byte[]> _respond;
        private readonly Task _serving;

        public RawHttpServer(Func<string, string> respond)
            : this(head => Encoding.UTF8.GetBytes(respond(head)))
        {
        }

        public RawHttpServer(Func<string, byte[]> respond)
        {
            _respond = respond;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/public/");
            _serving = Task.Run(ServeAsync);
        }

        public Uri BaseAddress { get; }

        /// <summary>The head (request line and headers) of the last request received.</summary>
        public string? LastRequestHead { get; private set; }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            await _serving.WaitAsync(TimeSpan.FromSeconds(10));
        }

        private async Task ServeAsync()
        {
            while (true)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync();
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using (client)
                {
                    NetworkStream stream = client.GetStream();
                    string head = await ReadHeadAsync(stream);
                    LastRequestHead = head;
                    byte[] response = _respond(head);
                    await stream.WriteAsync(response);
                    await stream.FlushAsync();
                    client.Client.Shutdown(SocketShutdown.Send);
                }
            }
        }

        private static async Task<string> ReadHeadAsync(NetworkStream stream)
        {
            var head = new StringBuilder();
            byte[] buffer = new byte[1];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (head.Length < 64 * 1024 && !head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await stream.ReadAsync(buffer, timeout.Token) == 0)
                {
                    break;
                }

                head.Append((char)buffer[0]);
            }

            return head.ToString();
        }
    }
}
