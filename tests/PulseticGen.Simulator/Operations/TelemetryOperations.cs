using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Json;
using PulseticGen.Simulator.State;
using PulseticGen.Simulator.Telemetry;

namespace PulseticGen.Simulator.Operations;

/// <summary>
/// listMonitorSnapshots, listMonitorChecks, listMonitorEvents, getMonitorDowntime, getMonitorStats: all computed from
/// <see cref="TelemetryModel"/>, never stored.
/// </summary>
internal static class TelemetryOperations
{
    private const long Hour = 3600;
    private const long MaxWindow = 366L * 24 * Hour;
    private const int MaxEvents = 100, MaxChecksPerPage = 1000;

    public static void Register(IDictionary<string, OperationHandler> handlers)
    {
        handlers["listMonitorSnapshots"] = Snapshots;
        handlers["listMonitorChecks"] = Checks;
        handlers["listMonitorEvents"] = Events;
        handlers["getMonitorDowntime"] = Downtime;
        handlers["getMonitorStats"] = Stats;
    }

    /// <summary>Complete hours in the window (default: the last 24), one row per node, oldest first; <c>page</c>/<c>per_page</c> (default 100).</summary>
    private static SimResponse Snapshots(ApiCall call)
    {
        MonitorEntity monitor = call.State.Monitor(call.Id("monitorId"));
        (long from, long to) = Window(call, TimeSpan.FromHours(24));
        TelemetryModel telemetry = call.State.Telemetry;
        IReadOnlyList<MonitoringNode> nodes = telemetry.NodesOf(monitor.Id);
        long firstHour = TelemetryModel.FloorDiv(from, Hour);
        // Hours that overlap the window and are over by now.
        long lastHour = Math.Min(TelemetryModel.FloorDiv(to, Hour), TelemetryModel.FloorDiv(call.Now.ToUnixTimeSeconds(), Hour) - 1);
        long rowCount = Math.Max(0, lastHour - firstHour + 1) * nodes.Count;
        long perPage = call.QueryInt64("per_page") ?? 100;
        long skip = ((call.QueryInt64("page") ?? 1) - 1) * perPage;

        var rows = new JsonArray();
        for (long index = skip; index < rowCount && index < skip + perPage; index++)
        {
            long hour = firstHour + (index / nodes.Count);
            MonitoringNode node = nodes[(int)(index % nodes.Count)];
            SnapshotRow row = telemetry.Snapshot(monitor.Id, monitor.UptimeCheckFrequency, monitor.RequestType == "http", node, hour);
            rows.Add(ResourceJson.Snapshot(monitor.Id, row));
        }

        return SimResponse.Json(200, rows);
    }

