using System.Collections.Generic;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pulsetic.Cli.Output;

/// <summary>Tables for the account's other monitor kinds (heartbeats, domains) and for alert destinations.</summary>
internal static class AccountViews
{
    public static Table Heartbeats(IReadOnlyList<Heartbeat> heartbeats)
    {
        Table table = Display.NewTable("ID", "Name", "Expected every", "Grace", "Email", "SMS");
        foreach (Heartbeat heartbeat in heartbeats)
        {
            table.AddRow(
                Display.Id(heartbeat.Id),
                Display.Text(heartbeat.Name),
                heartbeat.MonitoringInterval is { } interval ? Display.Duration(interval) : Display.Missing,
                heartbeat.GracePeriod is { } grace ? Display.Duration(grace) : Display.Missing,
                Display.Flag(heartbeat.AlertEmail),
                Display.Flag(heartbeat.AlertSms));
        }

        return table.CaptionIfEmpty(heartbeats.Count, "No heartbeats.");
    }

    public static IRenderable Heartbeat(Heartbeat heartbeat) => Display.NewSheet()
        .Row("ID", Display.Id(heartbeat.Id))
        .Row("Name", Display.Text(heartbeat.Name))
        .Row("Expected every", heartbeat.MonitoringInterval is { } interval ? Display.Duration(interval) : Display.Missing)
        .Row("Grace period", heartbeat.GracePeriod is { } grace ? Display.Duration(grace) : Display.Missing)
        .Row("Alert by email", Display.Flag(heartbeat.AlertEmail))
        .Row("Alert by SMS", Display.Flag(heartbeat.AlertSms))
        .Row("Created", Display.Time(heartbeat.CreatedAt));

    public static Table Domains(IReadOnlyList<Domain> domains)
    {
        Table table = Display.NewTable("ID", "Domain", "Alias", "Active", "Expired alert", "Expiring-soon alert");
        foreach (Domain domain in domains)
        {
            table.AddRow(
                Display.Id(domain.Id),
                Display.Text(domain.DomainValue),
                Display.Text(domain.Alias),
                Display.Flag(domain.IsActive),
                Display.Flag(domain.DisableExpiredAlert is { } off ? !off : null),
                Display.Flag(domain.DisableExpiringSoonAlert is { } soonOff ? !soonOff : null));
        }

        return table.CaptionIfEmpty(domains.Count, "No domains.");
    }

    public static Table NotificationChannels(IReadOnlyList<NotificationChannel> channels)
    {
        Table table = Display.NewTable("ID", "Monitor", "Via", "Destination");
        foreach (NotificationChannel channel in channels)
        {
            table.AddRow(
                Display.Id(channel.Id),
                Display.Id(channel.MonitorId),
                Display.Text(channel.Via),
                Display.Text(channel.Email ?? channel.PhoneNumber ?? channel.WebhookUrl ?? channel.Webhook ?? channel.Signl4Webhook));
        }

        return table.CaptionIfEmpty(channels.Count, "No notification channels.");
    }
}
