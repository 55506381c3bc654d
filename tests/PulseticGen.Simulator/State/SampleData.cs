using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace PulseticGen.Simulator.State;

/// <summary>
/// The data a simulator starts with when <see cref="SimulatorOptions.SeedSampleData"/> is set: one monitor of each
/// kind (ids 115988–115991: HTTP GET, HTTP POST, TCP, paused ICMP), two notification channels, status page 13 with an
/// upcoming maintenance (8) and an open incident (30, update 57), heartbeat 1 and domain 1.
/// </summary>
internal static class SampleData
{
    /// <summary>The creation time of the sample rows: the timestamp of Pulsetic's own sample event.</summary>
    public static readonly DateTimeOffset CreatedAt = new(2023, 4, 12, 16, 36, 32, TimeSpan.Zero);

    public static void Seed(SimulatorState state, DateTimeOffset clockNow)
    {
        // Stored timestamps have whole seconds, like a DATETIME column.
        var now = DateTimeOffset.FromUnixTimeSeconds(clockNow.ToUnixTimeSeconds());
        MonitorEntity production = AddMonitor(state, new MonitorEntity
        {
            Id = state.NextMonitorId(),
            Name = "Production",
            Url = "https://example.com",
            SslCheck = true,
            UptimeCheckFrequency = 60,
            RequestHeaders = new List<NameValue> { new("Accept", "text/html") },
            ResponseBody = "Example Domain",
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        });
        MonitorEntity api = AddMonitor(state, new MonitorEntity
        {
            Id = state.NextMonitorId(),
            Name = "API",
            Url = "https://api.example.com/health",
            RequestMethod = "post",
            RequestBodyType = "json",
            RequestBodyJson = "{\"ping\":true}",
            RequestTimeout = 5.5,
            SslCheck = true,
            UptimeCheckFrequency = 300,
            OfflineNotificationDelay = 5,
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        });
        MonitorEntity database = AddMonitor(state, new MonitorEntity
        {
            Id = state.NextMonitorId(),
            Name = "Database",
            Url = "db.example.com",
            RequestType = "tcp",
            RequestMethod = null,
            TcpPorts = "5432",
            UptimeCheckFrequency = 120,
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        });
        AddMonitor(state, new MonitorEntity
        {
            Id = state.NextMonitorId(),
            Name = null,
            Url = "status.example.org",
            RequestType = "icmp",
            RequestMethod = null,
            UptimeCheckFrequency = 600,
            IsRunning = false,
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        });

        AddChannel(state, new NotificationChannelEntity { Id = state.NextChannelId(), MonitorId = production.Id, Via = "email", Email = "oncall@example.com", CreatedAt = CreatedAt });
        AddChannel(state, new NotificationChannelEntity
        {
            Id = state.NextChannelId(),
            MonitorId = production.Id,
            Via = "slack-webhook",
            WebhookUrl = "https://hooks.slack.com/services/T000/B000/XXXX",
            CreatedAt = CreatedAt,
        });

        var page = new StatusPageEntity
        {
            Id = state.NextStatusPageId(),
            Title = "Example Status",
            Slug = "example-status",
            MetaTitle = "Example status",
            SubscribeToUpdates = true,
            MonitorIds = new List<long> { production.Id, api.Id },
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        };
        state.StatusPages[page.Id] = page;

        DateTimeOffset nextWeek = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(7);
        var maintenance = new MaintenanceEntity
        {
            Id = state.NextMaintenanceId(),
            StatusPageId = page.Id,
            Name = "Scheduled Upgrade",
            Description = "Database migration",
            Timezone = new JsonObject { ["value"] = "UTC", ["abbr"] = "UTC", ["offset"] = 0, ["isdst"] = false, ["title"] = "(UTC) Coordinated Universal Time", ["utc"] = new JsonArray("Etc/GMT") },
            MonitorIds = new List<long> { database.Id },
            StartsAt = nextWeek.AddHours(2),
            EndsAt = nextWeek.AddHours(4),
            CreatedAt = CreatedAt,
            UpdatedAt = CreatedAt,
        };
        state.Maintenances[maintenance.Id] = maintenance;

        var incident = new IncidentEntity { Id = state.NextIncidentId(), StatusPageId = page.Id, Title = "API Degradation", CreatedAt = now.AddHours(-2), UpdatedAt = now.AddHours(-2) };
        state.Incidents[incident.Id] = incident;
        var update = new IncidentUpdateEntity
        {
            Id = state.NextIncidentUpdateId(),
            IncidentId = incident.Id,
            Status = "investigating",
            Message = "Investigating increased error rates",
            Date = now.AddHours(-2),
            CreatedAt = now.AddHours(-2),
            UpdatedAt = now.AddHours(-2),
        };
        state.IncidentUpdates[update.Id] = update;

        var heartbeat = new HeartbeatEntity { Id = state.NextHeartbeatId(), Name = "cron-job", MonitoringInterval = 86400, GracePeriod = 3600, CreatedAt = CreatedAt, UpdatedAt = CreatedAt };
        state.Heartbeats[heartbeat.Id] = heartbeat;
        var domain = new DomainEntity { Id = state.NextDomainId(), Domain = "example.com", Alias = "Main site", CreatedAt = CreatedAt, UpdatedAt = CreatedAt };
        state.Domains[domain.Id] = domain;
    }

    private static MonitorEntity AddMonitor(SimulatorState state, MonitorEntity monitor)
    {
        monitor.Position = state.Monitors.Count + 1;
        state.Monitors[monitor.Id] = monitor;
        return monitor;
    }

    private static void AddChannel(SimulatorState state, NotificationChannelEntity channel) => state.Channels[channel.Id] = channel;
}
