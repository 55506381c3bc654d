using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Extensions.Tests.Infrastructure;

/// <summary>One request as the primary handler saw it.</summary>
public sealed record SentRequest(string Method, Uri Uri, string? Authorization, string? Body, string? OperationId);

/// <summary>
/// Stands in for the network as the client's primary handler: records each request and answers the n-th one with the
/// n-th reply (the last reply repeats).
/// </summary>
public sealed class StubHandler : HttpMessageHandler
{
    private readonly Func<CancellationToken, Task<HttpResponseMessage>>[] _replies;
    private readonly List<SentRequest> _requests = [];
    private readonly object _gate = new();

    public StubHandler(params Func<CancellationToken, Task<HttpResponseMessage>>[] replies)
    {
        _replies = replies.Length == 0 ? [Reply.Number(1234)] : replies;
    }

    public IReadOnlyList<SentRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return _requests.ToArray();
            }
        }
    }

    public SentRequest Single => Assert.Single(Requests);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string? authorization = request.Headers.TryGetValues("Authorization", out IEnumerable<string>? values) ? string.Join(", ", values) : null;
        string? body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        string? operationId = request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? endpoint) ? endpoint.OperationId : null;

        int index;
        lock (_gate)
        {
            index = _requests.Count;
            _requests.Add(new SentRequest(request.Method.Method, request.RequestUri!, authorization, body, operationId));
        }

        HttpResponseMessage response = await _replies[Math.Min(index, _replies.Length - 1)](cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}

/// <summary>Replies for <see cref="StubHandler"/>.</summary>
public static class Reply
{
    public static Func<CancellationToken, Task<HttpResponseMessage>> Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        _ => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") });

    /// <summary>A bare JSON number, the body of Pulsetic's <c>getMonitorDowntime</c>.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Number(double value) =>
        Json(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A body for operations that answer one monitor.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Monitor() =>
        Json("""{"data":{"id":115988,"url":"https://example.com"}}""");

    public static Func<CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string? retryAfter = null) =>
        _ =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent("""{"message":"stub"}""", System.Text.Encoding.UTF8, "application/json") };
            if (retryAfter is not null)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
            }

            return Task.FromResult(response);
        };

    /// <summary>Never answers; ends only when the request is cancelled (a timeout or the caller).</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> Hang() =>
        async cancellationToken =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("Unreachable.");
        };

    /// <summary>Fails like a reset connection.</summary>
    public static Func<CancellationToken, Task<HttpResponseMessage>> ConnectionReset() =>
        _ => Task.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError, "The stub reset the connection."));
}
