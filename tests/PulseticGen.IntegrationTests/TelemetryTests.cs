using System.Globalization;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// Checks, snapshots, events, downtime and stats: generated from the seed, filtered as the spec says, and consistent
/// with each other (the downtime equals the outages the events describe). The clock is fixed, so every figure is exact.
/// </summary>
public sealed class TelemetryTests : IClassFixture<FixedClockFixture>
{
    private const long Monitor = SampleIds.ProductionMonitor;
    private static readonly DateTimeOffset HourStart = new(2026, 3, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly FixedClockFixture _fixture;

    public TelemetryTests(FixedClockFixture fixture)
    {
        _fixture = fixture;
    }

    private PulseticClient Client => _fixture.Client;

    [Fact]
    public async Task Downtime_stats_and_events_agree_over_the_same_window()
    {
        IReadOnlyDictionary<string, MonitorStatsPeriod> stats = await Client.Monitors.GetStatsAsync(Monitor);
        Assert.Equal(await Client.Monitors.GetDowntimeAsync(Monitor, seconds: 86400), stats["1day"].Downtime);
        Assert.Equal(await Client.Monitors.GetDowntimeAsync(Monitor, seconds: 7 * 86400), stats["7days"].Downtime);
        double month = await Client.Monitors.GetDowntimeAsync(Monitor);
        Assert.Equal(month, stats["30days"].Downtime);

        // The 30-day window ends at the start of the current hour; an outage never straddles an hour.
        IReadOnlyList<MonitorEvent> events = await Client.Monitors.ListEventsAsync(Monitor, ToSecond(HourStart.AddDays(-30)), ToSecond(HourStart.AddSeconds(-1)));
        List<MonitorEvent> chronological = events.OrderBy(e => e.CreatedAt).ToList();
        Assert.True(chronological.Count > 0, "The seed should give the sample monitor some outages in 30 days.");
        Assert.Equal("MonitorOffline", chronological[0].Type);
        double fromEvents = 0;
        for (int i = 0; i + 1 < chronological.Count; i += 2)
        {
            Assert.Equal("MonitorOffline", chronological[i].Type);
            Assert.Equal("MonitorOnline", chronological[i + 1].Type);
            fromEvents += (chronological[i + 1].CreatedAt!.Value - chronological[i].CreatedAt!.Value).TotalSeconds;
        }

        Assert.Equal(month, fromEvents);
        Assert.Equal(chronological.Count / 2, stats["30days"].Incidents);
        double expectedUptime = Math.Round(100.0 * (1 - (month / (30 * 86400.0))), 4);
        Assert.Equal(expectedUptime, stats["30days"].Uptime);
        Assert.True(stats["90days"].Downtime >= stats["30days"].Downtime);
    }

    [Fact]
    public async Task Events_are_newest_first_and_filter_by_type_and_window()
    {
        IReadOnlyList<MonitorEvent> all = await Client.Monitors.ListEventsAsync(Monitor);
        Assert.Equal(all.OrderByDescending(e => e.CreatedAt).Select(e => e.Id), all.Select(e => e.Id));
        Assert.All(all, e => Assert.Equal(Monitor, e.MonitorId));
        Assert.All(all, e => Assert.InRange(e.CreatedAt!.Value, FixedClockFixture.Now.AddDays(-30), FixedClockFixture.Now));

        IReadOnlyList<MonitorEvent> online = await Client.Monitors.ListEventsAsync(Monitor, monitorEventType: MonitorEventType.Online);
        IReadOnlyList<MonitorEvent> offline = await Client.Monitors.ListEventsAsync(Monitor, monitorEventType: MonitorEventType.Offline);
        Assert.All(online, e => Assert.Equal("MonitorOnline", e.Type));
        Assert.All(offline, e => Assert.Equal("MonitorOffline", e.Type));
        Assert.Equal(all.Count, online.Count + offline.Count);

        MonitorEvent newest = all[0];
        IReadOnlyList<MonitorEvent> exact = await Client.Monitors.ListEventsAsync(Monitor, ToSecond(newest.CreatedAt!.Value), ToSecond(newest.CreatedAt!.Value));
        Assert.Equal(newest.Id, Assert.Single(exact).Id);
    }

    [Fact]
    public async Task Checks_come_newest_first_every_frequency_seconds_from_each_node_and_filter_by_node()
    {
        Pulsetic.Monitor monitor = (await Client.Monitors.GetAsync(Monitor)).Data;
        IReadOnlyList<MonitorCheck> checks = await Client.Monitors.ListChecksAsync(Monitor, perPage: 9);
        Assert.Equal(9, checks.Count);
        Assert.Equal(monitor.CheckedAt, checks[0].CreatedAt);
        Assert.Equal(monitor.Nodes!.Select(n => n.Id), checks.Take(3).Select(c => c.NodeId));
        Assert.Equal(TimeSpan.FromSeconds(60), checks[0].CreatedAt - checks[3].CreatedAt);

        MonitorNode node = monitor.Nodes![1];
        IReadOnlyList<MonitorCheck> bySlug = await Client.Monitors.ListChecksAsync(Monitor, nodes: new[] { node.Location! }, perPage: 5);
        Assert.Equal(5, bySlug.Count);
        Assert.All(bySlug, c => Assert.Equal(node.Id, c.NodeId));

        IReadOnlyList<MonitorCheck> byId = await Client.Monitors.ListChecksAsync(Monitor, nodes: new[] { node.Id!.Value.ToString(CultureInfo.InvariantCulture) }, perPage: 5);
        Assert.Equal(bySlug.Select(c => c.Id), byId.Select(c => c.Id));

        Assert.Empty(await Client.Monitors.ListChecksAsync(Monitor, nodes: new[] { "atlantis" }));
    }

    [Fact]
    public async Task Checks_during_an_outage_fail_with_5xx_and_filter_by_response_code()
    {
        MonitorEvent offline = (await Client.Monitors.ListEventsAsync(Monitor, monitorEventType: MonitorEventType.Offline))[0];
        MonitorEvent online = (await Client.Monitors.ListEventsAsync(Monitor, monitorEventType: MonitorEventType.Online))
            .Where(e => e.CreatedAt > offline.CreatedAt).OrderBy(e => e.CreatedAt).First();
        DateTimeOffset start = ToSecond(offline.CreatedAt!.Value), end = ToSecond(online.CreatedAt!.Value.AddSeconds(-1));

        IReadOnlyList<MonitorCheck> during = await Client.Monitors.ListChecksAsync(Monitor, start, end, perPage: 1000);
        Assert.NotEmpty(during);
        Assert.All(during, c => Assert.True(c.IsFailed));
        Assert.All(during, c => Assert.Contains(c.ResponseCode!.Value, new long[] { 500, 502, 503, 504 }));

        IReadOnlyList<MonitorCheck> only503 = await Client.Monitors.ListChecksAsync(Monitor, start, end, responseCodes: new long[] { 503 }, perPage: 1000);
        Assert.Equal(during.Count(c => c.ResponseCode == 503), only503.Count);
        Assert.All(only503, c => Assert.Equal(503, c.ResponseCode));

        IReadOnlyList<MonitorCheck> okCodes = await Client.Monitors.ListChecksAsync(Monitor, start, end, responseCodes: new long[] { 200 }, perPage: 1000);
        Assert.Empty(okCodes);
    }

    [Fact]
    public async Task Snapshots_are_hourly_per_node_and_page()
    {
        DateTimeOffset start = ToSecond(HourStart.AddHours(-6)), end = ToSecond(HourStart);
        IReadOnlyList<MonitorSnapshot> all = await Client.Monitors.ListSnapshotsAsync(Monitor, start, end, perPage: 100);
        Assert.Equal(6 * 3, all.Count);
        Assert.All(all, row => Assert.Equal(60, row.TotalChecks));
        Assert.Equal(HourStart.AddHours(-6), all[0].CreatedAt);
        Assert.Equal(HourStart.AddHours(-1), all[^1].CreatedAt);

        IReadOnlyList<MonitorSnapshot> second = await Client.Monitors.ListSnapshotsAsync(Monitor, start, end, page: 2, perPage: 5);
        Assert.Equal(all.Skip(5).Take(5).Select(r => r.Id), second.Select(r => r.Id));
        Assert.Empty(await Client.Monitors.ListSnapshotsAsync(Monitor, start, end, page: 5, perPage: 5));
    }

    [Fact]
    public async Task An_hour_with_an_outage_has_failed_checks_in_its_snapshot()
    {
        MonitorEvent offline = (await Client.Monitors.ListEventsAsync(Monitor, monitorEventType: MonitorEventType.Offline))[0];
        DateTimeOffset hour = new(offline.CreatedAt!.Value.Year, offline.CreatedAt.Value.Month, offline.CreatedAt.Value.Day, offline.CreatedAt.Value.Hour, 0, 0, TimeSpan.Zero);
        IReadOnlyList<MonitorSnapshot> rows = await Client.Monitors.ListSnapshotsAsync(Monitor, ToSecond(hour), ToSecond(hour.AddMinutes(59)));
        Assert.Equal(3, rows.Count);
        Assert.All(rows, row => Assert.True(row.FailedChecks > 0));
        Assert.All(rows, row => Assert.True(row.Uptime < 100));
    }

    [Fact]
    public async Task The_same_seed_and_clock_give_the_same_answers_and_another_seed_does_not()
    {
        async Task<string> ChecksAsync(int seed)
        {
            await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { Seed = seed, Clock = new FixedClock(FixedClockFixture.Now) });
            using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", simulator.Token);
            string checks = await http.GetStringAsync($"monitors/{Monitor}/checks?per_page=50&start_dt=2026-03-14+00:00:00&end_dt=2026-03-15+00:00:00");
            string stats = await http.GetStringAsync($"monitors/{Monitor}/stats");
            return checks + stats;
        }

        string first = await ChecksAsync(7);
        Assert.Equal(first, await ChecksAsync(7));
        Assert.NotEqual(first, await ChecksAsync(8));
    }

