using System.Diagnostics;
using System.Globalization;
using System.Net.NetworkInformation;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace PulseticGen.IntegrationTests.Hardening;

/// <summary>The load tests run alone: their timing and the process-wide memory and socket counts must not include other tests.</summary>
[CollectionDefinition(nameof(LoadCollection), DisableParallelization = true)]
public sealed class LoadCollection
{
}

/// <summary>
/// One generated client (one HttpClient over the SocketsHttpHandler that <see cref="PulseticClient.Create(string, Uri?, HttpMessageHandler?)"/>
/// builds, <c>MaxConnectionsPerServer</c> left at its default) under a burst of 1,000 concurrent calls and under a
/// loop of calls, against the in-process simulator on loopback. Every loop is bounded in count and in time.
/// </summary>
[Collection(nameof(LoadCollection))]
public sealed class LoadTests : IAsyncLifetime
{
    private const int BurstCalls = 1_000;
    private const int MaxConnections = 200;
    private static readonly TimeSpan BurstLimit = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper _output;
    private PulseticSimulator _simulator = null!;

    public LoadTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public async Task InitializeAsync() => _simulator = await PulseticSimulator.StartAsync();

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task A_thousand_concurrent_calls_through_one_client_all_succeed_on_a_bounded_number_of_connections()
    {
        using PulseticClient client = PulseticClient.Create(_simulator.Token, _simulator.BaseAddress);
        using var sampling = new CancellationTokenSource();
        Task<int> peak = SamplePeakConnectionsAsync(sampling.Token);

        // Two bursts: the second shows whether the first one's connections are reused or pile up.
        (TimeSpan first, Exception[] firstFailures, int afterFirst) = await BurstAsync(client);
        (TimeSpan second, Exception[] secondFailures, int afterSecond) = await BurstAsync(client);
        await sampling.CancelAsync();

        _output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0} calls in {1:0.00} s and again in {2:0.00} s, {3} failed; established connections to the simulator: {4} after the first burst, {5} after the second, peak {6}",
            BurstCalls, first.TotalSeconds, second.TotalSeconds, firstFailures.Length + secondFailures.Length, afterFirst, afterSecond, await peak));

        Exception[] failures = firstFailures.Concat(secondFailures).ToArray();
        Assert.True(failures.Length == 0, $"{failures.Length} calls failed; the first: {failures.FirstOrDefault()}");
        Assert.True(afterSecond <= BurstCalls, $"{afterSecond} connections for at most {BurstCalls} concurrent calls: connections are not reused");
        Assert.True(afterSecond < MaxConnections, $"{afterSecond} connections to the simulator are open after the bursts (limit {MaxConnections}): the client opens one per concurrent call");
    }

    /// <summary>Starts <see cref="BurstCalls"/> calls at once and waits for all of them, at most <see cref="BurstLimit"/>.</summary>
    private async Task<(TimeSpan Elapsed, Exception[] Failures, int ConnectionsAfterwards)> BurstAsync(PulseticClient client)
    {
        var stopwatch = Stopwatch.StartNew();
        Task[] calls = Enumerable.Range(0, BurstCalls).Select(i => Call(client, i)).ToArray();
        Task all = Task.WhenAll(calls);
        bool finished = await Task.WhenAny(all, Task.Delay(BurstLimit)) == all;
        Assert.True(finished, $"{calls.Count(c => !c.IsCompleted)} of {BurstCalls} calls were still running after {BurstLimit.TotalSeconds} s");
        return (stopwatch.Elapsed, calls.Where(c => c.IsFaulted).Select(c => c.Exception!.GetBaseException()).ToArray(), EstablishedConnections());
    }

    [Fact]
    public async Task Calls_in_a_loop_keep_succeeding_and_memory_stays_flat()
    {
        // A fixed number of calls in CI, enough to catch a leak per call whatever the machine's speed;
        // PULSETICGEN_SOAK_SECONDS=180 turns it into a timed soak.
        TimeSpan? duration = SoakSeconds() is int seconds ? TimeSpan.FromSeconds(seconds) : null;
        const int fixedCalls = 16_000;
        const int concurrency = 16;
        const long maxGrowth = 50L * 1024 * 1024;
        using PulseticClient client = PulseticClient.Create(_simulator.Token, _simulator.BaseAddress);

        // Warm up first (at the same concurrency, so the pool opens no extra connections), so JIT, pools and the
        // simulator's caches are in the baseline.
        for (int i = 0; i < 200; i += concurrency)
        {
            await Task.WhenAll(Enumerable.Range(i, concurrency).Select(index => Call(client, index)));
        }

        long baseline = SettledMemory();

        int calls = 0;
        var failures = new List<Exception>();
        var stopwatch = Stopwatch.StartNew();
        while ((duration is { } soak ? stopwatch.Elapsed < soak : calls < fixedCalls) && failures.Count == 0)
        {
            Task[] batch = Enumerable.Range(calls, concurrency).Select(i => Call(client, i)).ToArray();
            Task all = Task.WhenAll(batch);
            Assert.True(await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))) == all, $"a batch of {concurrency} calls took over 30 s");
            failures.AddRange(batch.Where(c => c.IsFaulted).Select(c => c.Exception!.GetBaseException()));
            calls += concurrency;
        }

        long growth = SettledMemory() - baseline;
        int connections = EstablishedConnections();
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} calls in {1:0.0} s ({2:0} per second), {3} failed, managed memory grew by {4:0.0} MB, {5} connections open", calls, stopwatch.Elapsed.TotalSeconds, calls / stopwatch.Elapsed.TotalSeconds, failures.Count, growth / 1024.0 / 1024.0, connections));

        Assert.True(failures.Count == 0, $"{failures.Count} calls failed; the first: {failures.FirstOrDefault()}");
        Assert.True(growth < maxGrowth, $"managed memory grew by {growth / 1024 / 1024} MB over {calls} calls");
        Assert.True(connections <= concurrency * 2, $"{connections} connections are open for {concurrency} concurrent calls");
    }

    /// <summary>A mix of the reads a dashboard makes: one monitor, the monitor page, heartbeats and domains.</summary>
    private static Task Call(PulseticClient client, int index) => (index % 4) switch
    {
        0 => client.Monitors.GetAsync(SampleIds.ProductionMonitor),
        1 => client.Monitors.ListAsync(),
        2 => client.Heartbeats.ListAsync(),
        _ => client.Domains.ListAsync(),
    };

    private static int? SoakSeconds()
    {
        string? configured = Environment.GetEnvironmentVariable("PULSETICGEN_SOAK_SECONDS");
        return int.TryParse(configured, NumberStyles.Integer, CultureInfo.InvariantCulture, out int seconds) && seconds > 0 ? Math.Min(seconds, 3_600) : null;
    }

    private static long SettledMemory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    /// <summary>The client side of the connections to the simulator (its own server-side sockets are in this process too).</summary>
    private int EstablishedConnections()
    {
        int port = _simulator.BaseAddress.Port;
        return IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections()
            .Count(c => c.State == TcpState.Established && c.RemoteEndPoint.Port == port && IPAddress.IsLoopback(c.RemoteEndPoint.Address));
    }

    private async Task<int> SamplePeakConnectionsAsync(CancellationToken cancellationToken)
    {
        int peak = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            peak = Math.Max(peak, EstablishedConnections());
            try
            {
                await Task.Delay(50, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return Math.Max(peak, EstablishedConnections());
    }
}
