using Pulsetic;

namespace PulseticGen.IntegrationTests.Infrastructure;

/// <summary>Valid request bodies, shaped like the vendor's own examples.</summary>
public static class Inputs
{
    public static MaintenanceInput Maintenance(IReadOnlyList<long> monitors, string name = "Scheduled Upgrade", string day = "2026-05-01", string from = "02:00 AM", string to = "04:00 AM") => new()
    {
        Name = name,
        Description = "Database migration",
        Timezone = new MaintenanceTimezone
        {
            Value = "UTC",
            Abbr = "UTC",
            Offset = 0,
            Isdst = false,
            Title = "(UTC) Coordinated Universal Time",
            Utc = new[] { "Etc/GMT" },
        },
        Monitors = monitors,
        Date = new MaintenanceDateRange { Starting = day, Ending = day },
        Time = new MaintenanceTimeRange { Starting = from, Ending = to },
    };

    public static StatusPageInput StatusPage(string title, IReadOnlyList<long> monitors) => new()
    {
        Title = title,
        Monitors = monitors,
        SubscribeToUpdates = true,
        ShowLocationTooltip = true,
    };

    public static CreateIncidentRequest Incident(string title, string message = "Investigating increased error rates") => new()
    {
        Title = title,
        Update = new IncidentUpdateInput { Status = IncidentStatus.Investigating, Message = message, Date = "2026-04-12 14:30" },
    };
}
