using System.Diagnostics;
using System.IO;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>The simulator as a host: loopback only, free ports, its public API, the standalone command line, concurrency and shutdown.</summary>
public sealed class SimulatorHostTests
{
    [Theory]
    [InlineData("http://0.0.0.0:0")]
    [InlineData("http://192.0.2.1:0")]
    [InlineData("http://example.com:0")]
    [InlineData("https://127.0.0.1:0")]
    [InlineData("not a url")]
    public async Task Only_http_on_loopback_is_accepted(string url)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => PulseticSimulator.StartAsync(new SimulatorOptions { Url = url }));
    }

    [Fact]
    public async Task Port_zero_gives_each_simulator_its_own_port_and_the_base_address_ends_with_a_slash()
    {
        await using PulseticSimulator first = await PulseticSimulator.StartAsync();
        await using PulseticSimulator second = await PulseticSimulator.StartAsync(new SimulatorOptions { Url = "http://localhost:0" });

        Assert.Equal("127.0.0.1", first.BaseAddress.Host);
        Assert.Equal("/api/public/", first.BaseAddress.AbsolutePath);
        Assert.NotEqual(0, first.BaseAddress.Port);
        Assert.NotEqual(first.BaseAddress.Port, second.BaseAddress.Port);
        Assert.Equal(SimulatorOptions.DevelopmentToken, first.Token);
    }

    [Fact]
    public async Task Configured_tokens_replace_the_development_token()
    {
        var options = new SimulatorOptions { SeedSampleData = false };
        options.Tokens.Add("alpha");
        options.Tokens.Add("beta");
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(options);
        Assert.Equal("alpha", simulator.Token);

        using PulseticClient beta = PulseticClient.Create("beta", simulator.BaseAddress);
        Assert.Empty((await beta.Monitors.ListAsync()).Data);
        using PulseticClient development = PulseticClient.Create(SimulatorOptions.DevelopmentToken, simulator.BaseAddress);
        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => development.Monitors.ListAsync());
    }

    [Fact]
    public async Task CountRequests_counts_by_template_whatever_the_spelling_including_rejected_requests()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync();
        using PulseticClient client = PulseticClient.Create(simulator.Token, simulator.BaseAddress);
        await client.Monitors.GetAsync(SampleIds.ProductionMonitor);
        await client.Monitors.GetAsync(SampleIds.ApiMonitor);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Monitors.GetAsync(1));
        using PulseticClient stranger = PulseticClient.Create("stranger", simulator.BaseAddress);
        await Assert.ThrowsAsync<ApiUnauthorizedException>(() => stranger.Monitors.GetAsync(1));

        Assert.Equal(4, simulator.CountRequests("GET", "/monitors/{monitorId}"));
        Assert.Equal(4, simulator.CountRequests("get", "monitors/{monitorId}/"));
        Assert.Equal(4, simulator.CountRequests("GET", "/api/public/monitors/{monitorId}"));
        Assert.Equal(0, simulator.CountRequests("DELETE", "/monitors/{monitorId}"));
        Assert.Equal(0, simulator.CountRequests("GET", "/monitors"));
    }

    [Fact]
    public async Task Parallel_writes_through_one_client_are_all_kept_with_distinct_ids()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { SeedSampleData = false });
        using PulseticClient client = PulseticClient.Create(simulator.Token, simulator.BaseAddress);

        Pulsetic.Monitor[] created = (await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { $"https://parallel-{i}.example.com" } })))).Select(list => list[0]).ToArray();

        Assert.Equal(40, created.Select(m => m.Id).Distinct().Count());
        Assert.Equal(40, simulator.CountRequests("POST", "/monitors"));
        Assert.Equal(40, (await client.Monitors.ListAsync(perPage: 100)).Total);
    }

    [Fact]
    public async Task Text_outside_ascii_round_trips_through_the_escaped_json()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync();
        using PulseticClient client = PulseticClient.Create(simulator.Token, simulator.BaseAddress);
        const string Name = "Café ☕ 東京 🚀 \"quoted\" / slash \\ backslash";

        Pulsetic.Monitor monitor = Assert.Single(await client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://unicode.example.com/a?b=1&c=2" }, Names = new[] { Name } }));
        Pulsetic.Monitor fetched = (await client.Monitors.GetAsync(monitor.Id)).Data;
        Assert.Equal(Name, fetched.Name);
        Assert.Equal("https://unicode.example.com/a?b=1&c=2", fetched.Url);
    }

    [Fact]
    public async Task Disposing_does_not_wait_for_a_request_stuck_in_injected_latency()
    {
        // A latency far beyond the bound below, so passing cannot depend on how fast the machine is.
        var latency = TimeSpan.FromMinutes(2);
        PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { Fault = SimulatorFault.Latency, Latency = latency });
        using PulseticClient client = PulseticClient.Create(simulator.Token, simulator.BaseAddress);
        Task<MonitorPage> stuck = client.Monitors.ListAsync();
        var arrival = Stopwatch.StartNew();
        while (simulator.CountRequests("GET", "/monitors") == 0)
        {
            Assert.True(arrival.Elapsed < TimeSpan.FromSeconds(30), "the request never reached the simulator");
            await Task.Delay(10);
        }

        var watch = Stopwatch.StartNew();
        await simulator.DisposeAsync();
        await simulator.DisposeAsync();
        Assert.True(watch.Elapsed < latency / 4, $"disposing took {watch.Elapsed}, as if it waited for the {latency} latency");
        await Assert.ThrowsAsync<ApiTransportException>(() => stuck);
    }

    [Fact]
    public async Task The_standalone_simulator_prints_its_address_and_token_serves_requests_and_stops_on_SIGTERM()
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "PulseticGen.Simulator.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0", "--token", "standalone-token", "--seed", "5", "--quiet" },
        };
        using Process process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            string? first = await process.StandardOutput.ReadLineAsync(timeout.Token);
            string? second = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.StartsWith("Pulsetic simulator listening on http://127.0.0.1:", first, StringComparison.Ordinal);
            Assert.Equal("Token: standalone-token", second);

            var baseAddress = new Uri(first!.Substring("Pulsetic simulator listening on ".Length));
            using PulseticClient client = PulseticClient.Create("standalone-token", baseAddress);
            Assert.Equal(SampleIds.MonitorCount, (await client.Monitors.ListAsync()).Data.Count);

            using (Process kill = Process.Start("kill", new[] { "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopping.", await process.StandardOutput.ReadToEndAsync(timeout.Token), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [Theory]
    [InlineData(0, "--help")]
    [InlineData(2, "--fault", "Meteor")]
    [InlineData(2, "--quirks", "Sometimes")]
    [InlineData(2, "--urls")]
    [InlineData(1, "--urls", "http://198.51.100.7:0")]
    public async Task The_command_line_explains_itself_and_refuses_bad_arguments(int exitCode, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PulseticGen.Simulator.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            Task<string> output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            Task<string> error = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(exitCode, process.ExitCode);
            Assert.Contains(exitCode == 1 ? "loopback" : "Usage:", await output + await error, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}
