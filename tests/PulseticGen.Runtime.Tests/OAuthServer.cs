using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>
    /// A loopback authorization server and API in one: <c>POST /token</c> issues <c>tok-1</c>, <c>tok-2</c>, … for the
    /// right client credentials, and every other path answers 200 only to the newest token not revoked. Connections are
    /// served concurrently, one request each.
    /// </summary>
    internal sealed class OAuthServer : IAsyncDisposable
    {
        public const string ClientId = "client-a";
        public const string ClientSecret = "s3cret-canary-9d2e";

        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;
        private readonly object _gate = new();
        private readonly List<string> _tokenRequests = new();
        private readonly List<string> _apiAuthorizations = new();
        private int _issued;
        private string? _valid;

        public OAuthServer(int expiresIn = 3600, TimeSpan? tokenDelay = null)
        {
            ExpiresIn = expiresIn;
            TokenDelay = tokenDelay ?? TimeSpan.Zero;
            _listener.Start();
            Root = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
            _serving = Task.Run(AcceptAsync);
        }

        public Uri Root { get; }

        public Uri TokenUrl => new(Root, "token");

        public Uri ApiAddress => new(Root, "api/");

        public int ExpiresIn { get; set; }

        public TimeSpan TokenDelay { get; set; }

        /// <summary>The whole token requests (head and body) received.</summary>
        public IReadOnlyList<string> TokenRequests { get { lock (_gate) { return _tokenRequests.ToArray(); } } }

        /// <summary>The Authorization header of each API request.</summary>
        public IReadOnlyList<string> ApiAuthorizations { get { lock (_gate) { return _apiAuthorizations.ToArray(); } } }

        /// <summary>Makes the API refuse the current token, as after a key rotation on the server's side.</summary>
        public void RevokeCurrentToken()
        {
            lock (_gate)
            {
                _valid = null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            _stop.Cancel();
            _listener.Stop();
            try
            {
                await _serving.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
            }
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await _listener.AcceptTcpClientAsync(_stop.Token);
                }
                catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
                {
                    return;
                }

                _ = Task.Run(() => ServeAsync(client));
            }
        }

        private async Task ServeAsync(TcpClient client)
        {
            using (client)
            {
                NetworkStream stream = client.GetStream();
                string request = await ReadRequestAsync(stream);
                string path = request.Split(' ', 3)[1];
                string response = path.StartsWith("/token", StringComparison.Ordinal) ? await IssueAsync(request) : Answer(request);
                byte[] bytes = Encoding.UTF8.GetBytes(response);
                await stream.WriteAsync(bytes);
                await stream.FlushAsync();
            }
        }

        private async Task<string> IssueAsync(string request)
        {
            if (TokenDelay > TimeSpan.Zero)
            {
                await Task.Delay(TokenDelay);
            }

            string expected = "Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ClientId + ":" + ClientSecret));
            lock (_gate)
            {
                _tokenRequests.Add(request);
                if (!request.Contains(expected, StringComparison.Ordinal) && !request.Contains("client_secret=" + ClientSecret, StringComparison.Ordinal))
                {
                    // Echoes what it got, as careless servers do: the client must not pass the secret on.
                    string body = "{\"error\":\"invalid_client\",\"error_description\":\"unknown client or secret in: " + request.Replace("\r\n", " ").Replace("\"", "'") + "\"}";
                    return Json("401 Unauthorized", body);
                }

                _issued++;
                _valid = "tok-" + _issued;
                return Json("200 OK", $"{{\"access_token\":\"{_valid}\",\"token_type\":\"bearer\",\"expires_in\":{ExpiresIn}}}");
            }
        }

        private string Answer(string request)
        {
            string authorization = Header(request, "Authorization") ?? "";
            lock (_gate)
            {
                _apiAuthorizations.Add(authorization);
                return _valid is not null && authorization == "Bearer " + _valid ? Json("200 OK", "42") : Json("401 Unauthorized", "{\"message\":\"token rejected\"}");
            }
        }

        private static string? Header(string request, string name)
        {
            foreach (string line in request.Split("\r\n"))
            {
                if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
                {
                    return line.Substring(name.Length + 1).Trim();
                }
            }

            return null;
        }

        private static string Json(string status, string body) =>
            $"HTTP/1.1 {status}\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}";

        private static async Task<string> ReadRequestAsync(NetworkStream stream)
        {
            var received = new List<byte>();
            byte[] buffer = new byte[4096];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                string text = Encoding.UTF8.GetString(received.ToArray());
                int headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headEnd >= 0)
                {
                    int length = int.TryParse(Header(text.Substring(0, headEnd), "Content-Length"), out int l) ? l : 0;
                    if (received.Count >= headEnd + 4 + length)
                    {
                        return text;
                    }
                }

                int read = await stream.ReadAsync(buffer, timeout.Token);
                if (read == 0)
                {
                    return text;
                }

                received.AddRange(new ArraySegment<byte>(buffer, 0, read));
            }
        }
    }
}
