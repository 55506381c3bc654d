using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests.Hardening;

/// <summary>
/// The canary token must not surface anywhere a failure can be read or logged: for every error the simulator can
/// produce, in the exception's texts, and in what logging handlers around the token handler would print.
/// </summary>
public sealed class SecretLeakTests : IClassFixture<SecretLeakTests.CanarySimulators>
{
    private readonly CanarySimulators _simulators;

    public SecretLeakTests(CanarySimulators simulators)
    {
        _simulators = simulators;
    }

    public static TheoryData<string> Failures() => new()
    {
        "401 wrong token", "404", "422", "429", "500", "502", "503", "connection reset", "truncated body", "invalid json", "timeout",
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task No_failure_exposes_the_token_in_the_exception_or_the_outer_log(string failure)
    {
        Pipeline pipeline = await FailAsync(failure);

        IEnumerable<(string, string)> exposed = SecretScan.TextsOf(pipeline.Error!)
            .Concat(pipeline.Outside.LinesAt(RecordedMoment.Request, RecordedMoment.Response, RecordedMoment.Failure))
            .Concat(pipeline.Inside.LinesAt(RecordedMoment.Response, RecordedMoment.Failure));
        SecretScan.AssertAbsent(SecretScan.Canary, exposed);
        SecretScan.AssertAbsent(SecretScan.WrongToken, exposed);
    }

    [Fact]
    public async Task The_token_handler_leaves_no_token_on_the_request_a_handler_outside_it_logs_afterwards()
    {
        // A logger outside the token handler that prints the request together with its response sees the same
        // HttpRequestMessage after the token handler has added the header to it.
        Pipeline pipeline = await FailAsync("404");

        Assert.NotEmpty(pipeline.Outside.LinesAt(RecordedMoment.RequestAfterResponse));
        SecretScan.AssertAbsent(SecretScan.Canary, pipeline.Outside.LinesAt(RecordedMoment.RequestAfterResponse));
    }

    [Fact]
    public async Task Only_a_handler_inside_the_token_handler_sees_the_credential()
    {
        // Below the token handler the header must be on the request: that is how it reaches the server, and .NET's
        // HttpRequestMessage.ToString() prints header values. So a handler placed there (or Create's innerHandler) must
        // not log requests; docs/hardening.md says so. When the call returns through the token handler, it takes the
        // credential off the request again, so everything above it (loggers, exceptions) never sees it.
        Pipeline pipeline = await FailAsync("404");

        Assert.Contains(pipeline.Inside.LinesAt(RecordedMoment.Request), line => line.Text.Contains(SecretScan.Canary, StringComparison.Ordinal));
        SecretScan.AssertAbsent(SecretScan.Canary, pipeline.Outside.LinesAt(RecordedMoment.Request, RecordedMoment.RequestAfterResponse));
    }

    public static TheoryData<string> UnsendableTokens() => new()
    {
        "bad\r\ntoken",
        SecretScan.Canary + "\n",
        SecretScan.Canary + "\r\nX-Injected: 1",
        "\n" + SecretScan.Canary,
        SecretScan.Canary + "\t",
        "cänary-7f3a9c-secret",
        SecretScan.Canary + "\u00a0",
        "\u200b" + SecretScan.Canary,
        " " + SecretScan.Canary,
        SecretScan.Canary + "\0",
    };

    [Theory]
    [MemberData(nameof(UnsendableTokens))]
    public void A_token_with_a_line_break_control_or_non_ascii_character_is_refused_when_the_client_is_created(string token)
    {
        ArgumentException error = Assert.ThrowsAny<ArgumentException>(() => PulseticClient.Create(token, _simulators.Open.BaseAddress));

        SecretScan.AssertAbsent(SecretScan.Canary, SecretScan.TextsOf(error));
        SecretScan.AssertAbsent(token.Trim(), SecretScan.TextsOf(error));
    }

    [Fact]
    public async Task A_token_provider_that_returns_an_unsendable_token_fails_before_anything_is_sent()
    {
        int before = _simulators.Open.CountRequests("GET", "/monitors");
        using PulseticClient client = PulseticClient.Create(_ => ValueTask.FromResult(SecretScan.Canary + "\r\nX-Injected: 1"), _simulators.Open.BaseAddress);

        ApiConfigurationException error = await Assert.ThrowsAsync<ApiConfigurationException>(() => client.Monitors.ListAsync());

        SecretScan.AssertAbsent(SecretScan.Canary, SecretScan.TextsOf(error));
        Assert.Equal(before, _simulators.Open.CountRequests("GET", "/monitors"));
    }

    /// <summary>
    /// Makes one call fail as <paramref name="failure"/> names, through outer recorder → token handler → inner recorder →
    /// socket, and returns the pipeline with the exception.
    /// </summary>
    private async Task<Pipeline> FailAsync(string failure)
    {
        PulseticSimulator simulator = failure == "429" ? _simulators.Limited : _simulators.Open;
        string? fault = failure switch
        {
            "500" => nameof(SimulatorFault.InternalServerError),
            "502" => nameof(SimulatorFault.BadGateway),
            "503" => nameof(SimulatorFault.ServiceUnavailable),
            "connection reset" => nameof(SimulatorFault.ConnectionReset),
            "truncated body" => nameof(SimulatorFault.TruncatedBody),
            "invalid json" => nameof(SimulatorFault.InvalidJson),
            "timeout" => nameof(SimulatorFault.Latency),
            _ => null,
        };
        var headers = new Dictionary<string, string>();
        if (fault is not null)
        {
            headers["X-Simulator-Fault"] = fault;
        }

        if (failure == "timeout")
        {
            headers["X-Simulator-Latency-Ms"] = "3000";
        }

        var pipeline = new Pipeline(simulator, failure == "401 wrong token" ? SecretScan.WrongToken : SecretScan.Canary, headers);
        if (failure == "timeout")
        {
            pipeline.Http.Timeout = TimeSpan.FromMilliseconds(300);
        }

        using (pipeline.Http)
        {
            Func<Task> call = failure switch
            {
                "404" => () => pipeline.Client.Monitors.GetAsync(999_999),
                "422" => () => pipeline.Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = Array.Empty<string>() }),
                _ => () => pipeline.Client.Monitors.ListAsync(),
            };

            // The rate-limited simulator allows one request per token and minute: the second call is the 429.
            int attempts = failure == "429" ? 3 : 1;
            for (int i = 0; i < attempts && pipeline.Error is null; i++)
            {
                pipeline.Error = await Record.ExceptionAsync(call);
            }
        }

