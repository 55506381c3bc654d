using System;
using System.Text.Json;
using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using PulseticGen.Simulator;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>
/// The CLI against a simulator forcing each wire quirk (<see cref="SimulatorOptions.Quirks"/>): the same JSON comes out
/// as against the canonical forms, and the pre-July-2025 bare monitor list is reported, not shown as an empty table.
/// </summary>
public sealed class WireQuirkTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 15, 10, 20, 30, TimeSpan.Zero);

    [Theory]
    [InlineData(SimulatorQuirks.IntegerFlags)]
    [InlineData(SimulatorQuirks.UnixTimes)]
    [InlineData(SimulatorQuirks.NumericStrings)]
    [InlineData(SimulatorQuirks.IntegerFlags | SimulatorQuirks.UnixTimes | SimulatorQuirks.NumericStrings)]
    public async Task Commands_print_the_same_json_whatever_forms_the_API_sends(SimulatorQuirks quirks)
    {
        string[][] commands =
        [
            ["monitors", "get", "115988", "--json"],
            ["monitors", "list", "--json"],
            ["monitors", "checks", "115988", "--from", "2026-03-15 08:00:00", "--to", "2026-03-15 08:05:00", "--json"],
            ["monitors", "snapshots", "115988", "--from", "2026-03-15 06:00:00", "--to", "2026-03-15 09:00:00", "--json"],
            ["status-pages", "list", "--json"],
        ];

        await using PulseticSimulator canonical = await StartAsync(SimulatorQuirks.None);
        await using PulseticSimulator quirky = await StartAsync(quirks);
        foreach (string[] command in commands)
        {
            CliResult expected = await RunAsync(canonical, command);
            CliResult actual = await RunAsync(quirky, command);

            Assert.True(expected.ExitCode == 0, expected.ToString());
            Assert.True(actual.ExitCode == 0, actual.ToString());
            Assert.Equal(expected.Output, actual.Output);

            // Not vacuous: every command printed data (the checks and snapshots windows hold rows).
            JsonElement printed = Json.Parse(expected.Output);
            Assert.True(printed.ValueKind == JsonValueKind.Object || printed.GetArrayLength() > 0, string.Join(" ", command));
        }
    }

    [Fact]
    public async Task Legacy_bare_array_monitor_list_is_reported_as_an_unexpected_response()
    {
        await using PulseticSimulator legacy = await StartAsync(SimulatorQuirks.LegacyMonitorList);

        CliResult result = await RunAsync(legacy, ["monitors", "list"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unexpected response", result.Errors, StringComparison.Ordinal);
    }

    private static Task<PulseticSimulator> StartAsync(SimulatorQuirks quirks) =>
        PulseticSimulator.StartAsync(new SimulatorOptions { Quirks = quirks, Clock = new FixedTime(Now) });

    private static Task<CliResult> RunAsync(PulseticSimulator simulator, string[] command) =>
        CliRun.RunAsync([.. command, "--base-url", simulator.BaseAddress.ToString(), "--token", simulator.Token]);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
