using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests.Operations;

/// <summary>
/// One API operation driven through the generated client: the call, the exact request it must produce and the
/// typed result it must read from a realistic response.
/// </summary>
public sealed class OperationCase
{
    private OperationCase(string operationId, string method, string url, StubReply reply, Func<PulseticClient, CancellationToken, Task> run, Action<JsonElement>? assertBody)
    {
        OperationId = operationId;
        Method = method;
        Url = url;
        Reply = reply;
        Run = run;
        AssertBody = assertBody;
    }

    public string OperationId { get; }

    public string Method { get; }

    /// <summary>The absolute URL, escaped as on the wire.</summary>
    public string Url { get; }

    public StubReply Reply { get; }

    /// <summary>Makes the call and asserts on its result.</summary>
    public Func<PulseticClient, CancellationToken, Task> Run { get; }

    /// <summary>Assertions on the JSON body; <see langword="null"/> for operations without one.</summary>
    public Action<JsonElement>? AssertBody { get; }

    public static OperationCase Read<T>(string operationId, string method, string relativeUrl, string sample, Func<PulseticClient, CancellationToken, Task<T>> call, Action<T> assertResult, Action<JsonElement>? assertBody = null) =>
        new(operationId, method, TestClients.BaseUrl + relativeUrl, StubReply.Json(Samples.Read(sample)), async (client, ct) => assertResult(await call(client, ct)), assertBody);

    public static OperationCase Delete(string operationId, string relativeUrl, Func<PulseticClient, CancellationToken, Task> call) =>
        new(operationId, "DELETE", TestClients.BaseUrl + relativeUrl, StubReply.NoContent(), call, null);

    public override string ToString() => OperationId;
}
