using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.State;
using PulseticGen.Simulator.Telemetry;

namespace PulseticGen.Simulator.Json;

/// <summary>
/// Writes a monitor as Pulsetic does, with the type quirks the spec documents. Which encoding a monitor gets depends
/// only on its id, so tests can count on it:
/// <list type="bullet">
/// <item>even ids ("legacy" rows): <c>ssl_check</c> and <c>ssl_certificate.is_valid</c> as <c>0</c>/<c>1</c>,
/// <c>checked_at</c> and <c>ssl_certificate.expires_at</c> as Unix seconds, Lighthouse scores as numeric strings;</item>
/// <item>odd ids: JSON booleans, ISO-8601 strings and numeric scores.</item>
/// </list>
/// Always: <c>is_negative</c>, <c>disabled</c> and <c>fast_checked</c> as integers, <c>snapshots_average_uptime</c> and
/// <c>response_code</c> as strings, response times in seconds, Lighthouse scores only for HTTP monitors.
/// </summary>
internal static class MonitorJson
{
    public static bool UsesLegacyEncoding(long monitorId) => monitorId % 2 == 0;

    /// <summary>The monitor as listed (<paramref name="detailed"/> false) or fetched, which adds <c>ssl_certificate</c> and <c>nodes</c>.</summary>
    public static JsonObject Write(MonitorEntity monitor, TelemetryModel telemetry, DateTimeOffset now, bool detailed)
    {
        bool legacy = UsesLegacyEncoding(monitor.Id);
        bool isHttp = monitor.RequestType == "http";
        long nowUnix = now.ToUnixTimeSeconds();
        long lastHour = TelemetryModel.FloorDiv(nowUnix, 3600) * 3600;
        IReadOnlyList<MonitoringNode> nodes = telemetry.NodesOf(monitor.Id);
        long checkedAt = TelemetryModel.FloorDiv(nowUnix, monitor.UptimeCheckFrequency) * monitor.UptimeCheckFrequency;
        CheckResult[] latest = nodes.Select(node => telemetry.Check(monitor.Id, isHttp, node, checkedAt)).ToArray();
        bool offline = telemetry.IsOffline(monitor.Id, nowUnix);
        long? transition = telemetry.LastTransition(monitor.Id, nowUnix);
        PeriodStats month = telemetry.Period(monitor.Id, nodes, lastHour, 30 * 24);
        PeriodStats week = telemetry.Period(monitor.Id, nodes, lastHour, 7 * 24);
        long totalChecks = Math.Max(0, (nowUnix - monitor.CreatedAt.ToUnixTimeSeconds()) / monitor.UptimeCheckFrequency) * nodes.Count;
        bool https = monitor.Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        bool lighthouse = isHttp;

        var json = new JsonObject
        {
            ["id"] = monitor.Id,
            ["latest_check_id"] = latest[0].Id,
            ["name"] = monitor.Name,
            ["url"] = monitor.Url,
            ["status"] = offline ? "offline" : "online",
            ["ssl_certificate_state"] = https && monitor.SslCheck ? "valid" : null,
            ["ssl_check"] = LaravelJson.Flag(monitor.SslCheck, legacy),
            ["ip"] = $"203.0.113.{(monitor.Id % 250) + 1}",
            ["latitude"] = 37.751,
            ["longitude"] = -97.822,
            ["is_running"] = monitor.IsRunning,
            ["is_negative"] = monitor.IsNegative ? 1 : 0,
            ["uptime_check_frequency"] = monitor.UptimeCheckFrequency,
            ["offline_notification_delay"] = monitor.OfflineNotificationDelay,
            ["request_type"] = monitor.RequestType,
            ["tcp_ports"] = monitor.TcpPorts,
            ["request_method"] = isHttp ? monitor.RequestMethod : null,
            ["request_body_type"] = monitor.RequestBodyType,
            ["request_body_raw"] = monitor.RequestBodyRaw,
            ["request_body_json"] = monitor.RequestBodyJson,
            ["request_body_form_params"] = monitor.RequestFormParams is null ? null : LaravelJson.Pairs(monitor.RequestFormParams),
            ["request_headers"] = LaravelJson.Pairs(monitor.RequestHeaders),
            ["request_timeout"] = monitor.RequestTimeout,
            ["response_body"] = monitor.ResponseBody,
            ["response_code"] = latest[0].ResponseCode?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["response_headers"] = LaravelJson.Pairs(monitor.ResponseHeaders),
            ["response_expected_code"] = monitor.ResponseExpectedCode,
            ["snapshots_average_uptime"] = LaravelJson.DecimalString(week.Uptime, 4),
            ["uptime"] = month.Uptime,
            ["response_time"] = Math.Round(latest.Average(check => check.TimeTotal), 4),
            ["lighthouse_audit_enabled"] = lighthouse,
        };

        foreach (string device in new[] { "mobile", "desktop" })
        {
            foreach (string category in new[] { "performance", "seo", "pwa", "accessibility", "best_practices" })
            {
                json[$"{device}_{category}_score"] = lighthouse ? Score(monitor.Id, device + "_" + category, legacy) : null;
            }
        }

        json["total_checks"] = totalChecks;
        json["unpaid_checks"] = 0;
        json["billed_checks"] = totalChecks;
        json["telegram_hash"] = StableHash.Of(monitor.Id, 0x7e1e).ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
        json["checked_at"] = legacy ? LaravelJson.UnixSeconds(DateTimeOffset.FromUnixTimeSeconds(checkedAt)) : LaravelJson.Timestamp(DateTimeOffset.FromUnixTimeSeconds(checkedAt));
        json["position"] = monitor.Position;
        json["disabled"] = 0;
        json["status_changed_at"] = LaravelJson.Timestamp(transition is { } t ? DateTimeOffset.FromUnixTimeSeconds(t) : monitor.CreatedAt);
        json["fast_checked"] = 0;
        json["created_at"] = LaravelJson.Timestamp(monitor.CreatedAt);
        json["updated_at"] = LaravelJson.Timestamp(monitor.UpdatedAt);
        json["deleted_at"] = null;

        if (detailed)
        {
            json["ssl_certificate"] = https ? Certificate(monitor, now, legacy) : null;
            json["nodes"] = new JsonArray(nodes.Select(node => (JsonNode?)Node(telemetry, monitor, node, latest, month, offline)).ToArray());
        }

        return json;
    }

