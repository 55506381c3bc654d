using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>A monitor's life (create, list, get, update, delete, then 404) and paging through the list.</summary>
public sealed class MonitorLifecycleTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public MonitorLifecycleTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
    }

    private PulseticClient Client => _fixture.Client;

    [Fact]
    public async Task A_monitor_is_created_listed_fetched_updated_deleted_and_then_gone()
    {
        IReadOnlyList<Pulsetic.Monitor> created = await Client.Monitors.CreateAsync(new CreateMonitorsRequest
        {
            Urls = new[] { "https://life.example.com/", "https://life.example.org" },
            Names = new[] { "Life" },
            UptimeCheckFrequency = 600,
            SslCheck = true,
            Request = new MonitorRequestSettings { Type = MonitorRequestType.Http, Method = MonitorHttpMethod.Head },
        });

        Assert.Equal(2, created.Count);
        Pulsetic.Monitor first = created[0];
        Assert.Equal("https://life.example.com", first.Url);
        Assert.Equal("Life", first.Name);
        Assert.Null(created[1].Name);
        Assert.Equal(600, first.UptimeCheckFrequency);
        Assert.Equal(MonitorHttpMethod.Head, first.RequestMethod);
        Assert.True(first.SslCheck);
        Assert.Equal(created[0].Id + 1, created[1].Id);

        MonitorPage page = await Client.Monitors.ListAsync(perPage: 1000);
        Assert.Contains(page.Data, m => m.Id == first.Id && m.Url == "https://life.example.com");
        Assert.Equal(page.Total, page.Data.Count);

        Pulsetic.Monitor fetched = (await Client.Monitors.GetAsync(first.Id)).Data;
        Assert.Equal(first.Name, fetched.Name);
        Assert.Equal(3, fetched.Nodes!.Count);
        Assert.Equal("life.example.com", fetched.SslCertificate!.Domain);

        MonitorResponse updated = await Client.Monitors.UpdateAsync(first.Id, new UpdateMonitorRequest
        {
            Url = "https://life.example.com/health/",
            Name = "Life (health)",
            UptimeCheckFrequency = 120,
            OfflineNotificationDelay = 5,
            Request = new MonitorRequestSettings
            {
                Type = MonitorRequestType.Http,
                Method = MonitorHttpMethod.Post,
                BodyType = RequestBodyType.FormParams,
                BodyFormParams = new[] { new NameValuePair { Name = "param1", Value = "param1value" } },
                Headers = new[] { new NameValuePair { Name = "Accept", Value = "application/json" } },
                Timeout = 7.5,
            },
            Response = new MonitorResponseAssertion { Body = "some text", IsNegative = true, Headers = new[] { new NameValuePair { Name = "header1", Value = "header1value" } } },
        });

        Pulsetic.Monitor after = updated.Data;
        Assert.Equal("https://life.example.com/health", after.Url);
        Assert.Equal("Life (health)", after.Name);
        Assert.Equal(120, after.UptimeCheckFrequency);
        Assert.Equal(5, after.OfflineNotificationDelay);
        Assert.Equal(MonitorHttpMethod.Post, after.RequestMethod);
        Assert.Equal(RequestBodyType.FormParams, after.RequestBodyType);
        Assert.Equal("param1value", Assert.Single(after.RequestBodyFormParams!).Value);
        Assert.Equal("Accept", Assert.Single(after.RequestHeaders!).Name);
        Assert.Equal(7.5, after.RequestTimeout);
        Assert.Equal("some text", after.ResponseBody);
        Assert.True(after.IsNegative);
        Assert.Equal("header1", Assert.Single(after.ResponseHeaders!).Name);
        Assert.Equal("Life (health)", (await Client.Monitors.GetAsync(first.Id)).Data.Name);

        await Client.Monitors.DeleteAsync(first.Id);

        ApiNotFoundException notFound = await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Monitors.GetAsync(first.Id));
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal($"No query results for model [App\\Models\\Monitor] {first.Id}.", notFound.ErrorMessage);
        Assert.Equal("getMonitor", notFound.OperationId);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Monitors.UpdateAsync(first.Id, new UpdateMonitorRequest { Name = "ghost" }));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Monitors.DeleteAsync(first.Id));
        Assert.DoesNotContain((await Client.Monitors.ListAsync(perPage: 1000)).Data, m => m.Id == first.Id);
        Assert.Contains((await Client.Monitors.ListAsync(perPage: 1000)).Data, m => m.Id == created[1].Id);
    }

    [Fact]
    public async Task ListAllAsync_walks_every_page_once_and_stops_at_the_last()
    {
        string[] urls = Enumerable.Range(1, 23).Select(i => $"https://page-{i}.example.com").ToArray();
        await Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = urls });
        MonitorPage firstPage = await Client.Monitors.ListAsync(page: 1, perPage: 7);
        long total = firstPage.Total!.Value;
        Assert.True(total >= 23 + SampleIds.MonitorCount - 2, $"total {total}");
        Assert.Equal((long)Math.Ceiling(total / 7.0), firstPage.LastPage);
        Assert.Equal(7, firstPage.PerPage);
        Assert.Equal(1, firstPage.From);
        Assert.Equal(7, firstPage.To);

        int before = _fixture.Simulator.CountRequests("GET", "/monitors");
        var seen = new List<long>();
        await foreach (Pulsetic.Monitor monitor in Client.Monitors.ListAllAsync(perPage: 7))
        {
            seen.Add(monitor.Id);
            Assert.True(seen.Count <= total, "ListAllAsync yielded more items than the list holds.");
        }

        int requests = _fixture.Simulator.CountRequests("GET", "/monitors") - before;
        Assert.Equal(total, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(firstPage.LastPage, requests);
        Assert.Superset(urls.ToHashSet(), (await Client.Monitors.ListAsync(perPage: 1000)).Data.Select(m => m.Url).ToHashSet());
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_and_says_where_the_last_is()
    {
        MonitorPage page = await Client.Monitors.ListAsync(page: 1000, perPage: 2);
        Assert.Empty(page.Data);
        Assert.Equal(1000, page.CurrentPage);
        Assert.Null(page.From);
        Assert.Null(page.To);
        Assert.True(page.LastPage < 1000);
    }

    [Fact]
    public async Task Add_account_email_attaches_an_email_channel()
    {
        Pulsetic.Monitor monitor = Assert.Single(await Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://mail.example.com" }, AddAccountEmail = true }));
        NotificationChannel channel = Assert.Single(await Client.NotificationChannels.ListAsync(monitor.Id));
        Assert.Equal("email", channel.Via);
        Assert.Equal("owner@example.com", channel.Email);
    }

    [Fact]
    public async Task Tcp_and_icmp_monitors_take_hosts_and_report_no_http_method()
    {
        IReadOnlyList<Pulsetic.Monitor> tcp = await Client.Monitors.CreateAsync(new CreateMonitorsRequest
        {
            Urls = new[] { "db.internal.example.com" },
            Request = new MonitorRequestSettings { Type = MonitorRequestType.Tcp },
            TcpPorts = "5432,6432",
        });
        Pulsetic.Monitor monitor = (await Client.Monitors.GetAsync(Assert.Single(tcp).Id)).Data;
        Assert.Equal(MonitorRequestType.Tcp, monitor.RequestType);
        Assert.Equal("5432,6432", monitor.TcpPorts);
        Assert.Null(monitor.RequestMethod);
        Assert.Null(monitor.ResponseCode);
        Assert.Null(monitor.SslCertificate);
        Assert.Null(monitor.MobileSeoScore);
        Assert.False(monitor.LighthouseAuditEnabled);

        IReadOnlyList<MonitorCheck> checks = await Client.Monitors.ListChecksAsync(monitor.Id, perPage: 3);
        Assert.All(checks, check => Assert.Null(check.ResponseCode));
        Assert.All(checks, check => Assert.Null(check.ResponseHeaders));

        ApiValidationException missingPorts = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Monitors.CreateAsync(new CreateMonitorsRequest
        {
            Urls = new[] { "db2.internal.example.com" },
            Request = new MonitorRequestSettings { Type = MonitorRequestType.Tcp },
        }));
        Assert.Equal(new[] { "tcp_ports" }, missingPorts.Errors.Keys);
    }
}
