namespace PulseticGen.Client.Tests.Operations;

/// <summary>Every operation of the spec, one <see cref="OperationCase"/> each, keyed by operationId.</summary>
public static partial class OperationCases
{
    public static IReadOnlyDictionary<string, OperationCase> ById { get; } =
        MonitorCases().Concat(StatusPageCases()).Concat(HeartbeatAndDomainCases()).ToDictionary(c => c.OperationId, StringComparer.Ordinal);

    /// <summary>Theory data: operation ids only, so each case is discovered and reported on its own.</summary>
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (string id in ById.Keys)
        {
            data.Add(id);
        }

        return data;
    }

    public static TheoryData<string> WriteIds()
    {
        var data = new TheoryData<string>();
        foreach (OperationCase operation in ById.Values.Where(c => c.AssertBody is not null))
        {
            data.Add(operation.OperationId);
        }

        return data;
    }
}
