using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>
/// Every recorded wire quirk of the reference (<c>Samples/Quirks/</c>, provenance in <c>Samples/README.md</c>) read
/// through the generated client and written back: quirky and canonical forms of one answer must land as the same
/// .NET values, and what the client writes is the canonical form (JSON booleans, RFC 3339 strings, JSON numbers).
/// </summary>
public sealed class WireQuirkSampleTests
{
    /// <summary>Every answer sample the current API can send; the pre-July-2025 monitor list has its own test.</summary>
    public static TheoryData<string> ResponseSamples => new(QuirkSamples.All().Where(f => !f.Contains(".request.", StringComparison.Ordinal) && f != LegacyList));

    /// <summary>Samples that differ from their operation's <c>.canonical.json</c> sample only in one quirk.</summary>
    public static TheoryData<string> QuirkyVariants => new(QuirkSamples.All().Where(f => QuirkSamples.All().Contains(Canonical(f)) && f != Canonical(f)));

    private const string LegacyList = "listMonitors.legacy-bare-array.json";

    [Fact]
    public void Every_quirk_sample_is_listed_in_the_samples_readme()
    {
        string readme = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", "README.md"));

        Assert.NotEmpty(QuirkSamples.All());
        Assert.All(QuirkSamples.All(), file => Assert.Contains($"`{file}`", readme, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ResponseSamples))]
    public async Task Sample_is_read_by_the_client_and_its_write_back_reads_to_the_same_values(string file)
    {
        string written = await QuirkSamples.ReadAndWriteBackAsync(file);

        Assert.Equal(written, QuirkSamples.RoundTrip(file, written));
    }

    [Theory]
    [MemberData(nameof(QuirkyVariants))]
    public async Task Quirky_sample_reads_to_the_same_values_as_its_canonical_form(string file)
    {
        string quirky = await QuirkSamples.ReadAndWriteBackAsync(file);
        string canonical = await QuirkSamples.ReadAndWriteBackAsync(Canonical(file));

        Assert.NotEqual(QuirkSamples.Read(file), QuirkSamples.Read(Canonical(file)));
        Assert.Equal(canonical, quirky);
    }

