using System;
using System.Collections.Generic;
using System.Linq;

namespace PulseticGen.Simulator.Telemetry;

/// <summary>An outage, in Unix seconds: <c>[Start, End)</c>.</summary>
internal readonly record struct Outage(long Start, long End)
{
    public long Overlap(long from, long to) => Math.Max(0, Math.Min(End, to) - Math.Max(Start, from));
}

/// <summary>One raw check of one node. <see cref="ResponseCode"/> is null for TCP and ICMP monitors.</summary>
internal readonly record struct CheckResult(long Id, long Time, MonitoringNode Node, bool Failed, double TimeTotal, int? ResponseCode);

/// <summary>One node's hour: how many checks ran and failed, and their average timings (null when no check ran).</summary>
internal sealed record SnapshotRow(long Id, long HourStart, MonitoringNode Node, int TotalChecks, int FailedChecks, double? AverageTimeTotal, double? AverageStartTransfer);

/// <summary>Figures over a period.</summary>
internal sealed record PeriodStats(double Uptime, long Downtime, int Incidents, double AverageResponseTime);

/// <summary>
/// Synthesizes a monitor's history from the seed and the monitor id alone, for any window, past or future of its
/// creation: outages are decided hour by hour, checks happen every <c>frequency</c> seconds on each of the monitor's
/// nodes, and every figure (checks, snapshots, events, downtime, stats, the monitor's own status) is computed from the
/// same outages, so they agree with each other.
/// </summary>
internal sealed class TelemetryModel
{
    private const long Hour = 3600;
    private const int NodesPerMonitor = 3;

    // Salts keep the streams of different figures independent.
    private const long OutageSalt = 1, OutageStartSalt = 2, OutageLengthSalt = 3, BlipSalt = 4, JitterSalt = 5, CodeSalt = 6,
        NodeBaseSalt = 7, NodePickSalt = 8, RateSalt = 9, IdSalt = 10;

    private static readonly int[] FailureCodes = { 500, 502, 503, 504 };

    private readonly int _seed;

    public TelemetryModel(int seed)
    {
        _seed = seed;
    }

    /// <summary>The monitor's nodes: three of the eight locations, chosen by the seed.</summary>
    public IReadOnlyList<MonitoringNode> NodesOf(long monitorId) =>
        MonitoringNode.All
            .OrderBy(node => StableHash.Of(_seed, NodePickSalt, monitorId, node.Id))
            .Take(NodesPerMonitor)
            .OrderBy(node => node.Id)
            .ToList();

    /// <summary>The outage that starts in this hour (index since the Unix epoch), if any. Outages last 1 to 20 minutes and end within their hour.</summary>
    public Outage? OutageInHour(long monitorId, long hour)
    {
        // Between 0.5 % and 3.5 % of hours, depending on the monitor.
        double rate = 0.005 + (0.03 * StableHash.Unit(_seed, RateSalt, monitorId));
        if (StableHash.Unit(_seed, OutageSalt, monitorId, hour) >= rate)
        {
            return null;
        }

        long length = 60 + (long)(StableHash.Unit(_seed, OutageLengthSalt, monitorId, hour) * 1140);
        long offset = (long)(StableHash.Unit(_seed, OutageStartSalt, monitorId, hour) * (Hour - length));
        long start = (hour * Hour) + offset;
        return new Outage(start, start + length);
    }

    /// <summary>The outages overlapping <c>[from, to)</c>, oldest first.</summary>
    public IEnumerable<Outage> Outages(long monitorId, long from, long to)
    {
        for (long hour = FloorDiv(from, Hour); hour * Hour < to; hour++)
        {
            if (OutageInHour(monitorId, hour) is { } outage && outage.Overlap(from, to) > 0)
            {
                yield return outage;
            }
        }
    }

    /// <summary>Seconds of outage within <c>[from, to)</c>.</summary>
    public long Downtime(long monitorId, long from, long to) => Outages(monitorId, from, to).Sum(outage => outage.Overlap(from, to));

    public bool IsOffline(long monitorId, long time) =>
        OutageInHour(monitorId, FloorDiv(time, Hour)) is { } outage && time >= outage.Start && time < outage.End;