    private static JsonNode Score(long monitorId, string key, bool asString)
    {
        long keyHash = 0;
        foreach (char c in key)
        {
            keyHash = (keyHash * 31) + c;
        }

        int score = 40 + (int)(StableHash.Of(monitorId, keyHash) % 61);
        return asString ? JsonValue.Create(score.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create(score);
    }

    private static JsonObject Certificate(MonitorEntity monitor, DateTimeOffset now, bool legacy)
    {
        string host = new Uri(monitor.Url).Host;
        int daysLeft = 10 + (int)(StableHash.Of(monitor.Id, 0xce27) % 80);
        DateTimeOffset expires = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(daysLeft).AddHours(12);
        DateTimeOffset issued = expires.AddDays(-90);
        return new JsonObject
        {
            ["id"] = monitor.Id,
            ["monitor_id"] = monitor.Id,
            ["domain"] = host,
            ["issued_by"] = "R11",
            ["signature_algorithm"] = "sha256WithRSAEncryption",
            ["is_valid"] = LaravelJson.Flag(true, legacy),
            ["expires_at"] = legacy ? LaravelJson.UnixSeconds(expires) : LaravelJson.Timestamp(expires),
            ["created_at"] = LaravelJson.Timestamp(issued),
            ["updated_at"] = LaravelJson.Timestamp(issued),
        };
    }

    private static JsonObject Node(TelemetryModel telemetry, MonitorEntity monitor, MonitoringNode node, CheckResult[] latest, PeriodStats month, bool offline)
    {
        CheckResult check = latest.First(result => result.Node.Id == node.Id);
        return new JsonObject
        {
            ["id"] = node.Id,
            ["ip"] = node.Ip,
            ["location"] = node.Location,
            ["title"] = node.Title,
            ["latitude"] = node.Latitude,
            ["longitude"] = node.Longitude,
            ["available"] = 1,
            ["status"] = offline ? "offline" : "online",

            // Observed as whole numbers.
            ["uptime"] = (long)Math.Floor(month.Uptime),
            ["average_response_time"] = Math.Round(telemetry.BaseResponseTime(monitor.Id, node), 3),
            ["latest_check"] = LaravelJson.MySqlDateTime(DateTimeOffset.FromUnixTimeSeconds(check.Time)),
            ["active"] = true,
        };
    }
}