        Type expected = failure switch
        {
            "401 wrong token" => typeof(ApiUnauthorizedException),
            "404" => typeof(ApiNotFoundException),
            "422" => typeof(ApiValidationException),
            "429" => typeof(ApiRateLimitException),
            "500" or "502" or "503" => typeof(ApiServerException),
            "invalid json" => typeof(ApiSerializationException),
            _ => typeof(ApiTransportException),
        };
        Assert.NotNull(pipeline.Error);
        Assert.IsType(expected, pipeline.Error);
        return pipeline;
    }

    /// <summary>A generated client over outer recorder → <see cref="ApiKeyHandler"/> → inner recorder → sockets.</summary>
    private sealed class Pipeline
    {
        public Pipeline(PulseticSimulator simulator, string token, IReadOnlyDictionary<string, string> headers)
        {
            Inside = new RequestRecorder(new TestHandler(headers));
            var authentication = new ApiKeyHandler(PulseticClient.SecurityScheme, token) { TrustedBaseAddress = simulator.BaseAddress, InnerHandler = Inside };
            Outside = new RequestRecorder(authentication);
            Http = new HttpClient(Outside) { BaseAddress = simulator.BaseAddress };
            Client = new PulseticClient(Http);
        }

        public RequestRecorder Outside { get; }

        public RequestRecorder Inside { get; }

        public HttpClient Http { get; }

        public PulseticClient Client { get; }

        public Exception? Error { get; set; }
    }

    /// <summary>Two simulators that accept only the canary: one open, one that allows a single request per token and minute.</summary>
    public sealed class CanarySimulators : IAsyncLifetime
    {
        public PulseticSimulator Open { get; private set; } = null!;

        public PulseticSimulator Limited { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var open = new SimulatorOptions();
            open.Tokens.Add(SecretScan.Canary);
            Open = await PulseticSimulator.StartAsync(open);

            var limited = new SimulatorOptions { RateLimitPerMinute = 1, Clock = new FixedClock(FixedClock.DefaultNow) };
            limited.Tokens.Add(SecretScan.Canary);
            Limited = await PulseticSimulator.StartAsync(limited);
        }

        public async Task DisposeAsync()
        {
            await Open.DisposeAsync();
            await Limited.DisposeAsync();
        }
    }
}
