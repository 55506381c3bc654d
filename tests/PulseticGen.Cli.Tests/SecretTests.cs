using System.Collections.Generic;
using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>The token is never printed: not in results, not in errors, not with <c>--verbose</c>.</summary>
public sealed class SecretTests : IClassFixture<SimulatorFixture>
{
    private const string Canary = SimulatorFixture.CanaryToken;

    private readonly SimulatorFixture _simulator;

    public SecretTests(SimulatorFixture simulator)
    {
        _simulator = simulator;
    }

    [Fact]
    public async Task Verbose_prints_method_url_status_and_timing_but_never_the_token()
    {
        CliResult result = await CliRun.RunAsync(["monitors", "list", "--all", "--per-page", "2", "--verbose", "--base-url", _simulator.BaseAddress.ToString(), "--token", Canary]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain(Canary, result.All);
        Assert.Matches(@"GET http://127\.0\.0\.1:\d+/api/public/monitors\?[^ ]* → 200 OK in \d+ ms", result.Errors);
        Assert.DoesNotContain("Authorization", result.All);
    }

    [Fact]
    public async Task A_token_from_the_environment_is_not_printed_with_verbose_or_on_failure()
    {
        var variables = new Dictionary<string, string>
        {
            ["PULSETIC_API_TOKEN"] = Canary,
            ["PULSETIC_BASE_URL"] = _simulator.BaseAddress.ToString(),
        };

        CliResult found = await CliRun.RunAsync(["monitors", "list", "--verbose", "--json"], variables);
        CliResult missing = await CliRun.RunAsync(["monitors", "get", "987654321", "--verbose"], variables);

        Assert.Equal(0, found.ExitCode);
        Assert.Equal(1, missing.ExitCode);
        Assert.DoesNotContain(Canary, found.All);
        Assert.DoesNotContain(Canary, missing.All);
    }

    [Fact]
    public async Task A_rejected_token_is_not_printed()
    {
        const string RejectedCanary = "canary-rejected-0d9e8f7a6b5c4d3e2f1a0b9c";

        CliResult result = await CliRun.RunAsync(["monitors", "list", "--verbose", "--base-url", _simulator.BaseAddress.ToString(), "--token", RejectedCanary]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("→ 401 Unauthorized", result.Errors);
        Assert.DoesNotContain(RejectedCanary, result.All);
    }

    [Fact]
    public async Task A_parse_error_does_not_echo_the_token()
    {
        // Spectre quotes the value it could not convert; here that value is the token itself.
        CliResult result = await CliRun.RunAsync(["monitors", "get", Canary, "--token", Canary, "--verbose"]);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain(Canary, result.All);
        Assert.Contains("[redacted]", result.Errors);
    }
}
