using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>The shapes the research reference says the live API really sends (sections 2.6, 2.7 and 3).</summary>
public sealed class QuirkyShapeTests
{
    private static readonly DateTimeOffset LaravelSample = new(2023, 4, 12, 16, 36, 32, TimeSpan.Zero);

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task Ssl_check_reads_as_boolean_from_integer_or_boolean(string json, bool expected)
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get($"\"ssl_check\":{json},\"ssl_certificate\":{{\"is_valid\":{json}}}"));

        Assert.Equal(expected, monitor.SslCheck);
        Assert.Equal(expected, monitor.SslCertificate!.IsValid);
    }

    [Theory]
    [InlineData("1681317392")]
    [InlineData("\"2023-04-12T16:36:32.000000Z\"")]
    [InlineData("\"2023-04-12T18:36:32+02:00\"")]
    public async Task Checked_at_reads_Unix_seconds_and_Laravel_timestamps_as_the_same_instant(string json)
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get($"\"checked_at\":{json},\"ssl_certificate\":{{\"expires_at\":{json}}}"));

        Assert.Equal(LaravelSample, monitor.CheckedAt);
        Assert.Equal(LaravelSample, monitor.SslCertificate!.ExpiresAt);
    }

    [Theory]
    [InlineData("\"92\"", 92.0)]
    [InlineData("92.5", 92.5)]
    [InlineData("\"92.5\"", 92.5)]
    [InlineData("100", 100.0)]
    public async Task Lighthouse_scores_read_from_numeric_strings_and_numbers(string json, double expected)
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get($"\"mobile_performance_score\":{json},\"desktop_seo_score\":{json},\"snapshots_average_uptime\":{json}"));

        Assert.Equal(expected, monitor.MobilePerformanceScore);
        Assert.Equal(expected, monitor.DesktopSeoScore);
        Assert.Equal(expected, monitor.SnapshotsAverageUptime);
    }

    [Theory]
    [InlineData("\"600\"")]
    [InlineData("600")]
    public async Task Uptime_check_frequency_reads_from_string_or_number(string json)
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get($"\"uptime_check_frequency\":{json}"));

        Assert.Equal(600, monitor.UptimeCheckFrequency);
    }

    [Fact]
    public async Task Response_code_declared_as_string_reads_from_a_number()
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get("\"response_code\":200,\"response_expected_code\":\"200\""));

        Assert.Equal("200", monitor.ResponseCode);
        Assert.Equal("200", monitor.ResponseExpectedCode);
    }

    [Fact]
    public async Task Integer_flags_read_as_booleans()
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get("\"disabled\":1,\"is_negative\":0,\"is_running\":false,\"fast_checked\":1"));

        Assert.True(monitor.Disabled);
        Assert.False(monitor.IsNegative);
        Assert.False(monitor.IsRunning);
        Assert.Equal(1, monitor.FastChecked);
    }

    [Fact]
    public async Task Unknown_fields_of_any_shape_are_ignored_at_every_level()
    {
        string body = """
            {
              "meta": { "request_id": "abc", "nested": [ { "deep": [1, 2, { "x": null }] } ] },
              "data": {
                "is_up": true,
                "fail_reason": { "code": 28, "text": "timeout", "list": [ "a", [ "b" ] ] },
                "id": 115988,
                "future_field": [ { "id": 1 } ],
                "url": "https://example.com",
                "ssl_certificate": { "is_valid": 1, "chain": [ { "cn": "R3" } ] },
                "nodes": [ { "id": 2, "location": "london", "capacity": { "cpu": 4 } } ],
                "name": "After the unknowns"
              },
              "trailer": "ignored"
            }
            """;

        Monitor monitor = await MonitorBodies.ReadAsync(body);

        Assert.Equal(115988, monitor.Id);
        Assert.Equal("https://example.com", monitor.Url);
        Assert.Equal("After the unknowns", monitor.Name);
        Assert.True(monitor.SslCertificate!.IsValid);
        Assert.Equal("london", Assert.Single(monitor.Nodes!).Location);
    }

    [Fact]
    public async Task Unknown_status_value_is_kept_and_marked_unknown()
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get("\"status\":\"paused\""));

        Assert.NotNull(monitor.Status);
        MonitorStatus status = monitor.Status!.Value;
        Assert.Equal("paused", status.Value);
        Assert.False(status.IsKnown);
        Assert.Equal(new MonitorStatus("paused"), status);
        Assert.NotEqual(MonitorStatus.Online, status);
        Assert.Equal("paused", status.ToString());
        Assert.Contains("\"status\":\"paused\"", JsonSerializer.Serialize(monitor, PulseticJsonContext.Default.Monitor));
    }

    [Fact]
    public async Task Known_status_values_compare_equal_to_the_static_members()
    {
        Monitor online = await MonitorBodies.ReadAsync(MonitorBodies.Get("\"status\":\"online\""));
        Monitor offline = await MonitorBodies.ReadAsync(MonitorBodies.Get("\"status\":\"offline\""));

        Assert.Equal(MonitorStatus.Online, online.Status);
        Assert.True(online.Status!.Value.IsKnown);
        Assert.True(offline.Status == MonitorStatus.Offline);
    }

    [Fact]
    public async Task Enum_values_are_case_sensitive_so_upper_case_is_an_unknown_value()
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get("\"request_type\":\"HTTP\""));

        Assert.Equal("HTTP", monitor.RequestType!.Value.Value);
        Assert.False(monitor.RequestType.Value.IsKnown);
        Assert.NotEqual(MonitorRequestType.Http, monitor.RequestType);
    }

    [Fact]
    public async Task Nulls_in_nullable_fields_read_as_null()
    {
        string fields = string.Join(",",
            "\"name\":null", "\"latest_check_id\":null", "\"ssl_certificate_state\":null", "\"ip\":null", "\"latitude\":null",
            "\"tcp_ports\":null", "\"request_method\":null", "\"request_body_type\":null", "\"request_headers\":null",
            "\"request_timeout\":null", "\"response_code\":null", "\"snapshots_average_uptime\":null", "\"uptime\":null",
            "\"mobile_pwa_score\":null", "\"checked_at\":null", "\"position\":null", "\"deleted_at\":null",
            "\"ssl_certificate\":null", "\"offline_notification_delay\":null");

        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get(fields));

        Assert.Equal(115988, monitor.Id);
        Assert.Null(monitor.Name);
        Assert.Null(monitor.LatestCheckId);
        Assert.Null(monitor.RequestMethod);
        Assert.Null(monitor.RequestHeaders);
        Assert.Null(monitor.Uptime);
        Assert.Null(monitor.MobilePwaScore);
        Assert.Null(monitor.CheckedAt);
        Assert.Null(monitor.DeletedAt);
        Assert.Null(monitor.SslCertificate);
    }

    [Fact]
    public async Task Monitor_list_envelope_exposes_the_Laravel_paginator_fields()
    {
        string body = """
            {"current_page":2,"data":[{"id":19138,"url":"https://a.example"}],"first_page_url":"x","from":21,"last_page":3,
             "last_page_url":"x","links":[{"url":null,"label":"&laquo; Previous","active":false}],"next_page_url":"x",
             "path":"x","per_page":20,"prev_page_url":"x","to":21,"total":41}
            """;
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            MonitorPage page = await client.Monitors.ListAsync(page: 2);

            Assert.Equal(2, page.CurrentPage);
            Assert.Equal(3, page.LastPage);
            Assert.Equal(20, page.PerPage);
            Assert.Equal(41, page.Total);
            Assert.Equal(21, page.From);
            Assert.Equal(21, page.To);
            Assert.Equal(19138, Assert.Single(page.Data).Id);
        }
    }

    [Fact]
    public async Task Create_reads_the_bare_array_in_order()
    {
        string body = """[{"id":141455,"url":"https://a.example","name":null},{"id":141456,"url":"https://b.example","name":"B"}]""";
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            IReadOnlyList<Monitor> created = await client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://a.example", "https://b.example"] });

            Assert.Equal(new[] { 141455L, 141456L }, created.Select(m => m.Id).ToArray());
            Assert.Equal(new[] { null, "B" }, created.Select(m => m.Name).ToArray());
        }
    }

    [Fact]
    public async Task Get_and_update_read_the_data_envelope()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(MonitorBodies.Get("\"name\":\"Wrapped\"")));
        using (client)
        {
            MonitorResponse got = await client.Monitors.GetAsync(115988);
            MonitorResponse updated = await client.Monitors.UpdateAsync(115988, new UpdateMonitorRequest { Name = "Wrapped" });

            Assert.Equal("Wrapped", got.Data.Name);
            Assert.Equal("Wrapped", updated.Data.Name);
        }
    }

    [Theory]
    [InlineData("1234", 1234.0)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("0", 0.0)]
    [InlineData("\"86400\"", 86400.0)]
    public async Task Downtime_reads_a_bare_number(string body, double expected)
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            Assert.Equal(expected, await client.Monitors.GetDowntimeAsync(115988));
        }
    }

    [Fact]
    public async Task Stats_keep_every_period_key_including_ones_not_in_the_spec()
    {
        string body = """{"1day":{"downtime":43},"7days":{"uptime":"99.9"},"365days":{"incidents":12,"future":true}}""";
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            IReadOnlyDictionary<string, MonitorStatsPeriod> stats = await client.Monitors.GetStatsAsync(115988);

            Assert.Equal(3, stats.Count);
            Assert.Equal(43d, stats["1day"].Downtime);
            Assert.Null(stats["1day"].Uptime);
            Assert.Equal(99.9, stats["7days"].Uptime);
            Assert.Equal(12, stats["365days"].Incidents);
        }
    }

    [Fact]
    public async Task Check_rows_keep_response_headers_as_the_JSON_encoded_string_the_API_sends()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(Samples.Read("monitor-checks.json")));
        using (client)
        {
            IReadOnlyList<MonitorCheck> checks = await client.Monitors.ListChecksAsync(115988);

            using JsonDocument headers = JsonDocument.Parse(checks[0].ResponseHeaders!);
            Assert.Equal("Content-Type", headers.RootElement[0].GetProperty("name").GetString());
        }
    }
}
