using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace PulseticGen.Simulator.State;

// The rows of the simulator's in-memory "database". They are mutable and only touched under SimulatorState.Gate.

internal sealed record NameValue(string Name, string Value);

internal sealed class MonitorEntity
{
    public long Id { get; init; }

    public string? Name { get; set; }

    public required string Url { get; set; }

    public string RequestType { get; set; } = "http";

    public string? RequestMethod { get; set; } = "get";

    public string? RequestBodyType { get; set; }

    public string? RequestBodyRaw { get; set; }

    public string? RequestBodyJson { get; set; }

    public List<NameValue>? RequestFormParams { get; set; }

    public List<NameValue>? RequestHeaders { get; set; }

    public double RequestTimeout { get; set; } = 30;

    public string? ResponseBody { get; set; }

    public List<NameValue>? ResponseHeaders { get; set; }

    public string ResponseExpectedCode { get; set; } = "200";

    public bool IsNegative { get; set; }

    public bool SslCheck { get; set; }

    public string? TcpPorts { get; set; }

    public int UptimeCheckFrequency { get; set; } = 300;

    public int OfflineNotificationDelay { get; set; }

    public bool IsRunning { get; set; } = true;

    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class NotificationChannelEntity
{
    public long Id { get; init; }

    public long MonitorId { get; init; }

    public required string Via { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public bool? Sms { get; init; }

    public bool? Calls { get; init; }

    public string? Webhook { get; init; }

    public string? WebhookUrl { get; init; }

    public string? Signl4Webhook { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

internal sealed class StatusPageEntity
{
    public long Id { get; init; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    public string? Domain { get; set; }

    public string? MetaTitle { get; set; }

    public double UptimeThreshold { get; set; } = 0.9;

    public bool RemoveBranding { get; set; }

    public bool SubscribeToUpdates { get; set; }

    public bool Private { get; set; }

    public string? Password { get; set; }

    public bool UptimePercentageStyle { get; set; }

    public bool ShowLocationTooltip { get; set; } = true;

    public List<long> MonitorIds { get; set; } = new();

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class MaintenanceEntity
{
    public long Id { get; init; }

    public long StatusPageId { get; init; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The time-zone object as sent; kept so a later update without one could reuse it.</summary>
    public required JsonObject Timezone { get; set; }

    public List<long> MonitorIds { get; set; } = new();

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class IncidentEntity
{
    public long Id { get; init; }

    public long StatusPageId { get; init; }

    public required string Title { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class IncidentUpdateEntity
{
    public long Id { get; init; }

    public long IncidentId { get; init; }

    public required string Status { get; set; }

    public required string Message { get; set; }

    public DateTimeOffset Date { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class HeartbeatEntity
{
    public long Id { get; init; }

    public required string Name { get; set; }

    public int MonitoringInterval { get; set; } = 3600;

    public int GracePeriod { get; set; } = 300;

    public bool AlertEmail { get; set; } = true;

    public bool AlertSms { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class DomainEntity
{
    public long Id { get; init; }

    public required string Domain { get; init; }

    public string? Alias { get; set; }

    public bool IsActive { get; set; } = true;

    public bool DisableExpiredAlert { get; set; }

    public bool DisableExpiringSoonAlert { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
