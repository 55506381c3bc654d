using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>Where the token and the API address come from: <c>--token</c>, then the environment, then the config file.</summary>
public sealed class CredentialTests : IClassFixture<SimulatorFixture>, System.IDisposable
{
    private readonly SimulatorFixture _simulator;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pulsetic-cli-tests-" + System.Guid.NewGuid().ToString("N"));

    public CredentialTests(SimulatorFixture simulator)
    {
        _simulator = simulator;
    }

    [Fact]
    public async Task The_token_and_base_url_can_come_from_the_environment()
    {
        CliResult result = await CliRun.RunAsync(["heartbeats", "list", "--json"], new Dictionary<string, string>
        {
            ["PULSETIC_API_TOKEN"] = _simulator.Token,
            ["PULSETIC_BASE_URL"] = _simulator.BaseAddress.ToString(),
        });

        Assert.True(result.ExitCode == 0, result.ToString());
        Json.Parse(result.Output);
    }

    [Fact]
    public async Task The_token_can_come_from_the_config_file()
    {
        string path = WriteConfig($$"""{"token": "{{_simulator.Token}}"}""");

        CliResult result = await CliRun.RunAsync(["domains", "list"], new Dictionary<string, string>
        {
            ["PULSETIC_CONFIG"] = path,
            ["PULSETIC_BASE_URL"] = _simulator.BaseAddress.ToString(),
        });

        Assert.True(result.ExitCode == 0, result.ToString());
    }

    [Fact]
    public async Task The_token_option_wins_over_the_environment_and_the_401_names_the_source()
    {
        var variables = new Dictionary<string, string>
        {
            ["PULSETIC_API_TOKEN"] = "stale-token-from-the-environment",
            ["PULSETIC_BASE_URL"] = _simulator.BaseAddress.ToString(),
        };

        CliResult withOption = await CliRun.RunAsync(["monitors", "list", "--token", _simulator.Token], variables);
        CliResult withoutOption = await CliRun.RunAsync(["monitors", "list"], variables);

        Assert.True(withOption.ExitCode == 0, withOption.ToString());
        Assert.Equal(1, withoutOption.ExitCode);
        Assert.EndsWith("Check the token from PULSETIC_API_TOKEN.", Assert.Single(withoutOption.ErrorLines));
    }

    [Fact]
    public async Task A_broken_config_file_is_a_usage_error_that_does_not_quote_the_file()
    {
        const string Secret = "secret-in-a-broken-file-5e4d3c2b1a";
        string path = WriteConfig($$"""{"token": "{{Secret}}" oops}""");

        CliResult result = await CliRun.RunAsync(["monitors", "list"], new Dictionary<string, string> { ["PULSETIC_CONFIG"] = path });

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.ErrorLines);
        Assert.Contains("is not valid JSON (line 1", line);
        Assert.DoesNotContain(Secret, result.All);
    }

    [Fact]
    public async Task Global_options_may_come_before_the_command()
    {
        CliResult result = await CliRun.RunAsync(["--json", "--base-url", _simulator.BaseAddress.ToString(), "--token", _simulator.Token, "status-pages", "list"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(System.Text.Json.JsonValueKind.Array, Json.Parse(result.Output).ValueKind);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private string WriteConfig(string content)
    {
        Directory.CreateDirectory(_directory);
        string path = Path.Combine(_directory, "config.json");
        File.WriteAllText(path, content);
        return path;
    }
}
