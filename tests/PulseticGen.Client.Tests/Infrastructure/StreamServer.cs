using System.IO;
using System.Net.Sockets;
using System.Text;

namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP/1.1 server whose handler writes the whole response (status line, headers, body) itself, flushing as
/// it goes, so tests can stream events, stall mid-stream or answer with any status. One request per connection; the
/// body ends when the connection closes.
/// </summary>
public sealed class StreamServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<string, Stream, CancellationToken, Task> _respond;
    private readonly Task _serving;

    /// <param name="respond">Gets the request line (<c>GET /chat HTTP/1.1</c>) and the connection's stream.</param>
    public StreamServer(Func<string, Stream, CancellationToken, Task> respond)
    {
        _respond = respond;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _serving = ServeAsync();
    }

    public Uri BaseAddress { get; }

    /// <summary>Completes when the client has closed the connection of the last request (its read returned 0 or failed).</summary>
    public TaskCompletionSource ClientClosed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        WriteAndFlushAsync(stream, Encoding.UTF8.GetBytes(text), cancellationToken);

    /// <summary>Writes a response head for <paramref name="status"/> without a length: the body runs to the end of the connection.</summary>
    public static Task WriteHeadAsync(Stream stream, string status, string contentType, CancellationToken cancellationToken, params string[] headers) =>
        WriteAsync(stream, $"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Connection: close\r\n\r\n", cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _serving;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException or IOException)
        {
        }

        _stop.Dispose();
    }

    private static async Task WriteAndFlushAsync(Stream stream, byte[] bytes, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(bytes, cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using TcpClient connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            using NetworkStream stream = connection.GetStream();
            string requestLine = await ReadHeadAsync(stream, _stop.Token);
            try
            {
                await _respond(requestLine, stream, _stop.Token);
            }
            catch (IOException)
            {
                // The client went away mid-response, which is what some tests provoke.
            }

            connection.Client.Shutdown(SocketShutdown.Send);
            await WatchCloseAsync(stream);
        }
    }

    private async Task WatchCloseAsync(NetworkStream stream)
    {
        try
        {
            var buffer = new byte[256];
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            limit.CancelAfter(TimeSpan.FromSeconds(10));
            while (await stream.ReadAsync(buffer, limit.Token) > 0)
            {
            }
        }
        catch (Exception exception) when (exception is IOException or OperationCanceledException)
        {
        }

        ClientClosed.TrySetResult();
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (await stream.ReadAsync(one, cancellationToken) == 1)
        {
            head.Add(one[0]);
            int n = head.Count;
            if (n >= 4 && head[n - 4] == '\r' && head[n - 3] == '\n' && head[n - 2] == '\r' && head[n - 1] == '\n')
            {
                break;
            }
        }

        string text = Encoding.ASCII.GetString(head.ToArray());
        int end = text.IndexOf("\r\n", StringComparison.Ordinal);
        return end < 0 ? text : text[..end];
    }
}