    [Fact]
    public async Task A_monitor_reports_offline_while_the_clock_is_inside_an_outage()
    {
        MonitorEvent offline = (await Client.Monitors.ListEventsAsync(Monitor, monitorEventType: MonitorEventType.Offline))[0];
        MonitorEvent online = (await Client.Monitors.ListEventsAsync(Monitor, monitorEventType: MonitorEventType.Online))
            .Where(e => e.CreatedAt > offline.CreatedAt).OrderBy(e => e.CreatedAt).First();
        DateTimeOffset during = offline.CreatedAt!.Value + ((online.CreatedAt!.Value - offline.CreatedAt.Value) / 2);
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { Clock = new FixedClock(during) });
        using PulseticClient client = PulseticClient.Create(simulator.Token, simulator.BaseAddress);

        Pulsetic.Monitor monitor = (await client.Monitors.GetAsync(Monitor)).Data;
        Assert.Equal(MonitorStatus.Offline, monitor.Status);
        Assert.Equal(offline.CreatedAt, monitor.StatusChangedAt);
        if (monitor.CheckedAt >= offline.CreatedAt)
        {
            Assert.NotEqual("200", monitor.ResponseCode);
        }

        Assert.All(monitor.Nodes!, node => Assert.Equal("offline", node.Status));
        StatusPageMonitor onPage = (await client.StatusPages.ListAsync()).Data.Single(p => p.Id == SampleIds.StatusPage).Monitors!.Single(m => m.Id == Monitor);
        Assert.Equal(MonitorStatus.Offline, onPage.Status);
    }

    [Fact]
    public async Task Bad_windows_and_filters_are_rejected_with_field_errors()
    {
        ApiValidationException reversed = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Monitors.ListEventsAsync(
            Monitor, new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 14, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new[] { "end_dt" }, reversed.Errors.Keys);

        ApiValidationException badCode = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Monitors.ListChecksAsync(Monitor, responseCodes: new long[] { 200, 42 }));
        Assert.Equal(new[] { "response_codes.1" }, badCode.Errors.Keys);

        ApiValidationException badType = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Monitors.ListEventsAsync(Monitor, monitorEventType: new MonitorEventType("Paused")));
        Assert.Equal("The selected monitor event type is invalid.", Assert.Single(badType.Errors["monitor_event_type"]));

        ApiValidationException badSeconds = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Monitors.GetDowntimeAsync(Monitor, seconds: 0));
        Assert.Equal(new[] { "seconds" }, badSeconds.Errors.Keys);

        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Monitors.GetStatsAsync(424242));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Monitors.ListSnapshotsAsync(424242));
    }

    // The API filters to the second, in UTC: drop what the wire form cannot carry so a window edge means what it says.
    private static DateTimeOffset ToSecond(DateTimeOffset value) => new DateTimeOffset(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
