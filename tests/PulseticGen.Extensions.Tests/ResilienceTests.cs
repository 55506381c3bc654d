using Microsoft.Extensions.Time.Testing;

namespace PulseticGen.Extensions.Tests;

/// <summary>Which requests <c>AddApiClientResilience</c> sends again, when, and how its timeouts surface.</summary>
/// <remarks>
/// Tests about how long something waits run on a <see cref="FakeTimeProvider"/> that the test advances, so what they
/// assert is time as the pipeline sees it, not how fast this machine happens to be.
/// </remarks>
public sealed class ResilienceTests
{
    private static ClientHost Create(StubHandler stub, Action<ApiClientResilienceOptions>? configure = null, TimeProvider? time = null) =>
        ClientHost.Create(stub, pipeline: builder => builder.AddApiClientResilience(options =>
        {
            // Short waits keep the suite fast; each test that is about a delay sets its own.
            options.RetryDelay = TimeSpan.FromMilliseconds(1);
            options.UseJitter = false;
            configure?.Invoke(options);
        }), time: time);

    /// <summary>
    /// Moves the fake clock forward in <paramref name="step"/>s, letting the pipeline run between them, until
    /// <paramref name="call"/> ends; returns how much fake time that took. Fails once <paramref name="limit"/> has
    /// passed, which is also what happens if the pipeline waits on the real clock instead.
    /// </summary>
    private static async Task<TimeSpan> AdvanceUntilDone(FakeTimeProvider time, Task call, TimeSpan step, TimeSpan limit)
    {
        DateTimeOffset start = time.GetUtcNow();
        while (!call.IsCompleted)
        {
            TimeSpan elapsed = time.GetUtcNow() - start;
            Assert.True(elapsed < limit, $"the call had not ended after {elapsed.TotalSeconds} s of fake time");
            time.Advance(step);
            await Task.Delay(2);
        }

        return time.GetUtcNow() - start;
    }

