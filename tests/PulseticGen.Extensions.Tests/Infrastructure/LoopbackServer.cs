using System.Net.Sockets;
using System.Text;

namespace PulseticGen.Extensions.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 that answers every request with one canned response and records the request
/// lines it received. It serves at most <c>maxRequests</c> connections and stops when disposed.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _requestLines = [];
    private readonly Task _serving;

    public LoopbackServer(string response, int maxRequests = 5)
    {
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/");
        _serving = ServeAsync(response, maxRequests);
    }

    public Uri BaseAddress { get; }

    public IReadOnlyList<string> RequestLines
    {
        get
        {
            lock (_requestLines)
            {
                return _requestLines.ToArray();
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

    private async Task ServeAsync(string response, int maxRequests)
    {
        for (int served = 0; served < maxRequests; served++)
        {
            using TcpClient connection = await _listener.AcceptTcpClientAsync(_stop.Token);
            using NetworkStream stream = connection.GetStream();
            string head = await ReadHeadAsync(stream, _stop.Token);
            lock (_requestLines)
            {
                _requestLines.Add(head.Split("\r\n")[0]);
            }

            byte[] bytes = Encoding.ASCII.GetBytes(response);
            await stream.WriteAsync(bytes, _stop.Token);
        }
    }

    private static async Task<string> ReadHeadAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var head = new StringBuilder();
        byte[] buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return head.ToString();
    }
}
