using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pulsetic.Cli.Output;

/// <summary>Tables for status pages and what lives on them: incidents, their updates, and maintenance windows.</summary>
internal static class StatusPageViews
{
    public static Table List(IReadOnlyList<StatusPage> pages)
    {
        Table table = Display.NewTable("ID", "Title", "Address", "Monitors", "Private", "Open incidents");
        foreach (StatusPage page in pages)
        {
            table.AddRow(
                Display.Id(page.Id),
                Display.Text(page.Title),
                Display.Text(page.Domain ?? page.Slug),
                page.Monitors is { } monitors ? Markup.Escape(string.Join(", ", monitors.Select(m => m.Name ?? $"#{m.Id}"))) : Display.Missing,
                Display.Flag(page.Private),
                page.Incidents is { } incidents ? incidents.Count(i => i.Status?.Value != "resolved").ToString(CultureInfo.InvariantCulture) : Display.Missing);
        }

        return table.CaptionIfEmpty(pages.Count, "No status pages.");
    }

    public static IRenderable Details(StatusPage page) => Display.NewSheet()
        .Row("ID", Display.Id(page.Id))
        .Row("Title", Display.Text(page.Title))
        .Row("Address", Display.Text(page.Domain ?? page.Slug))
        .Row("Monitors", page.Monitors is { } monitors ? Markup.Escape(string.Join(", ", monitors.Select(m => m.Name ?? $"#{m.Id}"))) : Display.Missing)
        .Row("Private", Display.Flag(page.Private))
        .Row("Created", Display.Time(page.CreatedAt));

    public static Table Incidents(IReadOnlyList<Incident> incidents)
    {
        Table table = Display.NewTable("ID", "Title", "Status", "Started", "Resolved", "Latest update");
        foreach (Incident incident in incidents)
        {
            IncidentUpdate? latest = incident.LatestUpdate ?? incident.Updates?.LastOrDefault();
            table.AddRow(
                Display.Id(incident.Id),
                Display.Text(incident.Title ?? incident.Name),
                Display.Status(incident.Status ?? latest?.Status),
                Display.Text(incident.StartedAt),
                Display.Text(incident.ResolvedAt),
                Display.Text(latest?.Message));
        }

        return table.CaptionIfEmpty(incidents.Count, "No incidents.");
    }

    public static IRenderable Incident(Incident incident)
    {
        IncidentUpdate? latest = incident.LatestUpdate ?? incident.Updates?.LastOrDefault();
        return Display.NewSheet()
            .Row("Incident", Display.Id(incident.Id))
            .Row("Title", Display.Text(incident.Title ?? incident.Name))
            .Row("Status", Display.Status(incident.Status ?? latest?.Status))
            .Row("Status page", Display.Id(incident.StatusPageId))
            .Row("Latest update", Display.Text(latest?.Message));
    }

    public static IRenderable Update(IncidentUpdate update) => Display.NewSheet()
        .Row("Update", Display.Id(update.Id))
        .Row("Incident", Display.Id(update.IncidentId))
        .Row("Status", Display.Status(update.Status))
        .Row("Message", Display.Text(update.Message))
        .Row("Date", update.Date is { } date && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset time)
            ? Display.Time(time)
            : update.Date is not null ? Display.Text(update.Date) : Display.Time(update.CreatedAt));

    public static IRenderable Maintenance(Maintenance maintenance) => Display.NewSheet()
        .Row("Maintenance", Display.Id(maintenance.Id))
        .Row("Name", Display.Text(maintenance.Name))
        .Row("Status page", Display.Id(maintenance.StatusPageId))
        .Row("Starts", Display.Text(maintenance.StartsAt))
        .Row("Ends", Display.Text(maintenance.EndsAt))
        .Row("Description", Display.Text(maintenance.Description));
}
