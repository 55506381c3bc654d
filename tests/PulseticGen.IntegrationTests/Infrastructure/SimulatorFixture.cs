using System.Net.Http.Headers;

namespace PulseticGen.IntegrationTests.Infrastructure;

/// <summary>One in-process simulator (on a free loopback port) and a generated client for a test class.</summary>
public class SimulatorFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = new();

    public PulseticSimulator Simulator { get; private set; } = null!;

    /// <summary>A client with the simulator's token and no injected faults.</summary>
    public Pulsetic.PulseticClient Client { get; private set; } = null!;

    /// <summary>Records the operations <see cref="Client"/> called.</summary>
    public TestHandler ClientHandler { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = await PulseticSimulator.StartAsync(CreateOptions());
        ClientHandler = new TestHandler();
        Client = Pulsetic.PulseticClient.Create(Simulator.Token, Simulator.BaseAddress, ClientHandler);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        foreach (IDisposable owned in _owned)
        {
            owned.Dispose();
        }

        await Simulator.DisposeAsync();
    }

    /// <summary>A generated client with <paramref name="token"/> (default: the simulator's) that sends <paramref name="headers"/> on every request.</summary>
    public Pulsetic.PulseticClient CreateClient(string? token = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        Pulsetic.PulseticClient client = Pulsetic.PulseticClient.Create(token ?? Simulator.Token, Simulator.BaseAddress, new TestHandler(headers));
        _owned.Add(client);
        return client;
    }

    /// <summary>A generated client whose requests carry a simulator fault header.</summary>
    public Pulsetic.PulseticClient CreateFaultyClient(SimulatorFault fault, int? latencyMilliseconds = null)
    {
        var headers = new Dictionary<string, string> { ["X-Simulator-Fault"] = fault.ToString() };
        if (latencyMilliseconds is { } ms)
        {
            headers["X-Simulator-Latency-Ms"] = ms.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return CreateClient(headers: headers);
    }

    /// <summary>A plain HttpClient at the API root that sends <paramref name="authorization"/> (default: the simulator's raw token) as the Authorization header.</summary>
    public HttpClient CreateRawClient(string? authorization = null)
    {
        var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = Simulator.BaseAddress };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization ?? Simulator.Token);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        _owned.Add(http);
        return http;
    }

    protected virtual SimulatorOptions CreateOptions() => new();
}

/// <summary>A simulator whose clock stands still at <see cref="FixedClock.DefaultNow"/>.</summary>
public class FixedClockFixture : SimulatorFixture
{
    public static DateTimeOffset Now => FixedClock.DefaultNow;

    protected override SimulatorOptions CreateOptions() => new() { Clock = new FixedClock(Now) };
}
