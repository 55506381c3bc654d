using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using PulseticGen.Simulator;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>What a user sees when the API refuses or fails: each a single line and exit code 1.</summary>
public sealed class FailureTests
{
    [Fact]
    public async Task A_rejected_body_names_the_fields_the_server_complained_about()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync();

        CliResult result = await RunAsync(simulator, "monitors", "create", "not a url");

        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("422 Unprocessable Entity: Pulsetic rejected POST /api/public/monitors.", line);
        Assert.Contains("(urls.0: ", line);
    }

    [Fact]
    public async Task The_rate_limit_says_when_to_retry()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { RateLimitPerMinute = 1 });

        CliResult first = await RunAsync(simulator, "heartbeats", "list");
        CliResult second = await RunAsync(simulator, "heartbeats", "list");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(1, second.ExitCode);
        Assert.Matches(@"^429 Too Many Requests: rate limit exceeded; retry after \d+ s\.$", Assert.Single(second.ErrorLines));
    }

    [Fact]
    public async Task A_server_error_says_the_call_may_work_later()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { Fault = SimulatorFault.InternalServerError });

        CliResult result = await RunAsync(simulator, "status-pages", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "500 Internal Server Error: Pulsetic failed to handle GET /api/public/status-page; it may work if retried later. Pulsetic said: Server Error.",
            Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_reported_as_an_unexpected_response()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { Fault = SimulatorFault.InvalidJson });

        CliResult result = await RunAsync(simulator, "monitors", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Unexpected response: ", Assert.Single(result.ErrorLines));
    }

    private static Task<CliResult> RunAsync(PulseticSimulator simulator, params string[] args) =>
        CliRun.RunAsync([.. args, "--base-url", simulator.BaseAddress.ToString(), "--token", simulator.Token]);
}
