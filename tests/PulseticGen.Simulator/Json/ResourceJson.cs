using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.State;
using PulseticGen.Simulator.Telemetry;

namespace PulseticGen.Simulator.Json;

/// <summary>
/// Writes the status-page, incident, heartbeat, domain and notification-channel resources. Like a Laravel model without
/// casts, some flags come out as <c>0</c>/<c>1</c> and others as booleans; each field always uses the same form.
/// </summary>
internal static class ResourceJson
{
    public static JsonObject Channel(NotificationChannelEntity channel) => new()
    {
        ["id"] = channel.Id,
        ["monitor_id"] = channel.MonitorId,
        ["via"] = channel.Via,
        ["email"] = channel.Email,
        ["phone_number"] = channel.PhoneNumber,
        ["sms"] = LaravelJson.Flag(channel.Sms, asInteger: true),
        ["calls"] = LaravelJson.Flag(channel.Calls, asInteger: true),
        ["webhook"] = channel.Webhook,
        ["webhook_url"] = channel.WebhookUrl,
        ["signl4_webhook"] = channel.Signl4Webhook,
        ["created_at"] = LaravelJson.Timestamp(channel.CreatedAt),
        ["updated_at"] = LaravelJson.Timestamp(channel.CreatedAt),
    };

    public static JsonObject StatusPage(StatusPageEntity page, SimulatorState state, DateTimeOffset now)
    {
        long nowUnix = now.ToUnixTimeSeconds();
        var monitors = new JsonArray();
        int order = 1;
        foreach (long monitorId in page.MonitorIds)
        {
            if (state.Monitors.TryGetValue(monitorId, out MonitorEntity? monitor))
            {
                monitors.Add(new JsonObject
                {
                    ["id"] = monitor.Id,
                    ["name"] = monitor.Name ?? monitor.Url,
                    ["status"] = state.Telemetry.IsOffline(monitor.Id, nowUnix) ? "offline" : "online",
                    ["order"] = order++,
                    ["disabled"] = !monitor.IsRunning,
                });
            }
        }

        List<MaintenanceEntity> maintenances = state.Maintenances.Values.Where(m => m.StatusPageId == page.Id && m.EndsAt > now).ToList();
        return new JsonObject
        {
            ["id"] = page.Id,
            ["title"] = page.Title,
            ["slug"] = page.Slug,
            ["domain"] = string.IsNullOrEmpty(page.Domain) ? null : page.Domain,
            ["meta_title"] = page.MetaTitle,
            ["uptime_threshold"] = page.UptimeThreshold,
            ["remove_branding"] = LaravelJson.Flag(page.RemoveBranding, asInteger: true),
            ["subscribe_to_updates"] = LaravelJson.Flag(page.SubscribeToUpdates, asInteger: false),
            ["private"] = LaravelJson.Flag(page.Private, asInteger: true),
            ["uptime_percentage_style"] = LaravelJson.Flag(page.UptimePercentageStyle, asInteger: true),
            ["show_location_tooltip"] = LaravelJson.Flag(page.ShowLocationTooltip, asInteger: false),
            ["monitors"] = monitors,
            ["incidents"] = new JsonArray(state.Incidents.Values.Where(i => i.StatusPageId == page.Id).Select(i => (JsonNode?)Incident(i, state, withTimeline: false)).ToArray()),
            ["live_maintenances"] = new JsonArray(maintenances.Where(m => m.StartsAt <= now).Select(m => (JsonNode?)Maintenance(m)).ToArray()),
            ["upcoming_maintenances"] = new JsonArray(maintenances.Where(m => m.StartsAt > now).Select(m => (JsonNode?)Maintenance(m)).ToArray()),
            ["created_at"] = LaravelJson.Timestamp(page.CreatedAt),
            ["updated_at"] = LaravelJson.Timestamp(page.UpdatedAt),
        };
    }

