using System.Net.Sockets;
using System.Text;

namespace PulseticGen.Extensions.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP/1.1 server that answers the n-th request with the n-th scripted status (the last one repeats),
/// with a JSON number body on 2xx, and records each request's head. One request per connection.
/// </summary>
public sealed class ScriptedServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int[] _statuses;
    private readonly List<string> _heads = [];
    private readonly Task _serving;

    public ScriptedServer(params int[] statuses)
    {
        _statuses = statuses;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serving = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<string> Heads
    {
        get
        {
            lock (_heads)
            {
                return _heads.ToArray();
            }
        }
    }

    /// <summary>The value of <paramref name="name"/> in each request, or null where it was absent.</summary>
    public IReadOnlyList<string?> HeaderValues(string name) => Heads.Select(head => head.Split("\r\n")
        .Where(line => line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
        .Select(line => line[(name.Length + 1)..].Trim())
        .FirstOrDefault()).ToArray();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving.WaitAsync(TimeSpan.FromSeconds(10));
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
            string head = await ReadRequestAsync(stream, _stop.Token);
            int status;
            lock (_heads)
            {
                _heads.Add(head);
                status = _statuses[Math.Min(_heads.Count, _statuses.Length) - 1];
            }

            string body = status is >= 200 and < 300 ? "7" : "{\"message\":\"busy\"}";
            string response = $"HTTP/1.1 {status} Scripted\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(response), _stop.Token);
        }
    }

    // Reads the head and the body its Content-Length announces, so closing the socket never resets unread data.
    private static async Task<string> ReadRequestAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var received = new List<byte>();
        byte[] buffer = new byte[4096];
        while (true)
        {
            string text = Encoding.ASCII.GetString(received.ToArray());
            int headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (headEnd >= 0)
            {
                string head = text[..headEnd];
                string? length = head.Split("\r\n").FirstOrDefault(line => line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                int contentLength = length is null ? 0 : int.Parse(length["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                if (received.Count >= headEnd + 4 + contentLength)
                {
                    return head;
                }
            }

            int read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                return text;
            }

            received.AddRange(buffer.AsSpan(0, read).ToArray());
        }
    }
}
