using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests.Operations;

public static partial class OperationCases
{
    private static IEnumerable<OperationCase> StatusPageCases()
    {
        yield return OperationCase.Read(
            "listStatusPages", "GET", "status-page?page=1&per_page=20", "status-pages.json",
            (c, ct) => c.StatusPages.ListAsync(page: 1, perPage: 20, ct),
            list =>
            {
                StatusPage page = Assert.Single(list.Data);
                Assert.Equal(10, page.Id);
                Assert.Equal("Public Status", page.Title);
                Assert.Equal("status.example.com", page.Domain);
                StatusPageMonitor monitor = Assert.Single(page.Monitors!);
                Assert.Equal(MonitorStatus.Online, monitor.Status);
                Assert.False(monitor.Disabled);
                Assert.Empty(page.Incidents!);
            });

        yield return OperationCase.Read(
            "createStatusPage", "POST", "status-page", "status-page.json",
            (c, ct) => c.StatusPages.CreateAsync(new StatusPageInput { Title = "My Status Page", Monitors = [1, 2], SubscribeToUpdates = true, ShowLocationTooltip = true }, ct),
            response =>
            {
                Assert.Equal(13, response.Data.Id);
                Assert.Equal("my-status-page", response.Data.Slug);
                Assert.Null(response.Data.Domain);
                Assert.Equal(0.9, response.Data.UptimeThreshold);
                Assert.Equal(new long?[] { 1, 2 }, response.Data.Monitors!.Select(m => m.Id).ToArray());
            },
            body =>
            {
                JsonAssert.HasExactly(body, "title", "monitors", "subscribe_to_updates", "show_location_tooltip");
                JsonAssert.String(body, "title", "My Status Page");
                JsonAssert.Integers(body, "monitors", 1, 2);
                JsonAssert.Bool(body, "subscribe_to_updates", true);
                JsonAssert.Bool(body, "show_location_tooltip", true);
            });

        yield return OperationCase.Read(
            "updateStatusPage", "PUT", "status-page/13", "status-page.json",
            (c, ct) => c.StatusPages.UpdateAsync(13, new StatusPageInput { Title = "Updated Status Page", Monitors = [1], Private = true, Password = "s3cret-page", UptimeThreshold = 0.9 }, ct),
            response => Assert.Equal("My Status Page", response.Data.Title),
            body =>
            {
                JsonAssert.HasExactly(body, "title", "monitors", "private", "password", "uptime_threshold");
                JsonAssert.Bool(body, "private", true);
                JsonAssert.String(body, "password", "s3cret-page");
                JsonAssert.Number(body, "uptime_threshold", 0.9);
                JsonAssert.Integers(body, "monitors", 1);
            });

        yield return OperationCase.Delete("deleteStatusPage", "status-page/13", (c, ct) => c.StatusPages.DeleteAsync(13, ct));

        yield return OperationCase.Read(
            "createMaintenance", "POST", "status-page/13/maintenance", "maintenance.json",
            (c, ct) => c.Maintenance.CreateAsync(13, VendorMaintenanceExample(), ct),
            response =>
            {
                Assert.Equal(8, response.Data.Id);
                Assert.Equal(13, response.Data.StatusPageId);
                Assert.Equal("2026-05-01 02:00:00", response.Data.StartsAt);
                Assert.Equal("Scheduled Upgrade", response.Data.Name);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "name", "description", "timezone", "monitors", "date", "time");
                JsonElement timezone = body.GetProperty("timezone");
                JsonAssert.HasExactly(timezone, "value", "abbr", "offset", "isdst", "title", "utc");
                JsonAssert.String(timezone, "value", "UTC");
                JsonAssert.Number(timezone, "offset", 0);
                JsonAssert.Bool(timezone, "isdst", false);
                JsonAssert.Strings(timezone, "utc", "Etc/GMT");
                JsonAssert.Integers(body, "monitors", 1, 2);
                JsonAssert.String(body.GetProperty("date"), "starting", "2026-05-01");
                JsonAssert.String(body.GetProperty("time"), "ending", "04:00 AM");
            });

        yield return OperationCase.Read(
            "updateMaintenance", "PUT", "status-page/maintenance/8", "maintenance.json",
            (c, ct) => c.Maintenance.UpdateAsync(
                8,
                new MaintenanceInput
                {
                    Name = "Extended Upgrade",
                    Timezone = new MaintenanceTimezone { Value = "Eastern Standard Time", Offset = -5 },
                    Monitors = [1],
                    Date = new MaintenanceDateRange { Starting = "2026-05-01", Ending = "2026-05-02" },
                    Time = new MaintenanceTimeRange { Starting = "11:00 PM", Ending = "01:00 AM" },
                },
                ct),
            response => Assert.Equal("Database migration", response.Data.Description),
            body =>
            {
                JsonAssert.HasExactly(body, "name", "timezone", "monitors", "date", "time");
                JsonAssert.HasExactly(body.GetProperty("timezone"), "value", "offset");
                JsonAssert.Number(body.GetProperty("timezone"), "offset", -5);
                JsonAssert.String(body.GetProperty("time"), "starting", "11:00 PM");
            });

