using System.Text.Json;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>Status pages with their maintenance windows, incidents and incident timelines.</summary>
public sealed class StatusPageResourceTests : IClassFixture<FixedClockFixture>
{
    private readonly FixedClockFixture _fixture;

    public StatusPageResourceTests(FixedClockFixture fixture)
    {
        _fixture = fixture;
    }

    private PulseticClient Client => _fixture.Client;

    [Fact]
    public async Task A_status_page_keeps_every_setting_gets_a_unique_slug_and_never_returns_its_password()
    {
        StatusPageInput input = Inputs.StatusPage("Example Status", new[] { SampleIds.ProductionMonitor, SampleIds.PausedMonitor });
        input.Domain = "status.example.net";
        input.MetaTitle = "Our status";
        input.UptimeThreshold = 0.95;
        input.RemoveBranding = true;
        input.Private = true;
        input.Password = "hunter2-secret";
        input.UptimePercentageStyle = true;
        input.ShowLocationTooltip = false;

        StatusPage page = (await Client.StatusPages.CreateAsync(input)).Data;
        Assert.Equal("example-status-2", page.Slug);
        Assert.Equal("status.example.net", page.Domain);
        Assert.Equal("Our status", page.MetaTitle);
        Assert.Equal(0.95, page.UptimeThreshold);
        Assert.True(page.RemoveBranding);
        Assert.True(page.Private);
        Assert.True(page.UptimePercentageStyle);
        Assert.False(page.ShowLocationTooltip);
        Assert.Equal(new long?[] { SampleIds.ProductionMonitor, SampleIds.PausedMonitor }, page.Monitors!.Select(m => m.Id));
        Assert.Equal(new long?[] { 1, 2 }, page.Monitors!.Select(m => m.Order));
        Assert.Equal("status.example.org", page.Monitors![1].Name);
        Assert.True(page.Monitors![1].Disabled);

        using HttpClient raw = _fixture.CreateRawClient();
        string listed = await raw.GetStringAsync("status-page?per_page=100");
        Assert.DoesNotContain("hunter2-secret", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("\"password\"", listed, StringComparison.Ordinal);

        // An update without the optional fields keeps them; the monitors are replaced.
        StatusPage updated = (await Client.StatusPages.UpdateAsync(page.Id!.Value, new StatusPageInput { Title = "Renamed", Monitors = new[] { SampleIds.ApiMonitor } })).Data;
        Assert.Equal("Renamed", updated.Title);
        Assert.Equal("example-status-2", updated.Slug);
        Assert.Equal(0.95, updated.UptimeThreshold);
        Assert.True(updated.Private);
        Assert.Equal(SampleIds.ApiMonitor, Assert.Single(updated.Monitors!).Id);
    }

    [Fact]
    public async Task Status_pages_page_like_monitors()
    {
        for (int i = 0; i < 3; i++)
        {
            await Client.StatusPages.CreateAsync(Inputs.StatusPage($"Paged {i}", Array.Empty<long>()));
        }

        StatusPageList all = await Client.StatusPages.ListAsync(perPage: 100);
        StatusPageList second = await Client.StatusPages.ListAsync(page: 2, perPage: 2);
        Assert.Equal(all.Data.Skip(2).Take(2).Select(p => p.Id), second.Data.Select(p => p.Id));
    }

    [Fact]
    public async Task Maintenance_times_are_converted_from_the_time_zone_and_sorted_into_live_and_upcoming()
    {
        StatusPage page = (await Client.StatusPages.CreateAsync(Inputs.StatusPage("Maintained", new[] { SampleIds.ProductionMonitor }))).Data;
        MaintenanceInput evening = Inputs.Maintenance(new[] { SampleIds.ProductionMonitor }, "Evening work", "2026-05-01", "11:00 PM", "01:00 AM");
        evening.Date.Ending = "2026-05-02";
        evening.Timezone = new MaintenanceTimezone { Value = "Eastern Standard Time", Offset = -5 };
        Maintenance upcoming = (await Client.Maintenance.CreateAsync(page.Id!.Value, evening)).Data;
        Assert.Equal("2026-05-02T04:00:00.000000Z", upcoming.StartsAt);
        Assert.Equal("2026-05-02T06:00:00.000000Z", upcoming.EndsAt);
        Assert.Equal(page.Id, upcoming.StatusPageId);

        // The fixture's clock reads 2026-03-15 10:20:30 UTC; India is UTC+5:30.
        MaintenanceInput now = Inputs.Maintenance(new[] { SampleIds.ProductionMonitor }, "Happening now", "2026-03-15", "03:00 PM", "05:00 PM");
        now.Timezone = new MaintenanceTimezone { Value = "India Standard Time", Offset = 5.5 };
        Maintenance live = (await Client.Maintenance.CreateAsync(page.Id!.Value, now)).Data;
        Assert.Equal("2026-03-15T09:30:00.000000Z", live.StartsAt);

        StatusPage listed = (await Client.StatusPages.ListAsync(perPage: 100)).Data.Single(p => p.Id == page.Id);
        Assert.Equal(live.Id, Assert.Single(listed.LiveMaintenances!).Id);
        Assert.Equal(upcoming.Id, Assert.Single(listed.UpcomingMaintenances!).Id);

        ApiValidationException backwards = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Maintenance.UpdateAsync(live.Id!.Value,
            Inputs.Maintenance(new[] { SampleIds.ProductionMonitor }, from: "05:00 PM", to: "03:00 PM")));
        Assert.Equal(new[] { "time.ending" }, backwards.Errors.Keys);
    }

