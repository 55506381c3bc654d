using System.Text.RegularExpressions;
using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests.Operations;

/// <summary>Each of the 36 operations, as a user calls it, checked on the wire and in the typed result.</summary>
public sealed class OperationTests
{
    [Theory]
    [MemberData(nameof(OperationCases.Ids), MemberType = typeof(OperationCases))]
    public async Task Sends_the_exact_request_and_reads_the_typed_result(string operationId)
    {
        OperationCase operation = OperationCases.ById[operationId];
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(operation.Reply);
        using (client)
        {
            await operation.Run(client, CancellationToken.None);
        }

        RecordedRequest request = handler.Single;
        Assert.Equal(operation.Method, request.Method);
        Assert.Equal(operation.Url, request.Url);
        Assert.Equal(TestClients.Token, request.Authorization);
        Assert.Equal("application/json", request.Headers["Accept"]);
        if (operation.AssertBody is null)
        {
            Assert.Null(request.Body);
            Assert.Null(request.ContentType);
        }
        else
        {
            Assert.Equal("application/json; charset=utf-8", request.ContentType);
            operation.AssertBody(request.Json());
        }
    }

    [Theory]
    [MemberData(nameof(OperationCases.Ids), MemberType = typeof(OperationCases))]
    public async Task Tags_the_request_with_its_catalog_endpoint(string operationId)
    {
        OperationCase operation = OperationCases.ById[operationId];
        ApiEndpoint endpoint = Assert.Single(PulseticEndpoints.All, e => e.OperationId == operationId);
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(operation.Reply);
        using (client)
        {
            await operation.Run(client, CancellationToken.None);
        }

        RecordedRequest request = handler.Single;
        Assert.Same(endpoint, request.Endpoint);
        // The request is built from the catalog entry, so comparing the two would prove nothing: the entry is checked
        // against the hand-written expectation instead, and its template against the path that was sent.
        Assert.Equal(operation.Method, endpoint.Method);
        Assert.Matches(TemplateToPattern(endpoint.PathTemplate), request.Uri.AbsolutePath);
    }

    [Fact]
    public void Catalog_lists_each_of_the_36_operations_once()
    {
        Assert.Equal(36, PulseticEndpoints.All.Count);
        Assert.Equal(36, PulseticEndpoints.All.Select(e => e.OperationId).Distinct().Count());
        Assert.Equal(36, PulseticEndpoints.All.Select(e => e.Method + " " + e.PathTemplate).Distinct().Count());
        Assert.Equal(
            OperationCases.ById.Keys.OrderBy(k => k, StringComparer.Ordinal),
            PulseticEndpoints.All.Select(e => e.OperationId).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Driving_every_call_reaches_every_catalog_endpoint()
    {
        var reached = new List<ApiEndpoint>();
        foreach (OperationCase operation in OperationCases.ById.Values)
        {
            (PulseticClient client, RecordingHandler handler) = TestClients.Create(operation.Reply);
            using (client)
            {
                await operation.Run(client, CancellationToken.None);
            }

            reached.Add(handler.Single.Endpoint!);
        }

        Assert.Equal(PulseticEndpoints.All.ToHashSet(), reached.ToHashSet());
    }

    [Fact]
    public void Endpoint_metadata_matches_the_spec_for_a_sample_operation()
    {
        ApiEndpoint endpoint = PulseticEndpoints.ListMonitorChecks;
        Assert.Equal("listMonitorChecks", endpoint.OperationId);
        Assert.Equal("GET", endpoint.Method);
        Assert.Equal(HttpMethod.Get, endpoint.HttpMethod);
        Assert.Equal("/monitors/{monitorId}/checks", endpoint.PathTemplate);
        Assert.Equal("Monitors", endpoint.Tag);
        Assert.Equal("List a monitor's raw check results", endpoint.Summary);
        Assert.False(endpoint.IsDeprecated);
    }

    /// <summary><c>/monitors/{monitorId}/checks</c> → <c>^/api/public/monitors/[^/]+/checks$</c>.</summary>
    private static string TemplateToPattern(string template)
    {
        string[] parts = Regex.Split(template, @"\{[^}]+\}");
        return "^/api/public" + string.Join("[^/]+", parts.Select(Regex.Escape)) + "$";
    }
}
