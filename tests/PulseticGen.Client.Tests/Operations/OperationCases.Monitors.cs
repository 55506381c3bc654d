using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests.Operations;

public static partial class OperationCases
{
    private static IEnumerable<OperationCase> MonitorCases()
    {
        yield return OperationCase.Read(
            "listMonitors", "GET", "monitors?page=2&per_page=50", "monitors-list.json",
            (c, ct) => c.Monitors.ListAsync(page: 2, perPage: 50, ct),
            page =>
            {
                Assert.Equal(1, page.CurrentPage);
                Assert.Equal(1, page.LastPage);
                Assert.Equal(50, page.PerPage);
                Assert.Equal(2, page.Total);
                Assert.Equal([115988L, 141455L], page.Data.Select(m => m.Id));
                Assert.Equal("https://api.example.com/health", page.Data[1].Url);
                Assert.Null(page.Data[1].Name);
                Assert.Equal(MonitorStatus.Offline, page.Data[1].Status);
            });

        yield return OperationCase.Read(
            "createMonitors", "POST", "monitors", "monitors-create.json",
            (c, ct) => c.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://w5.com"], AddAccountEmail = true }, ct),
            created =>
            {
                Monitor monitor = Assert.Single(created);
                Assert.Equal(123456, monitor.Id);
                Assert.Equal("https://w5.com", monitor.Url);
                Assert.Null(monitor.Name);
                Assert.Equal(300, monitor.UptimeCheckFrequency);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "urls", "add_account_email");
                JsonAssert.Strings(body, "urls", "https://w5.com");
                JsonAssert.Bool(body, "add_account_email", true);
            });

