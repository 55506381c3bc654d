using System.Diagnostics;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// Every fault the simulator can inject, requested per call with the X-Simulator-Fault header, and the exception the
/// generated client turns it into. The simulator only accepts a canary token, which must never surface in an exception.
/// </summary>
public sealed class FaultInjectionTests : IClassFixture<CanaryTokenFixture>
{
    private readonly CanaryTokenFixture _fixture;

    public FaultInjectionTests(CanaryTokenFixture fixture)
    {
        _fixture = fixture;
    }

    [Theory]
    [InlineData(SimulatorFault.InternalServerError, HttpStatusCode.InternalServerError, "Server Error")]
    [InlineData(SimulatorFault.BadGateway, HttpStatusCode.BadGateway, "Bad Gateway")]
    [InlineData(SimulatorFault.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, "Service Unavailable")]
    public async Task A_5xx_is_an_ApiServerException_and_the_POST_is_sent_once(SimulatorFault fault, HttpStatusCode status, string message)
    {
        PulseticClient client = _fixture.CreateFaultyClient(fault);
        int before = _fixture.Simulator.CountRequests("POST", "/monitors");

        ApiServerException error = await Assert.ThrowsAsync<ApiServerException>(
            () => client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://fault.example.com" } }));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal(message, error.ErrorMessage);
        Assert.Equal("createMonitors", error.OperationId);
        Assert.Equal("POST", error.Method);
        Assert.Equal(1, _fixture.Simulator.CountRequests("POST", "/monitors") - before);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task A_503_carries_its_Retry_After_header()
    {
        ApiServerException error = await Assert.ThrowsAsync<ApiServerException>(
            () => _fixture.CreateFaultyClient(SimulatorFault.ServiceUnavailable).Heartbeats.ListAsync());
        Assert.Equal(new[] { "1" }, error.ResponseHeaders["Retry-After"]);
    }

    [Fact]
    public async Task A_reset_connection_is_an_ApiTransportException_without_a_status()
    {
        ApiTransportException error = await Assert.ThrowsAsync<ApiTransportException>(
            () => _fixture.CreateFaultyClient(SimulatorFault.ConnectionReset).Monitors.GetAsync(SampleIds.ProductionMonitor));

        Assert.Null(error.StatusCode);
        Assert.False(error.IsTimeout);
        Assert.Equal("getMonitor", error.OperationId);
        Assert.IsAssignableFrom<HttpRequestException>(error.InnerException);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task A_POST_whose_connection_is_reset_is_not_sent_twice()
    {
        // A warm, pooled connection first: that is when HttpClient may resend a request on a fresh connection.
        var handler = new TestHandler();
        using PulseticClient client = PulseticClient.Create(CanaryTokenFixture.Token, _fixture.Simulator.BaseAddress, handler);
        Assert.NotEmpty((await client.Domains.ListAsync()).Data);
        handler.Headers["X-Simulator-Fault"] = nameof(SimulatorFault.ConnectionReset);
        int before = _fixture.Simulator.CountRequests("POST", "/monitors");

        ApiTransportException error = await Assert.ThrowsAsync<ApiTransportException>(
            () => client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://reset.example.com" } }));

        Assert.Null(error.StatusCode);
        Assert.Equal(1, _fixture.Simulator.CountRequests("POST", "/monitors") - before);
    }

    [Fact]
    public async Task A_body_cut_short_is_an_ApiTransportException_with_the_status_that_arrived()
    {
        ApiTransportException error = await Assert.ThrowsAsync<ApiTransportException>(
            () => _fixture.CreateFaultyClient(SimulatorFault.TruncatedBody).Monitors.GetAsync(SampleIds.ProductionMonitor));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Contains("reading the response body failed", error.Message, StringComparison.Ordinal);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_an_ApiSerializationException()
    {
        ApiSerializationException error = await Assert.ThrowsAsync<ApiSerializationException>(
            () => _fixture.CreateFaultyClient(SimulatorFault.InvalidJson).Monitors.ListAsync());

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.Equal("MonitorPage", error.TargetType);
        Assert.NotNull(error.JsonPath);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task A_broken_bare_number_is_an_ApiSerializationException_too()
    {
        ApiSerializationException error = await Assert.ThrowsAsync<ApiSerializationException>(
            () => _fixture.CreateFaultyClient(SimulatorFault.InvalidJson).Monitors.GetDowntimeAsync(SampleIds.ProductionMonitor));
        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
    }

    [Fact]
    public async Task Faults_on_an_error_answer_keep_the_status_and_are_not_hidden_by_the_broken_body()
    {
        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(
            () => _fixture.CreateFaultyClient(SimulatorFault.InvalidJson).Monitors.GetAsync(999_999));
        Assert.Null(error.ErrorMessage);
        Assert.Contains("<b>Warning</b>", error.ResponseBody, StringComparison.Ordinal);

        ApiNotFoundException truncated = await Assert.ThrowsAsync<ApiNotFoundException>(
            () => _fixture.CreateFaultyClient(SimulatorFault.TruncatedBody).Monitors.GetAsync(999_999));
        Assert.Equal(HttpStatusCode.NotFound, truncated.StatusCode);
    }

    [Fact]
    public async Task Injected_latency_delays_the_answer()
    {
        var watch = Stopwatch.StartNew();
        HeartbeatList heartbeats = await _fixture.CreateFaultyClient(SimulatorFault.Latency, latencyMilliseconds: 300).Heartbeats.ListAsync();
        Assert.NotEmpty(heartbeats.Data);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(290), $"answered after {watch.Elapsed}");
    }

    [Fact]
    public async Task Cancelling_mid_request_throws_OperationCanceledException_with_the_callers_token()
    {
        PulseticClient client = _fixture.CreateFaultyClient(SimulatorFault.Latency, latencyMilliseconds: 5000);
        using var cancellation = new CancellationTokenSource();
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        OperationCanceledException error = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://slow.example.com" } }, cancellation.Token));

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"cancelled after {watch.Elapsed}");
        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.IsNotAssignableFrom<ApiException>(error);
    }

    [Fact]
    public async Task HttpClient_Timeout_is_an_ApiTransportException_marked_as_a_timeout()
    {
        var auth = new ApiKeyHandler(PulseticClient.SecurityScheme, CanaryTokenFixture.Token)
        {
            InnerHandler = new TestHandler(new Dictionary<string, string> { ["X-Simulator-Fault"] = "Latency", ["X-Simulator-Latency-Ms"] = "3000" }),
        };
        using var http = new HttpClient(auth) { BaseAddress = _fixture.Simulator.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };
        var client = new PulseticClient(http);

        ApiTransportException error = await Assert.ThrowsAsync<ApiTransportException>(() => client.Domains.ListAsync());
        Assert.True(error.IsTimeout);
        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task The_same_client_recovers_after_every_kind_of_fault()
    {
        var handler = new TestHandler();
        using PulseticClient client = PulseticClient.Create(CanaryTokenFixture.Token, _fixture.Simulator.BaseAddress, handler);
        var expected = new (SimulatorFault Fault, Type Exception)[]
        {
            (SimulatorFault.InternalServerError, typeof(ApiServerException)),
            (SimulatorFault.BadGateway, typeof(ApiServerException)),
            (SimulatorFault.ServiceUnavailable, typeof(ApiServerException)),
            (SimulatorFault.ConnectionReset, typeof(ApiTransportException)),
            (SimulatorFault.TruncatedBody, typeof(ApiTransportException)),
            (SimulatorFault.InvalidJson, typeof(ApiSerializationException)),
        };

        foreach ((SimulatorFault fault, Type exception) in expected)
        {
            handler.Headers["X-Simulator-Fault"] = fault.ToString();
            ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => client.Monitors.GetAsync(SampleIds.ProductionMonitor));
            Assert.Equal(exception, error.GetType());
            CanaryTokenFixture.AssertNoSecret(error);

            handler.Headers.TryRemove("X-Simulator-Fault", out _);
            Assert.Equal(SampleIds.ProductionMonitor, (await client.Monitors.GetAsync(SampleIds.ProductionMonitor)).Data.Id);
        }
    }

    [Fact]
    public async Task The_simulator_refuses_an_unknown_fault_name()
    {
        using HttpClient raw = _fixture.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "monitors");
        request.Headers.Add("X-Simulator-Fault", "Meteor");
        using HttpResponseMessage response = await raw.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InternalServerError", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>A fault set in <see cref="SimulatorOptions.Fault"/> applies to every request until a request's header overrides it.</summary>
public sealed class PerRunFaultTests : IClassFixture<PerRunFaultTests.UnavailableFixture>
{
    private readonly UnavailableFixture _fixture;

    public PerRunFaultTests(UnavailableFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Every_operation_fails_with_503()
    {
        PulseticClient client = _fixture.Client;
        var calls = new Func<Task>[]
        {
            () => client.Monitors.ListAsync(),
            () => client.Monitors.GetStatsAsync(SampleIds.ProductionMonitor),
            () => client.StatusPages.DeleteAsync(SampleIds.StatusPage),
            () => client.Domains.CreateAsync(new CreateDomainsRequest { Domains = new[] { "down.example.com" } }),
        };
        foreach (Func<Task> call in calls)
        {
            ApiServerException error = await Assert.ThrowsAsync<ApiServerException>(call);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        }
    }

    [Fact]
    public async Task A_request_can_opt_out_with_the_None_fault_and_the_per_run_latency_still_applies()
    {
        PulseticClient client = _fixture.CreateFaultyClient(SimulatorFault.None);
        var watch = Stopwatch.StartNew();
        MonitorPage page = await client.Monitors.ListAsync();
        Assert.Equal(SampleIds.MonitorCount, page.Data.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(140), $"answered after {watch.Elapsed}");
    }

    public sealed class UnavailableFixture : SimulatorFixture
    {
        protected override SimulatorOptions CreateOptions() =>
            new() { Fault = SimulatorFault.ServiceUnavailable, Latency = TimeSpan.FromMilliseconds(150) };
    }
}