    public static JsonObject Maintenance(MaintenanceEntity maintenance) => new()
    {
        ["id"] = maintenance.Id,
        ["status_page_id"] = maintenance.StatusPageId,
        ["name"] = maintenance.Name,
        ["description"] = maintenance.Description,
        ["starts_at"] = LaravelJson.Timestamp(maintenance.StartsAt),
        ["ends_at"] = LaravelJson.Timestamp(maintenance.EndsAt),

        // Not in the spec's Maintenance schema: extra keys a client must skip.
        ["monitors"] = LaravelJson.Ids(maintenance.MonitorIds),
        ["timezone"] = maintenance.Timezone.DeepClone(),
        ["created_at"] = LaravelJson.Timestamp(maintenance.CreatedAt),
        ["updated_at"] = LaravelJson.Timestamp(maintenance.UpdatedAt),
    };

    /// <summary>An incident with its status and latest update; <paramref name="withTimeline"/> adds every update.</summary>
    public static JsonObject Incident(IncidentEntity incident, SimulatorState state, bool withTimeline)
    {
        List<IncidentUpdateEntity> updates = state.UpdatesOf(incident.Id);
        IncidentUpdateEntity? latest = updates.Count == 0 ? null : updates[^1];
        var json = new JsonObject
        {
            ["id"] = incident.Id,
            ["status_page_id"] = incident.StatusPageId,
            ["title"] = incident.Title,
            ["name"] = null,
            ["status"] = latest?.Status,
            ["started_at"] = LaravelJson.Timestamp(updates.Count == 0 ? incident.CreatedAt : updates[0].Date),
            ["resolved_at"] = latest is { Status: "resolved" } ? LaravelJson.Timestamp(latest.Date) : null,
            ["latest_update"] = latest is null ? null : IncidentUpdate(latest),
        };

        if (withTimeline)
        {
            json["updates"] = new JsonArray(updates.Select(update => (JsonNode?)IncidentUpdate(update)).ToArray());
        }

        json["created_at"] = LaravelJson.Timestamp(incident.CreatedAt);
        json["updated_at"] = LaravelJson.Timestamp(incident.UpdatedAt);
        return json;
    }

    public static JsonObject IncidentUpdate(IncidentUpdateEntity update) => new()
    {
        ["id"] = update.Id,
        ["incident_id"] = update.IncidentId,
        ["status"] = update.Status,
        ["message"] = update.Message,
        ["date"] = LaravelJson.Timestamp(update.Date),
        ["created_at"] = LaravelJson.Timestamp(update.CreatedAt),
        ["updated_at"] = LaravelJson.Timestamp(update.UpdatedAt),
    };

    public static JsonObject Heartbeat(HeartbeatEntity heartbeat) => new()
    {
        ["id"] = heartbeat.Id,
        ["name"] = heartbeat.Name,
        ["monitoring_interval"] = heartbeat.MonitoringInterval,
        ["grace_period"] = heartbeat.GracePeriod,
        ["alert_email"] = LaravelJson.Flag(heartbeat.AlertEmail, asInteger: true),
        ["alert_sms"] = LaravelJson.Flag(heartbeat.AlertSms, asInteger: false),
        ["created_at"] = LaravelJson.Timestamp(heartbeat.CreatedAt),
        ["updated_at"] = LaravelJson.Timestamp(heartbeat.UpdatedAt),
    };

    public static JsonObject Domain(DomainEntity domain) => new()
    {
        ["id"] = domain.Id,
        ["domain"] = domain.Domain,
        ["alias"] = domain.Alias,
        ["is_active"] = LaravelJson.Flag(domain.IsActive, asInteger: true),
        ["disable_expired_alert"] = LaravelJson.Flag(domain.DisableExpiredAlert, asInteger: false),
        ["disable_expiring_soon_alert"] = LaravelJson.Flag(domain.DisableExpiringSoonAlert, asInteger: true),
        ["created_at"] = LaravelJson.Timestamp(domain.CreatedAt),
        ["updated_at"] = LaravelJson.Timestamp(domain.UpdatedAt),
    };

