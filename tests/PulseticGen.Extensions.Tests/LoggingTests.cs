using Microsoft.Extensions.Logging;
using QueryKeyApi;

namespace PulseticGen.Extensions.Tests;

/// <summary>One line per call with what an operator needs, and never the token, at any level.</summary>
public sealed class LoggingTests
{
    private const string Category = "PulseticGen.PulseticClient";

    [Fact]
    public async Task Successful_call_is_logged_at_information_with_method_operation_path_status_and_duration()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)));

        await host.Client.Monitors.GetDowntimeAsync(115988);

        LogEntry entry = Assert.Single(host.Logs.InCategory(Category));
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.StartsWith("GET /api/public/monitors/115988/downtime (getMonitorDowntime) answered 200 in ", entry.Message);
        Assert.Contains("OperationId=getMonitorDowntime", entry.Values);
        Assert.Contains("StatusCode=200", entry.Values);
        Assert.Contains(entry.Values, value => value.StartsWith("ElapsedMilliseconds=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_string_is_left_out_of_the_path()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Json("""{"data":[],"current_page":2,"last_page":2}""")));

        await host.Client.Monitors.ListAsync(page: 2, perPage: 50);

        Assert.Contains("?", host.Stub.Single.Uri.Query);
        LogEntry entry = Assert.Single(host.Logs.InCategory(Category));
        Assert.StartsWith("GET /api/public/monitors (listMonitors) answered 200", entry.Message);
        Assert.DoesNotContain("page", entry.AllText.Replace("listMonitors", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsuccessful_status_is_logged_at_warning()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Status(HttpStatusCode.NotFound)));

        await Assert.ThrowsAsync<ApiNotFoundException>(() => host.Client.Monitors.GetDowntimeAsync(9));

        LogEntry entry = Assert.Single(host.Logs.InCategory(Category));
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.StartsWith("GET /api/public/monitors/9/downtime (getMonitorDowntime) answered 404 in ", entry.Message);
    }

    [Fact]
    public async Task Transport_failure_is_logged_at_warning_with_the_exception()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.ConnectionReset()));

        await Assert.ThrowsAsync<ApiTransportException>(() => host.Client.Monitors.GetDowntimeAsync(9));

        LogEntry entry = Assert.Single(host.Logs.InCategory(Category));
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.StartsWith("GET /api/public/monitors/9/downtime (getMonitorDowntime) failed after ", entry.Message);
        Assert.EndsWith(": HttpRequestException", entry.Message);
        Assert.Contains("The stub reset the connection.", entry.Exception);
    }

    [Fact]
    public async Task Retried_call_is_logged_once_with_its_final_status()
    {
        using ClientHost host = ClientHost.Create(
            new StubHandler(Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Number(1)),
            pipeline: builder => builder.AddApiClientResilience(options => options.RetryDelay = TimeSpan.FromMilliseconds(1)));

        await host.Client.Monitors.GetDowntimeAsync(1);

        LogEntry entry = Assert.Single(host.Logs.InCategory(Category));
        Assert.Contains("answered 200", entry.Message);
        Assert.Equal(2, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task Token_is_never_logged_at_any_level()
    {
        using ClientHost host = ClientHost.Create(
            new StubHandler(
                Reply.Number(1),
                Reply.Status(HttpStatusCode.ServiceUnavailable, retryAfter: "0"),
                Reply.Number(2),
                Reply.Status(HttpStatusCode.Unauthorized),
                Reply.ConnectionReset(),
                Reply.Status(HttpStatusCode.ServiceUnavailable)),
            pipeline: builder => builder.AddApiClientResilience(options =>
            {
                options.RetryDelay = TimeSpan.FromMilliseconds(1);
                options.MaxRetryAttempts = 1;
            }));
        PulseticClient client = host.Client;

        await client.Monitors.GetDowntimeAsync(1);
        await client.Monitors.GetDowntimeAsync(2);
        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Monitors.GetDowntimeAsync(3));
        await Assert.ThrowsAnyAsync<ApiException>(() => client.Monitors.GetDowntimeAsync(4));
        await Assert.ThrowsAnyAsync<ApiException>(() => client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://example.com"] }));
        host.Change("Pulsetic:ApiToken", ClientHost.Canary + "\n");
        await Assert.ThrowsAsync<ApiConfigurationException>(() => client.Monitors.GetDowntimeAsync(5));

        Assert.All(host.Stub.Requests, request => Assert.Equal(ClientHost.Canary, request.Authorization));
        IReadOnlyList<LogEntry> entries = host.Logs.Entries;
        Assert.Contains(entries, entry => entry.Level == LogLevel.Trace);
        Assert.Contains(entries, entry => entry.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal));
        Assert.Contains(entries, entry => entry.Category.StartsWith("Polly", StringComparison.Ordinal));
        Assert.All(entries, entry => Assert.DoesNotContain(ClientHost.Canary, entry.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Factory_loggers_keep_the_credential_header_redacted_even_when_other_headers_are_shown()
    {
        using ClientHost host = ClientHost.Create(
            new StubHandler(Reply.Number(1)),
            pipeline: builder => builder.RedactLoggedHeaders(_ => false));

        await host.Client.Monitors.GetDowntimeAsync(1);

        // The application asked to see header values: Accept shows, Authorization does not.
        Assert.Contains(host.Logs.Entries, entry => entry.Message.Contains("Accept: application/json", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, entry => entry.Message.Contains("Authorization: *", StringComparison.Ordinal));
        Assert.All(host.Logs.Entries, entry => Assert.DoesNotContain(ClientHost.Canary, entry.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Key_in_the_query_string_reaches_the_server_but_no_log_and_the_factory_loggers_are_removed()
    {
        using ClientHost host = ClientHost.Create<QueryKeyClient>(
            "QueryKey",
            new StubHandler(Reply.Status(HttpStatusCode.BadGateway), Reply.Number(5)),
            new Dictionary<string, string?> { ["QueryKey:ApiToken"] = ClientHost.Canary },
            pipeline: builder => builder.AddApiClientResilience(options => options.RetryDelay = TimeSpan.FromMilliseconds(1)));

        double size = await host.Get<QueryKeyClient>().GetThingAsync(3, verbose: true);

        Assert.Equal(5, size);
        Assert.Equal(2, host.Stub.Requests.Count);
        Assert.All(host.Stub.Requests, request => Assert.Contains("api_key=" + ClientHost.Canary, request.Uri.Query));
        LogEntry entry = Assert.Single(host.Logs.InCategory("PulseticGen.QueryKeyClient"));
        Assert.StartsWith("GET /v1/things/3 (getThing) answered 200", entry.Message);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient.", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.Category.StartsWith("Polly", StringComparison.Ordinal));
        Assert.All(host.Logs.Entries, e => Assert.DoesNotContain(ClientHost.Canary, e.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Header_key_clients_keep_the_factory_loggers()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)));

        await host.Client.Monitors.GetDowntimeAsync(1);

        Assert.Contains(host.Logs.Entries, entry => entry.Category == "System.Net.Http.HttpClient.Pulsetic.PulseticClient.LogicalHandler");
    }
}