    [Fact]
    public async Task Get_that_gets_503_then_200_succeeds_with_two_requests()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Number(42)));

        double downtime = await host.Client.Monitors.GetDowntimeAsync(1);

        Assert.Equal(42, downtime);
        Assert.Equal(2, host.Stub.Requests.Count);
        Assert.All(host.Stub.Requests, request => Assert.Equal(ClientHost.Canary, request.Authorization));
    }

    [Fact]
    public async Task Retry_after_header_sets_the_delay()
    {
        var time = new FakeTimeProvider();
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.ServiceUnavailable, retryAfter: "20"), Reply.Number(42)), time: time);

        Task<double> call = host.Client.Monitors.GetDowntimeAsync(1);
        TimeSpan waited = await AdvanceUntilDone(time, call, TimeSpan.FromMilliseconds(250), limit: TimeSpan.FromSeconds(60));

        // The backoff alone would wait 1 ms; the server asked for 20 s, which the pipeline waited on its clock.
        Assert.Equal(42, await call);
        Assert.InRange(waited, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(30));
        Assert.Equal(2, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_longer_than_the_longest_delay_is_returned_to_the_caller_at_once()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.TooManyRequests, retryAfter: "120"), Reply.Number(42)));

        ApiRateLimitException exception = await Assert.ThrowsAsync<ApiRateLimitException>(() => host.Client.Monitors.GetDowntimeAsync(1));

        Assert.Equal(TimeSpan.FromSeconds(120), exception.RetryAfter);
        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task Post_that_gets_503_is_sent_exactly_once()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Json("[]")));

        await Assert.ThrowsAsync<ApiServerException>(() => host.Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://example.com"] }));

        SentRequest request = host.Stub.Single;
        Assert.Equal("POST", request.Method);
        Assert.Equal("createMonitors", request.OperationId);
    }

    [Fact]
    public async Task Post_whose_attempt_times_out_is_not_sent_again()
    {
        using ClientHost host = Create(new StubHandler(Reply.Hang(), Reply.Json("[]")), options => options.AttemptTimeout = TimeSpan.FromMilliseconds(200));

        ApiTransportException exception = await Assert.ThrowsAsync<ApiTransportException>(
            () => host.Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://example.com"] }));

        Assert.True(exception.IsTimeout);
        Assert.Contains("AttemptTimeout", exception.ToString());
        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task Bad_request_is_not_retried()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.BadRequest), Reply.Number(42)));

        await Assert.ThrowsAsync<ApiValidationException>(() => host.Client.Monitors.GetDowntimeAsync(1));

        Assert.Single(host.Stub.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    public async Task Other_client_errors_are_not_retried(HttpStatusCode status)
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(status), Reply.Number(42)));

        ApiException exception = await Assert.ThrowsAnyAsync<ApiException>(() => host.Client.Monitors.GetDowntimeAsync(1));

        Assert.Equal(status, exception.StatusCode);
        Assert.Single(host.Stub.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task Transient_statuses_are_retried(HttpStatusCode status)
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(status), Reply.Number(42)));

        Assert.Equal(42, await host.Client.Monitors.GetDowntimeAsync(1));

        Assert.Equal(2, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task Transport_failure_is_retried()
    {
        using ClientHost host = Create(new StubHandler(Reply.ConnectionReset(), Reply.Number(42)));

        Assert.Equal(42, await host.Client.Monitors.GetDowntimeAsync(1));

        Assert.Equal(2, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_after_the_configured_count_and_the_last_answer_surfaces()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.ServiceUnavailable)), options => options.MaxRetryAttempts = 2);

        ApiServerException exception = await Assert.ThrowsAsync<ApiServerException>(() => host.Client.Monitors.GetDowntimeAsync(1));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal(3, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task Zero_retries_keeps_the_timeouts_only()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Number(42)), options => options.MaxRetryAttempts = 0);

        await Assert.ThrowsAsync<ApiServerException>(() => host.Client.Monitors.GetDowntimeAsync(1));

        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task Put_is_retried_with_the_same_body()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.BadGateway), Reply.Monitor()));

        MonitorResponse monitor = await host.Client.Monitors.UpdateAsync(115988, new UpdateMonitorRequest { Name = "Production" });

        Assert.Equal(115988, monitor.Data.Id);
        Assert.Equal(2, host.Stub.Requests.Count);
        Assert.All(host.Stub.Requests, request => Assert.Equal("PUT", request.Method));
        Assert.Contains("\"name\":\"Production\"", host.Stub.Requests[1].Body);
        Assert.Equal(host.Stub.Requests[0].Body, host.Stub.Requests[1].Body);
    }

    [Fact]
    public async Task Delete_is_retried()
    {
        using ClientHost host = Create(new StubHandler(Reply.Status(HttpStatusCode.ServiceUnavailable), Reply.Status(HttpStatusCode.NoContent)));

        await host.Client.Monitors.DeleteAsync(115988);

        Assert.Equal(2, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task Attempt_that_times_out_is_abandoned_and_retried()
    {
        var time = new FakeTimeProvider();
        using ClientHost host = Create(new StubHandler(Reply.Hang(), Reply.Number(42)), options => options.AttemptTimeout = TimeSpan.FromSeconds(10), time);

        Task<double> call = host.Client.Monitors.GetDowntimeAsync(1);
        TimeSpan waited = await AdvanceUntilDone(time, call, TimeSpan.FromMilliseconds(250), limit: TimeSpan.FromSeconds(60));

        // The first attempt hangs until its 10 s run out; the second answers at once.
        Assert.Equal(42, await call);
        Assert.Equal(2, host.Stub.Requests.Count);
        Assert.InRange(waited, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15));
    }

    [Fact]
    public async Task Total_timeout_ends_the_call_as_a_timeout()
    {
        var time = new FakeTimeProvider();
        using ClientHost host = Create(new StubHandler(Reply.Hang()), options =>
        {
            options.AttemptTimeout = TimeSpan.FromSeconds(10);
            options.TotalTimeout = TimeSpan.FromSeconds(35);
            options.MaxRetryAttempts = 20;
        }, time);

        Task<double> call = host.Client.Monitors.GetDowntimeAsync(1);
        TimeSpan waited = await AdvanceUntilDone(time, call, TimeSpan.FromMilliseconds(250), limit: TimeSpan.FromSeconds(120));

        ApiTransportException exception = await Assert.ThrowsAsync<ApiTransportException>(() => call);
        Assert.True(exception.IsTimeout);
        Assert.Contains("total timeout of 35 seconds (TotalTimeout)", exception.ToString());
        Assert.InRange(waited, TimeSpan.FromSeconds(35), TimeSpan.FromSeconds(36));
        // Attempts of 10 s each (plus a step of the clock between them) fit three whole times into 35 s, and a fourth is cut short.
        Assert.Equal(4, host.Stub.Requests.Count);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_retried()
    {
        using ClientHost host = Create(new StubHandler(Reply.Hang(), Reply.Number(42)));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Client.Monitors.GetDowntimeAsync(1, cancellationToken: cancellation.Token));

        Assert.Single(host.Stub.Requests);
    }

    [Theory]
    [InlineData("GET", true)]
    [InlineData("HEAD", true)]
    [InlineData("PUT", true)]
    [InlineData("DELETE", true)]
    [InlineData("OPTIONS", true)]
    [InlineData("POST", false)]
    [InlineData("PATCH", false)]
    [InlineData("CONNECT", false)]
    public void Only_idempotent_methods_are_retried(string method, bool retried)
    {
        Assert.Equal(retried, RetryPolicy.IsIdempotent(new HttpMethod(method)));
    }

    [Fact]
    public void Patch_that_gets_503_is_not_retried()
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, "https://api.pulsetic.com/api/public/monitors/1");
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request };

        Assert.False(RetryPolicy.ShouldRetry(Polly.Outcome.FromResult(response), request, TimeSpan.FromSeconds(30), TimeProvider.System));
    }

    [Fact]
    public void Put_with_a_stream_body_is_not_retried_since_the_body_cannot_be_read_twice()
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "https://api.pulsetic.com/api/public/files/1") { Content = new StreamContent(new System.IO.MemoryStream([1, 2, 3])) };
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request };

        Assert.False(RetryPolicy.ShouldRetry(Polly.Outcome.FromResult(response), request, TimeSpan.FromSeconds(30), TimeProvider.System));
    }

    [Fact]
    public void Retry_after_as_a_date_is_measured_from_the_clock()
    {
        var now = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.TryAddWithoutValidation("Retry-After", "Sat, 01 Mar 2025 12:00:05 GMT");

        Assert.Equal(TimeSpan.FromSeconds(5), RetryAfter.Read(response, new FixedClock(now)));
        Assert.Equal(TimeSpan.Zero, RetryAfter.Read(response, new FixedClock(now.AddMinutes(1))));
    }

    [Theory]
    [InlineData("MaxRetryAttempts")]
    [InlineData("AttemptTimeout")]
    [InlineData("TotalTimeout")]
    [InlineData("RetryDelay")]
    public void Unusable_options_are_refused_at_registration_naming_the_property(string property)
    {
        IHttpClientBuilder builder = new ServiceCollection().AddApiClient<PulseticClient>("Pulsetic");

        ArgumentException exception = Assert.Throws<ArgumentException>(() => builder.AddApiClientResilience(options =>
        {
            switch (property)
            {
                case "MaxRetryAttempts": options.MaxRetryAttempts = -1; break;
                case "AttemptTimeout": options.AttemptTimeout = TimeSpan.FromMinutes(5); break;
                case "TotalTimeout": options.TotalTimeout = TimeSpan.Zero; break;
                default: options.RetryDelay = TimeSpan.FromSeconds(-1); break;
            }
        }));

        Assert.Contains(property, exception.Message);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
