using System.Collections.Generic;
using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary><c>pulsetic demo</c> starts its own simulator; these tests need nothing else.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task Demo_walks_through_a_session_and_exits_0()
    {
        CliResult result = await CliRun.RunAsync(["demo"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(string.Empty, result.Errors);

        // The monitors table: its header, and the three monitors the demo creates.
        Assert.Matches(@"│ ID\s+│ Name\s+│ URL\s+│ Status\s+│ Uptime\s+│ Response\s+│ Checked\s+│", result.Output);
        Assert.Contains("https://shop.example.com", result.Output);
        Assert.Contains("https://api.example.com", result.Output);
        Assert.Contains("https://docs.example.com", result.Output);

        // Each step, with the command that does the same.
        Assert.Contains("$ pulsetic monitors create", result.Output);
        Assert.Contains("$ pulsetic monitors checks", result.Output);
        Assert.Contains("$ pulsetic monitors downtime", result.Output);
        Assert.Contains("$ pulsetic status-pages create", result.Output);
        Assert.Contains("$ pulsetic incidents create", result.Output);
        Assert.Contains("$ pulsetic incident-updates create", result.Output);
        Assert.Contains("resolved", result.Output);
        Assert.Contains("$ pulsetic monitors delete", result.Output);
        Assert.Contains("Done.", result.Output);
    }

    [Fact]
    public async Task Demo_output_has_no_escape_sequences_when_the_console_is_not_a_terminal()
    {
        CliResult result = await CliRun.RunAsync(["demo"]);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.All);
        Assert.DoesNotContain('\r', result.All);
    }

    [Fact]
    public async Task Running_with_no_arguments_and_no_token_runs_the_demo()
    {
        CliResult result = await CliRun.RunAsync([]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pulsetic demo", result.Output);
        Assert.Contains("$ pulsetic monitors create", result.Output);
    }

    [Fact]
    public async Task Running_with_no_arguments_once_a_token_is_configured_shows_help()
    {
        CliResult result = await CliRun.RunAsync([], new Dictionary<string, string> { ["PULSETIC_API_TOKEN"] = "some-token" });

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("USAGE:", result.Output);
        Assert.DoesNotContain("$ pulsetic monitors create", result.Output);
    }
}