        yield return OperationCase.Read(
            "getMonitor", "GET", "monitors/115988", "monitor-get.json",
            (c, ct) => c.Monitors.GetAsync(115988, ct),
            response =>
            {
                Monitor monitor = response.Data;
                Assert.Equal(115988, monitor.Id);
                Assert.Equal("Production", monitor.Name);
                Assert.Equal(MonitorStatus.Online, monitor.Status);
                Assert.True(monitor.SslCheck);
                Assert.Equal(600, monitor.UptimeCheckFrequency);
                Assert.Equal(MonitorRequestType.Http, monitor.RequestType);
                Assert.Equal(MonitorHttpMethod.Get, monitor.RequestMethod);
                Assert.Equal(0.142, monitor.ResponseTime);
                Assert.Equal(99.9712, monitor.SnapshotsAverageUptime);
                Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1681317392), monitor.CheckedAt);
                Assert.Equal("valid", monitor.SslCertificateState);
                Assert.NotNull(monitor.SslCertificate);
                Assert.Equal("example.com", monitor.SslCertificate!.Domain);
                Assert.True(monitor.SslCertificate.IsValid);
                Assert.Equal(new DateTimeOffset(2026, 3, 1, 23, 59, 59, TimeSpan.Zero), monitor.SslCertificate.ExpiresAt);
                Assert.Equal(["stockholm", "new_york"], monitor.Nodes!.Select(n => n.Location));
                Assert.Equal("Accept", Assert.Single(monitor.RequestHeaders!).Name);
            });

        yield return OperationCase.Read(
            "updateMonitor", "PUT", "monitors/115988", "monitor-update.json",
            (c, ct) => c.Monitors.UpdateAsync(115988, HelpCentreUpdateExample(), ct),
            response =>
            {
                Assert.Equal("Facebook Page", response.Data.Name);
                Assert.Equal("https://facebook.com", response.Data.Url);
                Assert.Equal(600, response.Data.UptimeCheckFrequency);
                Assert.Equal(MonitorHttpMethod.Post, response.Data.RequestMethod);
                Assert.Equal(RequestBodyType.FormParams, response.Data.RequestBodyType);
                Assert.Equal(["param1", "param2"], response.Data.RequestBodyFormParams!.Select(p => p.Name));
                Assert.False(response.Data.IsNegative);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "url", "name", "uptime_check_frequency", "request", "response");
                JsonAssert.String(body, "url", "https://facebook.com");
                JsonAssert.String(body, "name", "Facebook Page");
                JsonAssert.Number(body, "uptime_check_frequency", 600);
                JsonElement request = body.GetProperty("request");
                JsonAssert.HasExactly(request, "type", "method", "body_type", "body_form_params", "headers");
                JsonAssert.String(request, "type", "http");
                JsonAssert.String(request, "method", "post");
                JsonAssert.String(request, "body_type", "form_params");
                JsonElement firstParam = request.GetProperty("body_form_params")[0];
                JsonAssert.HasExactly(firstParam, "name", "value");
                JsonAssert.String(firstParam, "value", "param1value");
                JsonElement response = body.GetProperty("response");
                JsonAssert.HasExactly(response, "body", "headers", "isNegative");
                JsonAssert.Bool(response, "isNegative", false);
                JsonAssert.String(response.GetProperty("headers")[0], "name", "header1");
            });

        yield return OperationCase.Delete("deleteMonitor", "monitors/115988", (c, ct) => c.Monitors.DeleteAsync(115988, ct));

        yield return OperationCase.Read(
            "listMonitorSnapshots", "GET",
            "monitors/115988/snapshots?start_dt=2026-01-03%2014%3A00%3A00&end_dt=2026-01-03%2015%3A00%3A00&page=1&per_page=100",
            "monitor-snapshots.json",
            (c, ct) => c.Monitors.ListSnapshotsAsync(115988, startDt: new DateTimeOffset(2026, 1, 3, 14, 0, 0, TimeSpan.Zero), endDt: new DateTimeOffset(2026, 1, 3, 15, 0, 0, TimeSpan.Zero), page: 1, perPage: 100, ct),
            rows =>
            {
                Assert.Equal(2, rows.Count);
                Assert.Equal(0.214, rows[0].AverageTimeTotal);
                Assert.Equal(0.331, rows[1].AverageTimeTotal);
                Assert.Equal("Europe", rows[0].Node!.Continent);
                Assert.Equal(2, rows[1].FailedChecks);
                Assert.Equal(96.67, rows[1].Uptime);
            });

        yield return OperationCase.Read(
            "listMonitorChecks", "GET",
            "monitors/115988/checks?start_dt=2026-01-03%2014%3A00%3A00&nodes[]=london&nodes[]=paris&response_codes[]=500&per_page=50",
            "monitor-checks.json",
            (c, ct) => c.Monitors.ListChecksAsync(115988, startDt: new DateTimeOffset(2026, 1, 3, 14, 0, 0, TimeSpan.Zero), endDt: null, nodes: ["london", "paris"], responseCodes: [500], perPage: 50, ct),
            checks =>
            {
                Assert.Equal(2, checks.Count);
                Assert.False(checks[0].IsFailed);
                Assert.Equal(200, checks[0].ResponseCode);
                Assert.True(checks[1].IsFailed);
                Assert.Equal(500, checks[1].ResponseCode);
                Assert.Equal(0.153, checks[0].TimeTotal);
                Assert.Equal("[{\"name\":\"Content-Type\",\"value\":\"text/html\"}]", checks[0].ResponseHeaders);
            });

        yield return OperationCase.Read(
            "listMonitorEvents", "GET",
            "monitors/1/events?start_dt=2023-04-12%2000%3A00%3A00&end_dt=2023-04-13%2000%3A00%3A00&monitor_event_type=Offline",
            "monitor-events.json",
            (c, ct) => c.Monitors.ListEventsAsync(1, startDt: new DateTimeOffset(2023, 4, 12, 0, 0, 0, TimeSpan.Zero), endDt: new DateTimeOffset(2023, 4, 13, 0, 0, 0, TimeSpan.Zero), monitorEventType: MonitorEventType.Offline, ct),
            events =>
            {
                Assert.Equal(["MonitorOffline", "MonitorOnline"], events.Select(e => e.Type));
                Assert.Equal(new DateTimeOffset(2023, 4, 12, 16, 36, 32, TimeSpan.Zero), events[0].CreatedAt);
                Assert.Null(events[1].UpdatedAt);
                Assert.Equal(1, events[0].MonitorId);
            });

        yield return OperationCase.Read(
            "getMonitorDowntime", "GET", "monitors/115988/downtime?seconds=2592000", "monitor-downtime.json",
            (c, ct) => c.Monitors.GetDowntimeAsync(115988, seconds: 2592000, ct),
            seconds => Assert.Equal(1234d, seconds));

        yield return OperationCase.Read(
            "getMonitorStats", "GET", "monitors/115988/stats", "monitor-stats.json",
            (c, ct) => c.Monitors.GetStatsAsync(115988, ct),
            stats =>
            {
                Assert.Equal(["1day", "30days", "7days", "90days"], stats.Keys.OrderBy(k => k, StringComparer.Ordinal));
                Assert.Equal(43d, stats["1day"].Downtime);
                Assert.Equal(1, stats["1day"].Incidents);
                Assert.Equal(0.18, stats["1day"].AverageResponseTime);
                Assert.Equal(99.97, stats["30days"].Uptime);
            });

        yield return OperationCase.Read(
            "listNotificationChannels", "GET", "monitors/115988/notification-channels", "notification-channels.json",
            (c, ct) => c.NotificationChannels.ListAsync(115988, ct),
            channels =>
            {
                Assert.Equal(["email", "slack-webhook"], channels.Select(ch => ch.Via));
                Assert.Equal("oncall@example.com", channels[0].Email);
                Assert.Equal("https://hooks.slack.com/services/T000/B000/XXXX", channels[1].WebhookUrl);
                Assert.Equal(502, channels[1].Id);
            });

        yield return OperationCase.Read(
            "createNotificationChannel", "POST", "monitors/115988/notification-channels/email", "notification-channel.json",
            (c, ct) => c.NotificationChannels.CreateAsync(115988, NotificationChannelType.Email, new NotificationChannelInput { Email = "oncall@example.com" }, ct),
            response =>
            {
                Assert.Equal(503, response.Data.Id);
                Assert.Equal(115988, response.Data.MonitorId);
                Assert.Equal("oncall@example.com", response.Data.Email);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "email");
                JsonAssert.String(body, "email", "oncall@example.com");
            });

        yield return OperationCase.Delete("deleteNotificationChannel", "notification-channels/503", (c, ct) => c.NotificationChannels.DeleteAsync(503, ct));
    }

    /// <summary>The help centre's <c>PUT /monitors/{id}</c> example, with the stored name/value header shape.</summary>
    internal static UpdateMonitorRequest HelpCentreUpdateExample() => new()
    {
        Url = "https://facebook.com",
        UptimeCheckFrequency = 600,
        Name = "Facebook Page",
        Request = new MonitorRequestSettings
        {
            Type = MonitorRequestType.Http,
            BodyType = RequestBodyType.FormParams,
            BodyFormParams =
            [
                new NameValuePair { Name = "param1", Value = "param1value" },
                new NameValuePair { Name = "param2", Value = "param2value" },
            ],
            Method = MonitorHttpMethod.Post,
            Headers = [new NameValuePair { Name = "Accept", Value = "application/json" }],
        },
        Response = new MonitorResponseAssertion
        {
            Body = "some text",
            Headers = [new NameValuePair { Name = "header1", Value = "header1value" }],
            IsNegative = false,
        },
    };
}
