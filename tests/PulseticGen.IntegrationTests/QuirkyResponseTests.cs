using System.Text.Json;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// The shapes the spec warns about, as the simulator sends them (0/1 flags, Unix-or-ISO timestamps, numbers in
/// strings, escaped slashes and \u escapes), read through the generated client. Each test first checks the raw JSON,
/// so it proves the quirk was really on the wire.
/// </summary>
public sealed class QuirkyResponseTests : IClassFixture<FixedClockFixture>
{
    private readonly FixedClockFixture _fixture;

    public QuirkyResponseTests(FixedClockFixture fixture)
    {
        _fixture = fixture;
    }

    private PulseticClient Client => _fixture.Client;

    [Fact]
    public async Task Even_monitor_ids_send_int_flags_unix_times_and_string_scores_which_the_client_reads_as_typed_values()
    {
        JsonElement raw = await RawDataAsync($"monitors/{SampleIds.ProductionMonitor}");
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("ssl_check").ValueKind);
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("checked_at").ValueKind);
        Assert.Equal(JsonValueKind.String, raw.GetProperty("mobile_seo_score").ValueKind);
        Assert.Equal(JsonValueKind.String, raw.GetProperty("snapshots_average_uptime").ValueKind);
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("ssl_certificate").GetProperty("is_valid").ValueKind);
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("ssl_certificate").GetProperty("expires_at").ValueKind);

        Pulsetic.Monitor monitor = (await Client.Monitors.GetAsync(SampleIds.ProductionMonitor)).Data;
        Assert.True(monitor.SslCheck);
        Assert.False(monitor.IsNegative);
        Assert.False(monitor.Disabled);
        Assert.Equal(LatestCheck(FixedClockFixture.Now, 60), monitor.CheckedAt);
        Assert.Equal(double.Parse(raw.GetProperty("mobile_seo_score").GetString()!, System.Globalization.CultureInfo.InvariantCulture), monitor.MobileSeoScore);
        Assert.Equal(double.Parse(raw.GetProperty("snapshots_average_uptime").GetString()!, System.Globalization.CultureInfo.InvariantCulture), monitor.SnapshotsAverageUptime);
        Assert.True(monitor.SslCertificate!.IsValid);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(raw.GetProperty("ssl_certificate").GetProperty("expires_at").GetInt64()), monitor.SslCertificate.ExpiresAt);
        Assert.Equal("200", monitor.ResponseCode);
        Assert.Equal("https://example.com", monitor.Url);
        Assert.Equal(MonitorStatus.Online, monitor.Status);
    }

    [Fact]
    public async Task Odd_monitor_ids_send_booleans_iso_times_and_numeric_scores()
    {
        JsonElement raw = await RawDataAsync($"monitors/{SampleIds.ApiMonitor}");
        Assert.Equal(JsonValueKind.True, raw.GetProperty("ssl_check").ValueKind);
        Assert.Equal(JsonValueKind.String, raw.GetProperty("checked_at").ValueKind);
        Assert.Equal(JsonValueKind.Number, raw.GetProperty("mobile_seo_score").ValueKind);

        Pulsetic.Monitor monitor = (await Client.Monitors.GetAsync(SampleIds.ApiMonitor)).Data;
        Assert.True(monitor.SslCheck);
        Assert.Equal(LatestCheck(FixedClockFixture.Now, 300), monitor.CheckedAt);
        Assert.Equal(raw.GetProperty("mobile_seo_score").GetDouble(), monitor.MobileSeoScore);
        Assert.Equal(5.5, monitor.RequestTimeout);
        Assert.Equal("{\"ping\":true}", monitor.RequestBodyJson);
        Assert.Equal(RequestBodyType.Json, monitor.RequestBodyType);
        Assert.Equal("https://api.example.com/health", monitor.Url);
    }

    [Fact]
    public async Task Response_times_are_seconds()
    {
        Pulsetic.Monitor monitor = (await Client.Monitors.GetAsync(SampleIds.ProductionMonitor)).Data;
        Assert.InRange(monitor.ResponseTime!.Value, 0.01, 1.0);
        Assert.All(monitor.Nodes!, node => Assert.InRange(node.AverageResponseTime!.Value, 0.01, 1.0));
        IReadOnlyDictionary<string, MonitorStatsPeriod> stats = await Client.Monitors.GetStatsAsync(SampleIds.ProductionMonitor);
        Assert.InRange(stats["1day"].AverageResponseTime!.Value, 0.01, 1.0);
    }

    [Fact]
    public async Task Nodes_carry_whole_number_uptime_mysql_times_and_unicode_titles()
    {
        Pulsetic.Monitor monitor = (await Client.Monitors.GetAsync(SampleIds.ProductionMonitor)).Data;
        Assert.All(monitor.Nodes!, node =>
        {
            Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$", node.LatestCheck);
            Assert.Equal(Math.Floor(node.Uptime!.Value), node.Uptime);
            Assert.True(node.Active);
        });

        // Some seed gives a monitor the São Paulo node; the title arrives as "S\u00E3o Paulo".
        IReadOnlyList<MonitorSnapshot> rows = await FindSnapshotsWithNodeAsync("sao_paulo");
        Assert.Equal("São Paulo", rows[0].Node!.Title);
        Assert.Equal("South America", rows[0].Node!.Continent);
    }

    [Fact]
    public async Task Legacy_check_rows_send_strings_and_ints_that_read_as_numbers_and_bools()
    {
        using HttpClient raw = _fixture.CreateRawClient();
        using JsonDocument rows = JsonDocument.Parse(await raw.GetStringAsync($"monitors/{SampleIds.ProductionMonitor}/checks?per_page=3"));
        JsonElement row = rows.RootElement[0];
        Assert.Equal(JsonValueKind.String, row.GetProperty("time_total").ValueKind);
        Assert.Equal(JsonValueKind.String, row.GetProperty("response_code").ValueKind);
        Assert.Equal(JsonValueKind.Number, row.GetProperty("is_failed").ValueKind);
        Assert.Equal(JsonValueKind.String, row.GetProperty("response_headers").ValueKind);

        MonitorCheck check = (await Client.Monitors.ListChecksAsync(SampleIds.ProductionMonitor, perPage: 3))[0];
        Assert.Equal(double.Parse(row.GetProperty("time_total").GetString()!, System.Globalization.CultureInfo.InvariantCulture), check.TimeTotal);
        Assert.Equal(long.Parse(row.GetProperty("response_code").GetString()!, System.Globalization.CultureInfo.InvariantCulture), check.ResponseCode);
        Assert.Equal(row.GetProperty("is_failed").GetInt32() == 1, check.IsFailed);

        // response_headers is JSON inside a string: the client keeps the string, the caller parses it again.
        using JsonDocument headers = JsonDocument.Parse(check.ResponseHeaders!);
        Assert.Contains(headers.RootElement.EnumerateArray(), header => header.GetProperty("name").GetString() == "content-type");
    }

    [Fact]
    public async Task Snapshot_timings_are_numeric_strings()
    {
        using HttpClient raw = _fixture.CreateRawClient();
        using JsonDocument rows = JsonDocument.Parse(await raw.GetStringAsync($"monitors/{SampleIds.ProductionMonitor}/snapshots?per_page=1"));
        Assert.Equal(JsonValueKind.String, rows.RootElement[0].GetProperty("average_time_total").ValueKind);
        Assert.Equal(JsonValueKind.String, rows.RootElement[0].GetProperty("uptime").ValueKind);

        MonitorSnapshot snapshot = Assert.Single(await Client.Monitors.ListSnapshotsAsync(SampleIds.ProductionMonitor, perPage: 1));
        Assert.Equal(double.Parse(rows.RootElement[0].GetProperty("average_time_total").GetString()!, System.Globalization.CultureInfo.InvariantCulture), snapshot.AverageTimeTotal);
        Assert.InRange(snapshot.Uptime!.Value, 0, 100);
        Assert.Equal(60, snapshot.TotalChecks);
    }

    [Fact]
    public async Task Status_page_and_resource_flags_mix_ints_and_booleans()
    {
        JsonElement page = (await RawAsync("status-page")).GetProperty("data")[0];
        Assert.Equal(JsonValueKind.Number, page.GetProperty("remove_branding").ValueKind);
        Assert.Equal(JsonValueKind.True, page.GetProperty("subscribe_to_updates").ValueKind);

        StatusPage typed = (await Client.StatusPages.ListAsync()).Data.Single(p => p.Id == SampleIds.StatusPage);
        Assert.False(typed.RemoveBranding);
        Assert.False(typed.Private);
        Assert.True(typed.SubscribeToUpdates);
        Assert.Equal("Scheduled Upgrade", Assert.Single(typed.UpcomingMaintenances!).Name);
        Assert.Equal(IncidentStatus.Investigating, Assert.Single(typed.Incidents!).Status);

        Heartbeat heartbeat = (await Client.Heartbeats.GetAsync(SampleIds.Heartbeat)).Data;
        Assert.True(heartbeat.AlertEmail);
        Assert.False(heartbeat.AlertSms);
        Domain domain = Assert.Single((await Client.Domains.ListAsync()).Data, d => d.Id == SampleIds.Domain);
        Assert.True(domain.IsActive);
        Assert.False(domain.DisableExpiringSoonAlert);
        Assert.Equal("example.com", domain.DomainValue);
    }

    [Fact]
    public async Task Escaped_slashes_and_unknown_paginator_keys_are_read()
    {
        string body = await _fixture.CreateRawClient().GetStringAsync("monitors?per_page=1");
        Assert.Contains("https:\\/\\/example.com", body, StringComparison.Ordinal);
        Assert.Contains("\"links\":[", body, StringComparison.Ordinal);

        MonitorPage page = await Client.Monitors.ListAsync(perPage: 1);
        Assert.Equal("https://example.com", Assert.Single(page.Data).Url);
    }

    private static DateTimeOffset LatestCheck(DateTimeOffset now, long frequency) =>
        DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / frequency * frequency);

    private async Task<JsonElement> RawAsync(string path)
    {
        using HttpClient raw = _fixture.CreateRawClient();
        using JsonDocument document = JsonDocument.Parse(await raw.GetStringAsync(path));
        return document.RootElement.Clone();
    }

    private async Task<JsonElement> RawDataAsync(string path) => (await RawAsync(path)).GetProperty("data");

    private async Task<IReadOnlyList<MonitorSnapshot>> FindSnapshotsWithNodeAsync(string location)
    {
        for (int attempt = 0; attempt < 30; attempt++)
        {
            Pulsetic.Monitor monitor = Assert.Single(await Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { $"https://node-{attempt}.example.com" } }));
            Pulsetic.Monitor detailed = (await Client.Monitors.GetAsync(monitor.Id)).Data;
            if (detailed.Nodes!.Any(node => node.Location == location))
            {
                IReadOnlyList<MonitorSnapshot> rows = await Client.Monitors.ListSnapshotsAsync(monitor.Id, perPage: 3);
                return rows.Where(row => row.Node!.Location == location).ToList();
            }
        }

        throw new InvalidOperationException($"No monitor got the {location} node in 30 tries.");
    }
}