    [Fact]
    public async Task An_incidents_status_and_resolution_follow_its_timeline()
    {
        StatusPage page = (await Client.StatusPages.CreateAsync(Inputs.StatusPage("Incidents", Array.Empty<long>()))).Data;
        long pageId = page.Id!.Value;
        Incident incident = (await Client.Incidents.CreateAsync(pageId, Inputs.Incident("Checkout errors"))).Data;
        long id = incident.Id!.Value;
        Assert.Equal("2026-04-12T14:30:00.000000Z", incident.StartedAt);
        Assert.Null(incident.ResolvedAt);
        Assert.Equal(incident.LatestUpdate!.Id, Assert.Single(incident.Updates!).Id);

        await Client.IncidentUpdates.CreateAsync(id, new IncidentUpdateInput { Status = IncidentStatus.Identified, Message = "Found it", Date = "2026-04-12 14:45" });
        IncidentUpdate monitoring = (await Client.IncidentUpdates.CreateAsync(id, new IncidentUpdateInput { Status = IncidentStatus.Monitoring, Message = "Fix deployed", Date = "2026-04-12T15:10:00Z" })).Data;
        IncidentUpdate resolved = (await Client.IncidentUpdates.CreateAsync(id, new IncidentUpdateInput { Status = IncidentStatus.Resolved, Message = "Resolved", Date = "2026-04-12 15:30:00" })).Data;
        Assert.Equal(id, resolved.IncidentId);

        Incident after = Assert.Single((await Client.Incidents.ListAsync(pageId)).Data);
        Assert.Equal(IncidentStatus.Resolved, after.Status);
        Assert.Equal("2026-04-12T15:30:00.000000Z", after.ResolvedAt);
        Assert.Equal(resolved.Id, after.LatestUpdate!.Id);
        Assert.Equal(
            new[] { IncidentStatus.Investigating, IncidentStatus.Identified, IncidentStatus.Monitoring, IncidentStatus.Resolved },
            after.Updates!.Select(u => u.Status!.Value));

        // Moving the resolution before the monitoring entry reorders the timeline; the latest entry decides the status.
        await Client.IncidentUpdates.UpdateAsync(resolved.Id!.Value, new IncidentUpdateInput { Status = IncidentStatus.Resolved, Message = "Resolved", Date = "2026-04-12 15:00" });
        Incident reordered = Assert.Single((await Client.Incidents.ListAsync(pageId)).Data);
        Assert.Equal(IncidentStatus.Monitoring, reordered.Status);
        Assert.Equal(monitoring.Id, reordered.LatestUpdate!.Id);
        Assert.Null(reordered.ResolvedAt);

        ApiValidationException badDate = await Assert.ThrowsAsync<ApiValidationException>(
            () => Client.IncidentUpdates.CreateAsync(id, new IncidentUpdateInput { Status = IncidentStatus.Exploring, Message = "x", Date = "half past two" }));
        Assert.Equal(new[] { "date" }, badDate.Errors.Keys);

        await Client.StatusPages.DeleteAsync(pageId);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Incidents.ListAsync(pageId));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.Incidents.UpdateAsync(id, new UpdateIncidentRequest { Title = "gone with its page" }));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.IncidentUpdates.DeleteAsync(monitoring.Id!.Value));
    }

    [Fact]
    public async Task An_incident_created_without_a_date_starts_now()
    {
        StatusPage page = (await Client.StatusPages.CreateAsync(Inputs.StatusPage("Undated", Array.Empty<long>()))).Data;
        CreateIncidentRequest request = Inputs.Incident("Undated");
        request.Update.Date = null;
        Incident incident = (await Client.Incidents.CreateAsync(page.Id!.Value, request)).Data;
        Assert.Equal("2026-03-15T10:20:30.000000Z", incident.StartedAt);
        Assert.Equal(FixedClockFixture.Now, incident.CreatedAt);
    }

    [Fact]
    public async Task Every_notification_channel_type_stores_its_own_field()
    {
        Pulsetic.Monitor monitor = Assert.Single(await Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://channels.example.com" } }));
        var inputs = new (NotificationChannelType Type, NotificationChannelInput Body, Func<NotificationChannel, string?> Field, string Expected)[]
        {
            (NotificationChannelType.Email, new() { Email = "oncall@example.com" }, c => c.Email, "oncall@example.com"),
            (NotificationChannelType.PhoneNumber, new() { PhoneNumber = "+15551234567", Sms = false, Calls = true }, c => c.PhoneNumber, "+15551234567"),
            (NotificationChannelType.Webhook, new() { Webhook = "https://hooks.example.com/p" }, c => c.Webhook, "https://hooks.example.com/p"),
            (NotificationChannelType.SlackWebhook, new() { WebhookUrl = "https://hooks.slack.com/services/T/B/X" }, c => c.WebhookUrl, "https://hooks.slack.com/services/T/B/X"),
            (NotificationChannelType.DiscordWebhook, new() { Webhook = "https://discord.com/api/webhooks/1" }, c => c.Webhook, "https://discord.com/api/webhooks/1"),
            (NotificationChannelType.MsTeamsWebhook, new() { Webhook = "https://outlook.office.com/webhook/1" }, c => c.Webhook, "https://outlook.office.com/webhook/1"),
            (NotificationChannelType.Signl4, new() { Signl4Webhook = "https://connect.signl4.com/webhook/abc" }, c => c.Signl4Webhook, "https://connect.signl4.com/webhook/abc"),
        };

        foreach ((NotificationChannelType type, NotificationChannelInput body, Func<NotificationChannel, string?> field, string expected) in inputs)
        {
            NotificationChannel channel = (await Client.NotificationChannels.CreateAsync(monitor.Id, type, body)).Data;
            Assert.Equal(type.Value, channel.Via);
            Assert.Equal(expected, field(channel));
            Assert.Equal(monitor.Id, channel.MonitorId);
        }

        IReadOnlyList<NotificationChannel> listed = await Client.NotificationChannels.ListAsync(monitor.Id);
        Assert.Equal(inputs.Select(i => i.Type.Value), listed.Select(c => c.Via));
        NotificationChannel phone = listed.Single(c => c.Via == "phone-number");
        Assert.False(phone.Sms);
        Assert.True(phone.Calls);

        await Client.NotificationChannels.DeleteAsync(phone.Id!.Value);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.NotificationChannels.DeleteAsync(phone.Id!.Value));
        Assert.Equal(6, (await Client.NotificationChannels.ListAsync(monitor.Id)).Count);

        // Deleting the monitor takes its channels along.
        await Client.Monitors.DeleteAsync(monitor.Id);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.NotificationChannels.ListAsync(monitor.Id));
        await Assert.ThrowsAsync<ApiNotFoundException>(() => Client.NotificationChannels.DeleteAsync(listed[0].Id!.Value));
    }

    [Fact]
    public async Task Heartbeats_get_defaults_and_partial_updates_keep_the_rest()
    {
        Heartbeat created = (await Client.Heartbeats.CreateAsync(new CreateHeartbeatRequest { Name = "Defaults" })).Data;
        Assert.Equal(3600, created.MonitoringInterval);
        Assert.Equal(300, created.GracePeriod);
        Assert.True(created.AlertEmail);
        Assert.False(created.AlertSms);

        Heartbeat updated = (await Client.Heartbeats.UpdateAsync(created.Id!.Value, new UpdateHeartbeatRequest { AlertSms = true })).Data;
        Assert.Equal("Defaults", updated.Name);
        Assert.True(updated.AlertSms);
        Assert.Equal(3600, updated.MonitoringInterval);

        using HttpClient raw = _fixture.CreateRawClient();
        using JsonDocument json = JsonDocument.Parse(await raw.GetStringAsync($"heartbeats/{created.Id}"));
        Assert.Equal(1, json.RootElement.GetProperty("data").GetProperty("alert_email").GetInt32());

        ApiValidationException blank = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Heartbeats.UpdateAsync(created.Id!.Value, new UpdateHeartbeatRequest { Name = " " }));
        Assert.Equal(new[] { "name" }, blank.Errors.Keys);
    }

    [Fact]
    public async Task Domains_are_normalised_and_partial_updates_keep_the_rest()
    {
        DomainList created = await Client.Domains.CreateAsync(new CreateDomainsRequest { Domains = new[] { " Shop.Example.NET " } });
        Domain domain = Assert.Single(created.Data);
        Assert.Equal("shop.example.net", domain.DomainValue);
        Assert.True(domain.IsActive);
        Assert.Null(domain.Alias);

        Domain updated = (await Client.Domains.UpdateAsync(domain.Id!.Value, new UpdateDomainRequest { DisableExpiredAlert = true })).Data;
        Assert.True(updated.DisableExpiredAlert);
        Assert.False(updated.DisableExpiringSoonAlert);
        Assert.True(updated.IsActive);

        ApiValidationException duplicate = await Assert.ThrowsAsync<ApiValidationException>(() => Client.Domains.CreateAsync(new CreateDomainsRequest { Domains = new[] { "shop.example.net" } }));
        Assert.Equal(new[] { "The domains.0 has already been taken." }, duplicate.Errors["domains.0"]);
    }
}
