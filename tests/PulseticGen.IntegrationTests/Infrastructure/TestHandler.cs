using System.Collections.Concurrent;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.IntegrationTests.Infrastructure;

/// <summary>
/// The handler under the generated client's token handler: adds fixed headers (the simulator's per-request fault
/// switches) and records the operation id of every request sent.
/// </summary>
public sealed class TestHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<string> _operations = new();

    public TestHandler(IReadOnlyDictionary<string, string>? headers = null)
        : base(new SocketsHttpHandler { AllowAutoRedirect = false })
    {
        foreach (KeyValuePair<string, string> header in headers ?? new Dictionary<string, string>())
        {
            Headers[header.Key] = header.Value;
        }
    }

    /// <summary>Headers added to every request from now on; tests may change them between calls.</summary>
    public ConcurrentDictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The operation ids of the requests sent, in order.</summary>
    public IReadOnlyCollection<string> Operations => _operations;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        foreach (KeyValuePair<string, string> header in Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        if (request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? endpoint))
        {
            _operations.Enqueue(endpoint.OperationId);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
