namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>
/// A loopback HTTP server for list endpoints: records each request target (<c>/events?offset=0&amp;limit=2</c>) in order and
/// answers with the JSON page (and headers, such as <c>Link</c>) the test computes from it.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly StreamServer _server;
    private readonly List<string> _targets = [];

    public PageServer(Func<string, PageReply> respond)
    {
        _server = new StreamServer(async (requestLine, stream, ct) =>
        {
            // "GET /events?offset=0 HTTP/1.1"
            string target = requestLine.Split(' ')[1];
            lock (_targets)
            {
                _targets.Add(target);
            }

            PageReply reply = respond(target);
            await StreamServer.WriteHeadAsync(stream, reply.Status, "application/json", ct, reply.Headers);
            await StreamServer.WriteAsync(stream, reply.Body, ct);
        });
    }

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>The request targets received, in order.</summary>
    public IReadOnlyList<string> Targets
    {
        get
        {
            lock (_targets)
            {
                return _targets.ToArray();
            }
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

public sealed record PageReply(string Body, string Status = "200 OK", params string[] Headers);
