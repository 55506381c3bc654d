using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// One walk through the whole API with the generated client: every one of the spec's operations is called at least
/// once and its answer checked, and the test proves the walk missed none by comparing the operations sent with the
/// generated endpoint catalog.
/// </summary>
public sealed class EveryOperationTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _fixture;

    public EveryOperationTests(SimulatorFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Every_operation_answers_through_the_generated_client()
    {
        var handler = new TestHandler();
        using PulseticClient client = PulseticClient.Create(_fixture.Simulator.Token, _fixture.Simulator.BaseAddress, handler);

        // Monitors
        IReadOnlyList<Pulsetic.Monitor> created = await client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://walk.example.com/" }, Names = new[] { "Walk" } });
        Pulsetic.Monitor monitor = Assert.Single(created);
        Assert.Equal("https://walk.example.com", monitor.Url);
        Assert.Equal("Walk", monitor.Name);

        MonitorPage page = await client.Monitors.ListAsync(page: 1, perPage: 100);
        Assert.Contains(page.Data, m => m.Id == monitor.Id);
        Assert.Equal(1, page.CurrentPage);

        MonitorResponse fetched = await client.Monitors.GetAsync(monitor.Id);
        Assert.Equal(monitor.Id, fetched.Data.Id);
        Assert.NotNull(fetched.Data.Nodes);

        MonitorResponse updated = await client.Monitors.UpdateAsync(monitor.Id, new UpdateMonitorRequest { Url = "https://walk.example.com", Name = "Walk (renamed)" });
        Assert.Equal("Walk (renamed)", updated.Data.Name);

        IReadOnlyList<MonitorSnapshot> snapshots = await client.Monitors.ListSnapshotsAsync(monitor.Id, perPage: 5);
        Assert.Equal(5, snapshots.Count);
        Assert.All(snapshots, s => Assert.Equal(monitor.Id, s.MonitorId));

        IReadOnlyList<MonitorCheck> checks = await client.Monitors.ListChecksAsync(monitor.Id, perPage: 4);
        Assert.Equal(4, checks.Count);
        Assert.All(checks, c => Assert.NotNull(c.ResponseCode));

        IReadOnlyList<MonitorEvent> events = await client.Monitors.ListEventsAsync(SampleIds.ProductionMonitor);
        Assert.All(events, e => Assert.True(e.Type is "MonitorOnline" or "MonitorOffline"));

        double downtime = await client.Monitors.GetDowntimeAsync(monitor.Id, seconds: 7 * 86400);
        Assert.InRange(downtime, 0, 7 * 86400);

        IReadOnlyDictionary<string, MonitorStatsPeriod> stats = await client.Monitors.GetStatsAsync(monitor.Id);
        Assert.Equal(new[] { "1day", "30days", "7days", "90days" }, stats.Keys.OrderBy(k => k, StringComparer.Ordinal));

        // Notification channels
        NotificationChannelResponse channel = await client.NotificationChannels.CreateAsync(monitor.Id, NotificationChannelType.Email, new NotificationChannelInput { Email = "walk@example.com" });
        Assert.Equal("walk@example.com", channel.Data.Email);
        IReadOnlyList<NotificationChannel> channels = await client.NotificationChannels.ListAsync(monitor.Id);
        Assert.Contains(channels, c => c.Id == channel.Data.Id);
        await client.NotificationChannels.DeleteAsync(channel.Data.Id!.Value);
        Assert.DoesNotContain(await client.NotificationChannels.ListAsync(monitor.Id), c => c.Id == channel.Data.Id);

        // Status pages and maintenance
        StatusPageResponse statusPage = await client.StatusPages.CreateAsync(Inputs.StatusPage("Walk status", new[] { monitor.Id }));
        long statusPageId = statusPage.Data.Id!.Value;
        Assert.Equal("walk-status", statusPage.Data.Slug);
        StatusPageList statusPages = await client.StatusPages.ListAsync();
        Assert.Contains(statusPages.Data, p => p.Id == statusPageId);
        StatusPageResponse renamedPage = await client.StatusPages.UpdateAsync(statusPageId, Inputs.StatusPage("Walk status v2", new[] { monitor.Id, SampleIds.ApiMonitor }));
        Assert.Equal(2, renamedPage.Data.Monitors!.Count);

        MaintenanceResponse maintenance = await client.Maintenance.CreateAsync(statusPageId, Inputs.Maintenance(new[] { monitor.Id }));
        Assert.Equal("2026-05-01T02:00:00.000000Z", maintenance.Data.StartsAt);
        MaintenanceResponse movedMaintenance = await client.Maintenance.UpdateAsync(maintenance.Data.Id!.Value, Inputs.Maintenance(new[] { monitor.Id }, from: "03:00 AM"));
        Assert.Equal("2026-05-01T03:00:00.000000Z", movedMaintenance.Data.StartsAt);

        // Incidents and their updates
        IncidentResponse incident = await client.Incidents.CreateAsync(statusPageId, Inputs.Incident("Walk outage"));
        long incidentId = incident.Data.Id!.Value;
        Assert.Equal(IncidentStatus.Investigating, incident.Data.Status);
        IncidentResponse renamedIncident = await client.Incidents.UpdateAsync(incidentId, new UpdateIncidentRequest { Title = "Walk outage (EU)" });
        Assert.Equal("Walk outage (EU)", renamedIncident.Data.Title);

        IncidentUpdateResponse resolution = await client.IncidentUpdates.CreateAsync(incidentId, new IncidentUpdateInput { Status = IncidentStatus.Resolved, Message = "Fixed", Date = "2026-04-12 15:00:00" });
        Assert.Equal(IncidentStatus.Resolved, resolution.Data.Status);
        IncidentUpdateResponse edited = await client.IncidentUpdates.UpdateAsync(resolution.Data.Id!.Value, new IncidentUpdateInput { Status = IncidentStatus.Resolved, Message = "Fixed for good" });
        Assert.Equal("Fixed for good", edited.Data.Message);

        IncidentList incidents = await client.Incidents.ListAsync(statusPageId);
        Incident listed = Assert.Single(incidents.Data);
        Assert.Equal(IncidentStatus.Resolved, listed.Status);
        Assert.Equal(2, listed.Updates!.Count);

        await client.IncidentUpdates.DeleteAsync(resolution.Data.Id!.Value);
        Assert.Equal(IncidentStatus.Investigating, Assert.Single((await client.Incidents.ListAsync(statusPageId)).Data).Status);
        await client.Incidents.DeleteAsync(incidentId);
        Assert.Empty((await client.Incidents.ListAsync(statusPageId)).Data);
        await client.Maintenance.DeleteAsync(maintenance.Data.Id!.Value);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Maintenance.DeleteAsync(maintenance.Data.Id!.Value));
        await client.StatusPages.DeleteAsync(statusPageId);
        Assert.DoesNotContain((await client.StatusPages.ListAsync()).Data, p => p.Id == statusPageId);

        // Heartbeats
        HeartbeatResponse heartbeat = await client.Heartbeats.CreateAsync(new CreateHeartbeatRequest { Name = "Nightly Backup", MonitoringInterval = 86400, GracePeriod = 3600, AlertEmail = true, AlertSms = false });
        long heartbeatId = heartbeat.Data.Id!.Value;
        Assert.True(heartbeat.Data.AlertEmail);
        Assert.Contains((await client.Heartbeats.ListAsync()).Data, h => h.Id == heartbeatId);
        Assert.Equal("Nightly Backup", (await client.Heartbeats.GetAsync(heartbeatId)).Data.Name);
        HeartbeatResponse changedHeartbeat = await client.Heartbeats.UpdateAsync(heartbeatId, new UpdateHeartbeatRequest { Name = "Nightly Backup v2", GracePeriod = 7200 });
        Assert.Equal(7200, changedHeartbeat.Data.GracePeriod);
        Assert.Equal(86400, changedHeartbeat.Data.MonitoringInterval);
        await client.Heartbeats.DeleteAsync(heartbeatId);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Heartbeats.GetAsync(heartbeatId));

        // Domains
        DomainList domains = await client.Domains.CreateAsync(new CreateDomainsRequest { Domains = new[] { "walk.example.com", "api.walk.example.com" } });
        Assert.Equal(new[] { "walk.example.com", "api.walk.example.com" }, domains.Data.Select(d => d.DomainValue));
        long domainId = domains.Data[0].Id!.Value;
        DomainResponse domain = await client.Domains.UpdateAsync(domainId, new UpdateDomainRequest { Alias = "Production", IsActive = false });
        Assert.Equal("Production", domain.Data.Alias);
        Assert.False(domain.Data.IsActive);
        Assert.Contains((await client.Domains.ListAsync()).Data, d => d.Id == domainId && d.Alias == "Production");
        await client.Domains.DeleteAsync(domainId);
        Assert.DoesNotContain((await client.Domains.ListAsync()).Data, d => d.Id == domainId);

        // And finally the monitor itself.
        await client.Monitors.DeleteAsync(monitor.Id);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Monitors.GetAsync(monitor.Id));

        string[] expected = PulseticEndpoints.All.Select(endpoint => endpoint.OperationId).OrderBy(id => id, StringComparer.Ordinal).ToArray();
        string[] called = handler.Operations.Distinct().OrderBy(id => id, StringComparer.Ordinal).ToArray();
        Assert.Equal(36, expected.Length);
        Assert.Equal(expected, called);
    }
}
