using System.Net.Sockets;
using System.Text;

namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1: it records each request body and answers 200 with a JSON body, by default
/// the request's own body (an echo), so a test sees what the client wrote and what it reads back. One request per
/// connection; it stops when disposed.
/// </summary>
public sealed class EchoServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _bodies = [];
    private readonly Func<string, string> _respond;
    private readonly Task _serving;

    public EchoServer(Func<string, string>? respond = null)
    {
        _respond = respond ?? (body => body);
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>The request bodies received, in order.</summary>
    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return _bodies.ToArray();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using TcpClient connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            using NetworkStream stream = connection.GetStream();
            string body = await ReadBodyAsync(stream, _stop.Token);
            lock (_bodies)
            {
                _bodies.Add(body);
            }

            byte[] content = Encoding.UTF8.GetBytes(_respond(body));
            string head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {content.Length}\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head), _stop.Token);
            await stream.WriteAsync(content, _stop.Token);
        }
    }

    private static async Task<string> ReadBodyAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        byte[] buffer = new byte[4096];
        int headEnd = -1;
        int contentLength = 0;
        while (true)
        {
            if (headEnd < 0)
            {
                headEnd = IndexOf(received, "\r\n\r\n"u8.ToArray());
                if (headEnd >= 0)
                {
                    string head = Encoding.ASCII.GetString(received.ToArray(), 0, headEnd);
                    string? lengthLine = head.Split("\r\n").FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                    contentLength = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (headEnd >= 0 && received.Count - (headEnd + 4) >= contentLength)
            {
                return Encoding.UTF8.GetString(received.ToArray(), headEnd + 4, contentLength);
            }

            int read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new System.IO.IOException("The client closed the connection before sending its whole request.");
            }

            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }
    }

    private static int IndexOf(List<byte> haystack, byte[] needle)
    {
        for (int i = 0; i + needle.Length <= haystack.Count; i++)
        {
            int j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j])
            {
                j++;
            }

            if (j == needle.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