        yield return OperationCase.Delete("deleteMaintenance", "status-page/maintenance/8", (c, ct) => c.Maintenance.DeleteAsync(8, ct));

        yield return OperationCase.Read(
            "listIncidents", "GET", "status-page/13/incidents", "incidents.json",
            (c, ct) => c.Incidents.ListAsync(13, ct),
            list =>
            {
                Incident incident = Assert.Single(list.Data);
                Assert.Equal(30, incident.Id);
                Assert.Equal(IncidentStatus.Investigating, incident.Status);
                Assert.Null(incident.ResolvedAt);
                Assert.Equal(57, incident.LatestUpdate!.Id);
                Assert.Equal("Investigating increased error rates", incident.LatestUpdate.Message);
            });

        yield return OperationCase.Read(
            "createIncident", "POST", "status-page/13/incidents", "incident.json",
            (c, ct) => c.Incidents.CreateAsync(
                13,
                new CreateIncidentRequest
                {
                    Title = "API Degradation",
                    Update = new IncidentUpdateInput { Status = IncidentStatus.Investigating, Message = "Investigating increased error rates", Date = "2026-04-12 14:30" },
                },
                ct),
            response =>
            {
                Assert.Equal("API Degradation", response.Data.Title);
                IncidentUpdate update = Assert.Single(response.Data.Updates!);
                Assert.Equal("2026-04-12 14:30", update.Date);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "title", "update");
                JsonElement update = body.GetProperty("update");
                JsonAssert.HasExactly(update, "status", "message", "date");
                JsonAssert.String(update, "status", "investigating");
                JsonAssert.String(update, "date", "2026-04-12 14:30");
            });

        yield return OperationCase.Read(
            "updateIncident", "PUT", "status-page/incidents/30", "incident.json",
            (c, ct) => c.Incidents.UpdateAsync(30, new UpdateIncidentRequest { Title = "API Degradation (EU only)" }, ct),
            response => Assert.Equal(30, response.Data.Id),
            body =>
            {
                JsonAssert.HasExactly(body, "title");
                JsonAssert.String(body, "title", "API Degradation (EU only)");
            });

        yield return OperationCase.Delete("deleteIncident", "status-page/incidents/30", (c, ct) => c.Incidents.DeleteAsync(30, ct));

        yield return OperationCase.Read(
            "createIncidentUpdate", "POST", "incidents/30/incident-update", "incident-update.json",
            (c, ct) => c.IncidentUpdates.CreateAsync(30, new IncidentUpdateInput { Status = IncidentStatus.Identified, Message = "Root cause found", Date = "2026-04-12 14:30:00" }, ct),
            response =>
            {
                Assert.Equal(57, response.Data.Id);
                Assert.Equal(30, response.Data.IncidentId);
                Assert.Equal(IncidentStatus.Identified, response.Data.Status);
                Assert.True(response.Data.Status!.Value.IsKnown);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "status", "message", "date");
                JsonAssert.String(body, "status", "identified");
                JsonAssert.String(body, "message", "Root cause found");
            });

        yield return OperationCase.Read(
            "updateIncidentUpdate", "PUT", "incidents/updates/57", "incident-update.json",
            (c, ct) => c.IncidentUpdates.UpdateAsync(57, new IncidentUpdateInput { Status = IncidentStatus.Resolved, Message = "Fixed" }, ct),
            response => Assert.Equal("Root cause found", response.Data.Message),
            body =>
            {
                JsonAssert.HasExactly(body, "status", "message");
                JsonAssert.String(body, "status", "resolved");
            });

        yield return OperationCase.Delete("deleteIncidentUpdate", "incidents/updates/57", (c, ct) => c.IncidentUpdates.DeleteAsync(57, ct));
    }

    /// <summary>The maintenance body Pulsetic's n8n node sends, with its UTC fallback time zone.</summary>
    internal static MaintenanceInput VendorMaintenanceExample() => new()
    {
        Name = "Scheduled Upgrade",
        Description = "Database migration",
        Timezone = new MaintenanceTimezone
        {
            Value = "UTC",
            Abbr = "UTC",
            Offset = 0,
            Isdst = false,
            Title = "(UTC) Coordinated Universal Time",
            Utc = ["Etc/GMT"],
        },
        Monitors = [1, 2],
        Date = new MaintenanceDateRange { Starting = "2026-05-01", Ending = "2026-05-01" },
        Time = new MaintenanceTimeRange { Starting = "02:00 AM", Ending = "04:00 AM" },
    };
}
