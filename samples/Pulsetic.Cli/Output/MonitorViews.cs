using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pulsetic.Cli.Output;

/// <summary>Tables for monitors and their history (checks, events, snapshots, statistics).</summary>
internal static class MonitorViews
{
    public static Table List(IReadOnlyList<Monitor> monitors)
    {
        Table table = Display.NewTable("ID", "Name", "URL", "Status", "Uptime", "Response", "Checked");
        foreach (Monitor monitor in monitors)
        {
            table.AddRow(
                Display.Id(monitor.Id),
                Display.Text(monitor.Name),
                Display.Text(monitor.Url),
                monitor.Disabled == true ? "[grey]paused[/]" : Display.Status(monitor.Status),
                Display.Uptime(monitor.Uptime),
                Display.ResponseTime(monitor.ResponseTime),
                Display.Time(monitor.CheckedAt));
        }

        return table.CaptionIfEmpty(monitors.Count, "No monitors.");
    }

    public static IRenderable Details(Monitor monitor)
    {
        Grid sheet = Display.NewSheet()
            .Row("ID", Display.Id(monitor.Id))
            .Row("Name", Display.Text(monitor.Name))
            .Row("URL", Display.Text(monitor.Url))
            .Row("Status", monitor.Disabled == true ? "[grey]paused[/]" : Display.Status(monitor.Status))
            .Row("Type", Display.Text(monitor.RequestType?.Value))
            .Row("Method", Display.Text(monitor.RequestMethod?.Value.ToUpperInvariant()))
            .Row("Checked every", monitor.UptimeCheckFrequency is { } every ? Display.Duration(every) : Display.Missing)
            .Row("Uptime", Display.Uptime(monitor.Uptime))
            .Row("Response time", Display.ResponseTime(monitor.ResponseTime))
            .Row("Last checked", Display.Time(monitor.CheckedAt))
            .Row("SSL check", Display.Flag(monitor.SslCheck));
        if (monitor.SslCertificate is { } certificate)
        {
            string validity = certificate.IsValid == false ? "[red]invalid[/]" : "valid";
            sheet.Row("SSL certificate", $"{validity} until {Display.Time(certificate.ExpiresAt)}, issued by {Display.Text(certificate.IssuedBy)}");
        }

        if (monitor.Nodes is { Count: > 0 } nodes)
        {
            sheet.Row("Locations", Markup.Escape(string.Join(", ", nodes.Select(node => node.Title ?? node.Location ?? "?"))));
        }

        return sheet.Row("Created", Display.Time(monitor.CreatedAt));
    }

    public static Table Checks(IReadOnlyList<MonitorCheck> checks)
    {
        Table table = Display.NewTable("ID", "Time", "Node", "Code", "Response", "Result");
        foreach (MonitorCheck check in checks)
        {
            table.AddRow(
                Display.Id(check.Id),
                Display.Time(check.CreatedAt),
                Display.Id(check.NodeId),
                check.ResponseCode is { } code ? code.ToString(CultureInfo.InvariantCulture) : Display.Missing,
                Display.ResponseTime(check.ResponseTime ?? check.TimeTotal),
                check.IsFailed switch { true => "[red]failed[/]", false => "[green]ok[/]", null => Display.Missing });
        }

        return table.CaptionIfEmpty(checks.Count, "No checks in this window.");
    }

    public static Table Events(IReadOnlyList<MonitorEvent> events)
    {
        Table table = Display.NewTable("ID", "Time", "Event");
        foreach (MonitorEvent monitorEvent in events)
        {
            string type = monitorEvent.Type switch
            {
                "Online" => "[green]back online[/]",
                "Offline" => "[red]went offline[/]",
                var other => Display.Text(other),
            };
            table.AddRow(Display.Id(monitorEvent.Id), Display.Time(monitorEvent.CreatedAt), type);
        }

        return table.CaptionIfEmpty(events.Count, "No events in this window.");
    }

    public static Table Snapshots(IReadOnlyList<MonitorSnapshot> snapshots)
    {
        Table table = Display.NewTable("Hour", "Node", "Checks", "Failed", "Uptime", "Avg response");
        foreach (MonitorSnapshot snapshot in snapshots)
        {
            table.AddRow(
                Display.Time(snapshot.CreatedAt),
                snapshot.Node is { } node ? Display.Text(node.Title ?? node.Location) : Display.Id(snapshot.NodeId),
                Display.Number(snapshot.TotalChecks),
                Display.Number(snapshot.FailedChecks),
                Display.Uptime(snapshot.Uptime),
                Display.ResponseTime(snapshot.AverageTimeTotal));
        }

        return table.CaptionIfEmpty(snapshots.Count, "No snapshots in this window.");
    }

    public static Table Stats(IReadOnlyDictionary<string, MonitorStatsPeriod> periods)
    {
        Table table = Display.NewTable("Period", "Uptime", "Downtime", "Incidents", "Avg response");
        foreach ((string period, MonitorStatsPeriod stats) in periods)
        {
            table.AddRow(
                Display.Text(period),
                Display.Uptime(stats.Uptime),
                stats.Downtime is { } downtime ? Display.Duration(downtime) : Display.Missing,
                Display.Number(stats.Incidents),
                Display.ResponseTime(stats.AverageResponseTime));
        }

        return table.CaptionIfEmpty(periods.Count, "No statistics yet.");
    }
}