    [Theory]
    [InlineData("getMonitor.canonical.json")]
    [InlineData("getMonitor.int-flags.json")]
    [InlineData("getMonitor.unix-times.json")]
    [InlineData("getMonitor.numeric-strings.json")]
    public async Task Monitor_quirks_land_as_bool_DateTimeOffset_double_and_seconds(string file)
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read(file)));
        using (client)
        {
            Monitor monitor = (await client.Monitors.GetAsync(115988)).Data;

            // 1 and true; 0 and false.
            Assert.True(monitor.SslCheck);
            Assert.True(monitor.SslCertificate!.IsValid);
            Assert.False(monitor.IsNegative);
            Assert.False(monitor.Disabled);

            // Unix seconds and Laravel's RFC 3339 with microseconds: the same instant.
            Assert.Equal(QuirkSamples.CheckedAt, monitor.CheckedAt);
            Assert.Equal(QuirkSamples.CertificateExpiresAt, monitor.SslCertificate.ExpiresAt);

            // "92.5" and 92.5.
            Assert.Equal(99.98, monitor.SnapshotsAverageUptime);
            Assert.Equal(92, monitor.MobileSeoScore);
            Assert.Equal(92.5, monitor.DesktopPerformanceScore);

            // Seconds, not milliseconds; the notification delay is in minutes.
            Assert.Equal(142, Milliseconds(monitor.ResponseTime), precision: 6);
            Assert.Equal(500, Milliseconds(monitor.RequestTimeout), precision: 6);
            Assert.Equal(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(monitor.UptimeCheckFrequency!.Value));
            Assert.Equal(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(monitor.OfflineNotificationDelay!.Value));

            // A node's average is a whole number (S9 decodes it as int) whose unit the reference does not record.
            Assert.Equal(151, Assert.Single(monitor.Nodes!).AverageResponseTime);
        }
    }

    [Fact]
    public async Task Monitor_is_written_back_in_the_canonical_forms()
    {
        using JsonDocument written = JsonDocument.Parse(await QuirkSamples.ReadAndWriteBackAsync("getMonitor.int-flags.json"));
        JsonElement data = written.RootElement.GetProperty("data");

        JsonAssert.Bool(data, "ssl_check", true);
        JsonAssert.Bool(data, "is_negative", false);
        JsonAssert.Bool(data, "disabled", false);
        JsonAssert.Bool(data.GetProperty("ssl_certificate"), "is_valid", true);
        Assert.Equal(QuirkSamples.CheckedAt, data.GetProperty("checked_at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.String, data.GetProperty("ssl_certificate").GetProperty("expires_at").ValueKind);
        JsonAssert.Number(data, "snapshots_average_uptime", 99.98);
        JsonAssert.Number(data, "desktop_performance_score", 92.5);
        JsonAssert.Number(data, "uptime_check_frequency", 600);
        JsonAssert.Number(data, "response_time", 0.142);
    }

    [Theory]
    [InlineData("listMonitorChecks.canonical.json")]
    [InlineData("listMonitorChecks.int-flags.json")]
    [InlineData("listMonitorChecks.numeric-strings.json")]
    public async Task Check_quirks_land_as_bool_long_and_seconds_and_headers_stay_a_JSON_string(string file)
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read(file)));
        using (client)
        {
            IReadOnlyList<MonitorCheck> checks = await client.Monitors.ListChecksAsync(115988);

            Assert.Equal(new bool?[] { false, true }, checks.Select(c => c.IsFailed).ToArray());
            Assert.Equal(new long?[] { 200, 504 }, checks.Select(c => c.ResponseCode).ToArray());
            Assert.Equal(153, Milliseconds(checks[0].TimeTotal), precision: 6);
            Assert.Equal(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(checks[1].ResponseTime!.Value));

            // JSON inside a string: the client keeps the string and the caller parses it a second time.
            using JsonDocument headers = JsonDocument.Parse(checks[0].ResponseHeaders!);
            Assert.Equal("text/html; charset=UTF-8", headers.RootElement[0].GetProperty("value").GetString());
        }
    }

    [Theory]
    [InlineData("listMonitorSnapshots.canonical.json")]
    [InlineData("listMonitorSnapshots.numeric-strings.json")]
    public async Task Snapshot_timings_land_as_seconds_from_strings_or_numbers(string file)
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read(file)));
        using (client)
        {
            IReadOnlyList<MonitorSnapshot> rows = await client.Monitors.ListSnapshotsAsync(115988);

            Assert.Equal(new double?[] { 0.214, 0.331 }, rows.Select(r => r.AverageTimeTotal).ToArray());
            Assert.Equal(new double?[] { 100, 98.3333 }, rows.Select(r => r.Uptime).ToArray());
            Assert.Equal("North America", rows[1].Node!.Continent);
        }
    }

    [Fact]
    public async Task Paginated_monitor_list_exposes_its_position_and_its_monitors()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read("listMonitors.paginated.json")));
        using (client)
        {
            MonitorPage page = await client.Monitors.ListAsync();

            Assert.Equal((1L, 1L, 20L, 2L), (page.CurrentPage, page.LastPage, page.PerPage!.Value, page.Total!.Value));
            Assert.Equal(new long[] { 115988, 19138 }, page.Data.Select(m => m.Id).ToArray());
            Assert.Equal(MonitorStatus.Offline, page.Data[1].Status);
            Assert.Null(page.Data[1].Name);
        }
    }

    [Fact]
    public async Task Legacy_bare_array_list_holds_the_same_monitors_but_the_current_list_call_rejects_it_clearly()
    {
        // Before July 2025 GET /monitors answered with the paginator's data alone. The client follows today's API,
        // so the old shape fails loudly instead of reading as an empty page; its items are still ordinary monitors.
        string legacy = QuirkSamples.Read(LegacyList);
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(legacy));
        using (client)
        {
            ApiSerializationException failure = await Assert.ThrowsAsync<ApiSerializationException>(() => client.Monitors.ListAsync());
            Assert.Contains("MonitorPage", failure.Message, StringComparison.Ordinal);
        }

        IReadOnlyList<Monitor> items = JsonSerializer.Deserialize(legacy, PulseticJsonContext.Default.ListOfMonitor)!;
        using JsonDocument page = JsonDocument.Parse(await QuirkSamples.ReadAndWriteBackAsync("listMonitors.paginated.json"));
        Assert.Equal(page.RootElement.GetProperty("data").GetRawText(), JsonSerializer.Serialize(items, PulseticJsonContext.Default.ListOfMonitor));
    }

    [Fact]
    public async Task Bare_array_create_answer_and_bare_number_downtime_read_directly()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read("createMonitors.bare-array.json")));
        using (client)
        {
            Monitor created = Assert.Single(await client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://w5.com"] }));
            Assert.Equal((141455L, "https://w5.com", (string?)null), (created.Id, created.Url, created.Name));
        }

        (PulseticClient downtimeClient, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read("getMonitorDowntime.bare-number.json")));
        using (downtimeClient)
        {
            Assert.Equal(new TimeSpan(0, 20, 34), TimeSpan.FromSeconds(await downtimeClient.Monitors.GetDowntimeAsync(115988)));
        }
    }

    [Fact]
    public async Task Data_envelope_list_period_keyed_stats_and_Laravel_event_times_read_as_typed_values()
    {
        (PulseticClient pages, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read("listStatusPages.data-envelope.json")));
        using (pages)
        {
            Assert.Equal("Public Status", Assert.Single((await pages.StatusPages.ListAsync()).Data).Title);
        }

        (PulseticClient stats, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read("getMonitorStats.period-keys.json")));
        using (stats)
        {
            IReadOnlyDictionary<string, MonitorStatsPeriod> periods = await stats.Monitors.GetStatsAsync(115988);
            Assert.Equal(new[] { "1day", "7days" }, periods.Keys.Order(StringComparer.Ordinal).ToArray());
            Assert.Equal(TimeSpan.FromSeconds(43), TimeSpan.FromSeconds(periods["1day"].Downtime!.Value));
        }

        (PulseticClient events, RecordingHandler _) = TestClients.Create(StubReply.Json(QuirkSamples.Read("listMonitorEvents.bare-array.json")));
        using (events)
        {
            IReadOnlyList<MonitorEvent> transitions = await events.Monitors.ListEventsAsync(1);
            Assert.Equal(QuirkSamples.CheckedAt, transitions[0].CreatedAt);
            Assert.Equal("MonitorOffline", transitions[0].Type);
        }
    }

    /// <summary>A duration the API sends in seconds, in milliseconds: 0.142 must mean 142 ms, not 0.142 ms.</summary>
    private static double Milliseconds(double? seconds) => seconds!.Value * 1000;

    private static string Canonical(string file) => QuirkSamples.OperationId(file) + ".canonical.json";
}