    /// <summary>When the monitor last went offline or came back, looking back at most 90 days.</summary>
    public long? LastTransition(long monitorId, long now)
    {
        for (long hour = FloorDiv(now, Hour); hour > FloorDiv(now, Hour) - (90 * 24); hour--)
        {
            if (OutageInHour(monitorId, hour) is { } outage && outage.Start <= now)
            {
                return outage.End <= now ? outage.End : outage.Start;
            }
        }

        return null;
    }

    /// <summary>The check of <paramref name="node"/> at <paramref name="time"/> (a multiple of the frequency).</summary>
    public CheckResult Check(long monitorId, bool isHttp, MonitoringNode node, long time)
    {
        bool failed = IsOffline(monitorId, time) || StableHash.Unit(_seed, BlipSalt, monitorId, time, node.Id) < 0.002;
        double jitter = 0.75 + (0.5 * StableHash.Unit(_seed, JitterSalt, monitorId, time, node.Id));
        double timeTotal = Math.Round(BaseResponseTime(monitorId, node) * jitter, 6);
        int? code = !isHttp ? null
            : failed ? FailureCodes[(int)(StableHash.Of(_seed, CodeSalt, monitorId, time, node.Id) % (ulong)FailureCodes.Length)]
            : 200;
        return new CheckResult(StableHash.Id(_seed, IdSalt, monitorId, time, node.Id), time, node, failed, timeTotal, code);
    }

    /// <summary>Checks within <c>[from, to]</c>, newest first, node by node within an instant.</summary>
    public IEnumerable<CheckResult> ChecksDescending(long monitorId, int frequency, bool isHttp, IReadOnlyList<MonitoringNode> nodes, long from, long to)
    {
        for (long time = FloorDiv(to, frequency) * frequency; time >= from; time -= frequency)
        {
            foreach (MonitoringNode node in nodes)
            {
                yield return Check(monitorId, isHttp, node, time);
            }
        }
    }

    public SnapshotRow Snapshot(long monitorId, int frequency, bool isHttp, MonitoringNode node, long hour)
    {
        long start = hour * Hour;
        int total = 0, failed = 0;
        double sum = 0;
        for (long time = CeilDiv(start, frequency) * frequency; time < start + Hour; time += frequency)
        {
            CheckResult check = Check(monitorId, isHttp, node, time);
            total++;
            failed += check.Failed ? 1 : 0;
            sum += check.TimeTotal;
        }

        double? average = total == 0 ? null : Math.Round(sum / total, 4);
        double? startTransfer = average is { } a ? Math.Round(a * 0.6, 4) : null;
        return new SnapshotRow(StableHash.Id(_seed, IdSalt, monitorId, hour, -node.Id), start, node, total, failed, average, startTransfer);
    }

    /// <summary>Figures for the <paramref name="hours"/> whole hours before <paramref name="end"/> (a multiple of an hour).</summary>
    public PeriodStats Period(long monitorId, IReadOnlyList<MonitoringNode> nodes, long end, int hours)
    {
        long from = end - (hours * Hour);
        List<Outage> outages = Outages(monitorId, from, end).ToList();
        long downtime = outages.Sum(outage => outage.Overlap(from, end));
        double uptime = Math.Round(100.0 * (1.0 - ((double)downtime / (hours * Hour))), 4);
        return new PeriodStats(uptime, downtime, outages.Count, AverageResponseTime(monitorId, nodes));
    }

    /// <summary>The expected response time across the monitor's nodes, in seconds (the jitter averages out to 1).</summary>
    public double AverageResponseTime(long monitorId, IReadOnlyList<MonitoringNode> nodes) =>
        Math.Round(nodes.Average(node => BaseResponseTime(monitorId, node)), 4);

    public double BaseResponseTime(long monitorId, MonitoringNode node) =>
        0.05 + (0.35 * StableHash.Unit(_seed, NodeBaseSalt, monitorId, node.Id));

    public static long FloorDiv(long value, long divisor)
    {
        long quotient = value / divisor;
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
    }

    private static long CeilDiv(long value, long divisor) => -FloorDiv(-value, divisor);
}