    /// <summary>A snapshot row: timings as numeric strings (a <c>DECIMAL</c> average), uptime as a string for legacy monitors.</summary>
    public static JsonObject Snapshot(long monitorId, SnapshotRow row)
    {
        bool legacy = MonitorJson.UsesLegacyEncoding(monitorId);
        double? uptime = row.TotalChecks == 0 ? null : Math.Round(100.0 * (row.TotalChecks - row.FailedChecks) / row.TotalChecks, 4);
        return new JsonObject
        {
            ["id"] = row.Id,
            ["monitor_id"] = monitorId,
            ["node_id"] = row.Node.Id,
            ["node"] = new JsonObject
            {
                ["id"] = row.Node.Id,
                ["title"] = row.Node.Title,
                ["location"] = row.Node.Location,
                ["continent"] = row.Node.Continent,
            },
            ["average_time_total"] = row.AverageTimeTotal is { } total ? LaravelJson.DecimalString(total, 4) : null,
            ["average_time_starttransfer"] = row.AverageStartTransfer is { } transfer ? LaravelJson.DecimalString(transfer, 4) : null,
            ["total_checks"] = row.TotalChecks,
            ["failed_checks"] = row.FailedChecks,
            ["uptime"] = uptime is { } u ? (legacy ? JsonValue.Create(LaravelJson.DecimalString(u, 4)) : JsonValue.Create(u)) : null,
            ["created_at"] = LaravelJson.Timestamp(DateTimeOffset.FromUnixTimeSeconds(row.HourStart)),
        };
    }

    /// <summary>
    /// A raw check. Legacy monitors send <c>is_failed</c> as 0/1, <c>response_code</c> as a string and <c>time_total</c>
    /// as a numeric string; others send booleans and numbers. <c>response_headers</c> is a JSON-encoded string.
    /// </summary>
    public static JsonObject Check(long monitorId, CheckResult check)
    {
        bool legacy = MonitorJson.UsesLegacyEncoding(monitorId);
        string? headers = check.ResponseCode is null ? null : SimulatorJsonText.Headers(check);
        return new JsonObject
        {
            ["id"] = check.Id,
            ["monitor_id"] = monitorId,
            ["node_id"] = check.Node.Id,
            ["is_failed"] = LaravelJson.Flag(check.Failed, legacy),
            ["response_time"] = check.TimeTotal,
            ["time_total"] = legacy ? JsonValue.Create(LaravelJson.DecimalString(check.TimeTotal, 6)) : JsonValue.Create(check.TimeTotal),
            ["response_code"] = check.ResponseCode is not { } code ? null
                : legacy ? JsonValue.Create(code.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(code),
            ["response_headers"] = headers,
            ["created_at"] = LaravelJson.Timestamp(DateTimeOffset.FromUnixTimeSeconds(check.Time)),
        };
    }

    public static JsonObject Event(long monitorId, long id, bool online, long time) => new()
    {
        ["id"] = id,
        ["monitor_id"] = monitorId,
        ["type"] = online ? "MonitorOnline" : "MonitorOffline",
        ["created_at"] = LaravelJson.Timestamp(DateTimeOffset.FromUnixTimeSeconds(time)),
        ["updated_at"] = LaravelJson.Timestamp(DateTimeOffset.FromUnixTimeSeconds(time)),
    };
}

/// <summary>Texts that Pulsetic stores as JSON inside a JSON string.</summary>
internal static class SimulatorJsonText
{
    public static string Headers(CheckResult check)
    {
        var headers = new JsonArray
        {
            new JsonObject { ["name"] = "content-type", ["value"] = "text/html; charset=UTF-8" },
            new JsonObject { ["name"] = "server", ["value"] = check.Failed ? "nginx" : "cloudflare" },
            new JsonObject { ["name"] = "x-response-time", ["value"] = ((int)(check.TimeTotal * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "ms" },
        };
        return headers.ToJsonString();
    }
}
