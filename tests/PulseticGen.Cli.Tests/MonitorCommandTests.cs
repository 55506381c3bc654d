using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

public sealed class MonitorCommandTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _simulator;

    public MonitorCommandTests(SimulatorFixture simulator)
    {
        _simulator = simulator;
    }

    [Fact]
    public async Task List_json_prints_an_array_of_monitors_that_parses()
    {
        CliResult result = await CliRun.RunAsync(_simulator, "monitors", "list", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement monitors = Json.Parse(result.Output);
        Assert.Equal(JsonValueKind.Array, monitors.ValueKind);
        Assert.NotEmpty(monitors.EnumerateArray());
        Assert.All(monitors.EnumerateArray(), monitor =>
        {
            Assert.True(monitor.GetProperty("id").GetInt64() > 0);
            Assert.False(string.IsNullOrEmpty(monitor.GetProperty("url").GetString()));
        });
    }

    [Theory]
    [InlineData("Asia/Kolkata")]
    [InlineData("America/New_York")]
    public async Task Tables_show_times_in_the_users_zone_and_json_keeps_UTC(string zoneId)
    {
        JsonElement first = Json.Parse((await CliRun.RunAsync(_simulator, "monitors", "list", "--json")).Output)[0];
        DateTimeOffset created = first.GetProperty("created_at").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, created.Offset);

        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        CliResult table = await CliRun.RunAsync(
            ["monitors", "get", first.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--base-url", _simulator.BaseAddress.ToString(), "--token", _simulator.Token],
            new Dictionary<string, string> { ["TZ"] = zoneId });

        Assert.True(table.ExitCode == 0, table.ToString());
        string expected = TimeZoneInfo.ConvertTime(created, zone).ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(expected, table.Output, StringComparison.Ordinal);
        Assert.NotEqual("+00:00", expected[^6..]);
    }

    [Fact]
    public async Task List_prints_a_table_with_the_page_position()
    {
        CliResult result = await CliRun.RunAsync(_simulator, "monitors", "list");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"│ ID\s+│ Name\s+│ URL\s+│ Status", result.Output);
        Assert.Matches(@"Page 1 of \d+", result.Output);
    }

    [Fact]
    public async Task List_all_fetches_every_page_and_returns_each_monitor_once()
    {
        CliResult onePerPage = await CliRun.RunAsync(_simulator, "monitors", "list", "--all", "--per-page", "1", "--json");
        CliResult firstPage = await CliRun.RunAsync(_simulator, "monitors", "list", "--per-page", "1", "--json");

        Assert.True(onePerPage.ExitCode == 0, onePerPage.ToString());
        long[] ids = Json.Ids(onePerPage.Output);
        Assert.True(ids.Length > 1, "The simulator's sample data should span several pages of one.");
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Single(Json.Ids(firstPage.Output));
    }

    [Fact]
    public async Task List_all_as_a_table_prints_the_monitors_after_the_progress_indicator()
    {
        CliResult result = await CliRun.RunAsync(_simulator, "monitors", "list", "--all", "--per-page", "2");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"│ ID\s+│ Name\s+│ URL", result.Output);
        Assert.DoesNotContain('\u001b', result.All);
    }

    [Fact]
    public async Task Create_get_update_and_delete_a_monitor()
    {
        CliResult created = await CliRun.RunAsync(_simulator, "monitors", "create", "https://cli-test.example.com", "--name", "CLI test", "--json");
        Assert.True(created.ExitCode == 0, created.ToString());
        long id = Json.Ids(created.Output).Single();

        CliResult fetched = await CliRun.RunAsync(_simulator, "monitors", "get", id.ToString(), "--json");
        Assert.True(fetched.ExitCode == 0, fetched.ToString());
        Assert.Equal("https://cli-test.example.com", Json.Parse(fetched.Output).GetProperty("url").GetString());

        CliResult updated = await CliRun.RunAsync(_simulator, "monitors", "update", id.ToString(), "--name", "Renamed by the CLI");
        Assert.True(updated.ExitCode == 0, updated.ToString());
        Assert.Contains("Renamed by the CLI", updated.Output);

        CliResult deleted = await CliRun.RunAsync(_simulator, "monitors", "delete", id.ToString());
        Assert.True(deleted.ExitCode == 0, deleted.ToString());
        Assert.Contains($"Deleted monitor {id}.", deleted.Output);

        CliResult gone = await CliRun.RunAsync(_simulator, "monitors", "get", id.ToString());
        Assert.Equal(1, gone.ExitCode);
        Assert.StartsWith("404 Not Found:", Assert.Single(gone.ErrorLines));
    }

    [Theory]
    [InlineData("checks", "│ ID")]
    [InlineData("events", "│ ID")]
    [InlineData("snapshots", "│ Hour")]
    [InlineData("stats", "│ Period")]
    [InlineData("downtime", "Monitor ")]
    public async Task History_commands_print_a_table_for_a_sample_monitor(string command, string expected)
    {
        long id = await FirstMonitorIdAsync();

        CliResult result = await CliRun.RunAsync(_simulator, "monitors", command, id.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(expected, result.Output);
    }

    [Theory]
    [InlineData("checks")]
    [InlineData("events")]
    [InlineData("snapshots")]
    [InlineData("stats")]
    [InlineData("downtime")]
    public async Task History_commands_print_json_that_parses(string command)
    {
        long id = await FirstMonitorIdAsync();

        CliResult result = await CliRun.RunAsync(_simulator, "monitors", command, id.ToString(), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        JsonElement json = Json.Parse(result.Output);
        Assert.Equal(command is "stats" or "downtime" ? JsonValueKind.Object : JsonValueKind.Array, json.ValueKind);
    }

    [Fact]
    public async Task Checks_accept_a_look_back_window()
    {
        long id = await FirstMonitorIdAsync();

        CliResult result = await CliRun.RunAsync(_simulator, "monitors", "checks", id.ToString(), "--from", "24h", "--per-page", "5", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Json.Parse(result.Output).GetArrayLength() <= 5);
    }

    private async Task<long> FirstMonitorIdAsync()
    {
        CliResult list = await CliRun.RunAsync(_simulator, "monitors", "list", "--json");
        Assert.True(list.ExitCode == 0, list.ToString());
        return Json.Ids(list.Output).First();
    }
}