    /// <summary>Checks in the window (default: the last hour), newest first, filtered by <c>nodes[]</c> and <c>response_codes[]</c>; at most <c>per_page</c> (default 100, capped at 1000).</summary>
    private static SimResponse Checks(ApiCall call)
    {
        MonitorEntity monitor = call.State.Monitor(call.Id("monitorId"));
        (long from, long to) = Window(call, TimeSpan.FromHours(1));
        TelemetryModel telemetry = call.State.Telemetry;
        IReadOnlyList<string> nodeFilter = call.QueryAll("nodes[]");
        List<MonitoringNode> nodes = telemetry.NodesOf(monitor.Id)
            .Where(node => nodeFilter.Count == 0 || nodeFilter.Any(value => value == node.Location || value == node.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        HashSet<int> codes = call.QueryAll("response_codes[]").Select(code => int.Parse(code, CultureInfo.InvariantCulture)).ToHashSet();
        int limit = (int)Math.Min(call.QueryInt64("per_page") ?? 100, MaxChecksPerPage);

        var checks = new JsonArray();
        if (nodes.Count > 0)
        {
            IEnumerable<CheckResult> matching = telemetry
                .ChecksDescending(monitor.Id, monitor.UptimeCheckFrequency, monitor.RequestType == "http", nodes, from, Math.Min(to, call.Now.ToUnixTimeSeconds()))
                .Where(check => codes.Count == 0 || (check.ResponseCode is { } code && codes.Contains(code)));
            foreach (CheckResult check in matching.Take(limit))
            {
                checks.Add(ResourceJson.Check(monitor.Id, check));
            }
        }

        return SimResponse.Json(200, checks);
    }

    /// <summary>Offline and online transitions in the window (default: the last 30 days), newest first, at most 100.</summary>
    private static SimResponse Events(ApiCall call)
    {
        MonitorEntity monitor = call.State.Monitor(call.Id("monitorId"));
        (long from, long to) = Window(call, TimeSpan.FromDays(30));
        to = Math.Min(to, call.Now.ToUnixTimeSeconds());
        string? only = call.Query("monitor_event_type");
        var events = new List<(long Time, bool Online)>();

        // Each outage lies within one hour, so the hours from the one before the window to its last hold every transition in it.
        for (long hour = TelemetryModel.FloorDiv(from, Hour) - 1; hour <= TelemetryModel.FloorDiv(to, Hour); hour++)
        {
            if (call.State.Telemetry.OutageInHour(monitor.Id, hour) is not { } outage)
            {
                continue;
            }

            if (only is null or "Offline" && outage.Start >= from && outage.Start <= to)
            {
                events.Add((outage.Start, false));
            }

            if (only is null or "Online" && outage.End >= from && outage.End <= to)
            {
                events.Add((outage.End, true));
            }
        }

        JsonNode?[] items = events
            .OrderByDescending(e => e.Time)
            .Take(MaxEvents)
            .Select(e => (JsonNode?)ResourceJson.Event(monitor.Id, StableHash.Id(monitor.Id, e.Time, e.Online ? 1 : 2), e.Online, e.Time))
            .ToArray();
        return SimResponse.Json(200, new JsonArray(items));
    }

    /// <summary>
    /// Seconds of downtime in the <c>seconds</c> (default 30 days) before the start of the current hour: hour-aligned, so
    /// the answer holds for a whole hour and matches <c>stats</c> and <c>events</c> over the same window.
    /// </summary>
    private static SimResponse Downtime(ApiCall call)
    {
        MonitorEntity monitor = call.State.Monitor(call.Id("monitorId"));
        long end = CurrentHourStart(call);
        long seconds = Math.Min(call.QueryInt64("seconds") ?? 30L * 24 * Hour, MaxWindow);
        long downtime = call.State.Telemetry.Downtime(monitor.Id, end - seconds, end);
        return SimResponse.Json(200, JsonValue.Create(downtime));
    }

    /// <summary>Figures for the last 1, 7, 30 and 90 days, ending at the start of the current hour, keyed <c>1day</c>, <c>7days</c>, ....</summary>
    private static SimResponse Stats(ApiCall call)
    {
        MonitorEntity monitor = call.State.Monitor(call.Id("monitorId"));
        long end = CurrentHourStart(call);
        IReadOnlyList<MonitoringNode> nodes = call.State.Telemetry.NodesOf(monitor.Id);
        var stats = new JsonObject();
        foreach ((string key, int days) in new[] { ("1day", 1), ("7days", 7), ("30days", 30), ("90days", 90) })
        {
            PeriodStats period = call.State.Telemetry.Period(monitor.Id, nodes, end, days * 24);
            stats[key] = new JsonObject
            {
                ["uptime"] = period.Uptime,
                ["downtime"] = period.Downtime,
                ["incidents"] = period.Incidents,
                ["average_response_time"] = period.AverageResponseTime,
            };
        }

        return SimResponse.Json(200, stats);
    }

    private static long CurrentHourStart(ApiCall call) => TelemetryModel.FloorDiv(call.Now.ToUnixTimeSeconds(), Hour) * Hour;

    /// <summary>Reads <c>start_dt</c>/<c>end_dt</c> (Unix seconds, inclusive); a missing end is now, a missing start is <paramref name="span"/> before the end.</summary>
    private static (long From, long To) Window(ApiCall call, TimeSpan span)
    {
        var errors = new FieldErrors();
        DateTimeOffset? start = ReadDate(call, "start_dt", errors);
        DateTimeOffset? end = ReadDate(call, "end_dt", errors);
        errors.ThrowIfAny();

        long to = (end ?? call.Now).ToUnixTimeSeconds();
        long from = start?.ToUnixTimeSeconds() ?? to - (long)span.TotalSeconds;
        if (to < from)
        {
            throw SimulatorError.Invalid("end_dt", "The end dt field must be a date after or equal to start dt.");
        }

        if (to - from > MaxWindow)
        {
            throw SimulatorError.Invalid("end_dt", "The end dt field must be a date within 366 days of start dt.");
        }

        return (from, to);
    }

    private static DateTimeOffset? ReadDate(ApiCall call, string name, FieldErrors errors)
    {
        string? text = call.Query(name);
        if (text is null)
        {
            return null;
        }

        if (!OperationSupport.TryParseDate(text, out DateTimeOffset value))
        {
            errors.Add(name, $"The {name.Replace('_', ' ')} field must be a valid date.");
            return null;
        }

        return value;
    }
}
