using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>0 for success, 1 when the API says no, 2 when the command line is wrong; every error is one line.</summary>
public sealed class ExitCodeTests : IClassFixture<SimulatorFixture>
{
    private const string UnauthorizedLine =
        "401 Unauthorized: Pulsetic expects the raw API token in the Authorization header (no 'Bearer' prefix). Check the token from --token.";

    private readonly SimulatorFixture _simulator;

    public ExitCodeTests(SimulatorFixture simulator)
    {
        _simulator = simulator;
    }

    [Fact]
    public async Task A_wrong_token_exits_1_with_the_one_line_401_message()
    {
        CliResult result = await CliRun.RunAsync(["monitors", "list", "--base-url", _simulator.BaseAddress.ToString(), "--token", "not-a-real-token"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(UnauthorizedLine, Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task A_missing_resource_exits_1()
    {
        CliResult result = await CliRun.RunAsync(_simulator, "heartbeats", "get", "987654321");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("404 Not Found: GET /api/public/heartbeats/987654321 found nothing; check the id (it may belong to another account).", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("monitors", "explode")]
    [InlineData("monitors", "get", "not-a-number")]
    [InlineData("monitors", "list", "--no-such-option")]
    [InlineData("monitors", "update", "12")]
    [InlineData("monitors", "events", "12", "--type", "sideways")]
    [InlineData("monitors", "checks", "12", "--from", "last tuesday")]
    [InlineData("status-pages", "create", "--title", "No monitors")]
    [InlineData("incident-updates", "create", "5", "--message", "No status")]
    [InlineData("maintenance", "create", "3", "--name", "Upgrade", "--monitor", "1", "--date", "2026-13-40", "--start", "02:00", "--end", "03:00")]
    [InlineData("notification-channels", "create", "1", "carrier-pigeon", "--to", "roof")]
    public async Task A_usage_error_exits_2_with_one_line_and_sends_nothing(params string[] args)
    {
        int before = TotalRequests();

        CliResult result = await CliRun.RunAsync(_simulator, args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: ", Assert.Single(result.ErrorLines));
        Assert.Equal(before, TotalRequests());
    }

    [Fact]
    public async Task A_branch_without_a_command_shows_its_help_and_exits_2()
    {
        CliResult result = await CliRun.RunAsync(["monitors"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("USAGE:", result.Output);
    }

    [Fact]
    public async Task No_token_anywhere_exits_2_and_says_where_a_token_can_come_from()
    {
        CliResult result = await CliRun.RunAsync(["monitors", "list", "--base-url", _simulator.BaseAddress.ToString()]);

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("--token", line);
        Assert.Contains("PULSETIC_API_TOKEN", line);
        Assert.Contains("config.json", line);
    }

    [Fact]
    public async Task A_Bearer_prefix_is_caught_before_any_request()
    {
        int before = TotalRequests();

        CliResult result = await CliRun.RunAsync(["monitors", "list", "--base-url", _simulator.BaseAddress.ToString(), "--token", "Bearer " + _simulator.Token]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no 'Bearer' prefix", Assert.Single(result.ErrorLines));
        Assert.Equal(before, TotalRequests());
    }

    [Fact]
    public async Task An_unreachable_server_exits_1_with_one_line()
    {
        // Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
        CliResult result = await CliRun.RunAsync(["monitors", "list", "--base-url", "http://127.0.0.1:9/api/public/", "--token", "any-token"]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Could not reach Pulsetic", Assert.Single(result.ErrorLines));
    }

    private int TotalRequests()
    {
        int total = 0;
        foreach (PulseticGen.Runtime.ApiEndpoint endpoint in Pulsetic.PulseticEndpoints.All)
        {
            total += _simulator.Simulator.CountRequests(endpoint.Method, endpoint.PathTemplate);
        }

        return total;
    }
}
