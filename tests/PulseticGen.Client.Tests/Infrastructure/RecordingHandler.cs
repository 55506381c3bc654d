using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>
/// The innermost handler of a test client: records every request as it would go on the wire and answers with a
/// configured reply, optionally after waiting (honouring the request's cancellation token).
/// </summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly List<RecordedRequest> _requests = [];
    private readonly object _gate = new();
    private Func<RecordedRequest, int, StubReply> _reply = (_, _) => StubReply.NoContent();

    /// <summary>Waited before replying; the wait is cancelled with the request.</summary>
    public TimeSpan Delay { get; set; }

    public bool IsDisposed { get; private set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public int RequestCount => Requests.Count;

    public RecordedRequest Single => Assert.Single(Requests);

    /// <summary>Answers every request the same way.</summary>
    public RecordingHandler Reply(StubReply reply)
    {
        _reply = (_, _) => reply;
        return this;
    }

    /// <summary>Answers each request with a reply chosen from the request and its zero-based position.</summary>
    public RecordingHandler Reply(Func<RecordedRequest, int, StubReply> reply)
    {
        _reply = reply;
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
        {
            headers[header.Key] = string.Join(", ", header.Value);
        }

        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? endpoint);
        var recorded = new RecordedRequest(
            request.Method.Method,
            request.RequestUri!,
            headers,
            request.Content?.Headers.ContentType?.ToString(),
            body,
            endpoint);

        int index;
        lock (_gate)
        {
            index = _requests.Count;
            _requests.Add(recorded);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        return _reply(recorded, index).ToResponse(request);
    }

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}
