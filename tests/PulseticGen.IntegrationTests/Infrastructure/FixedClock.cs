namespace PulseticGen.IntegrationTests.Infrastructure;

/// <summary>A clock that never moves, so telemetry relative to "now" (downtime, stats, rate-limit windows) is reproducible.</summary>
public sealed class FixedClock : TimeProvider
{
    /// <summary>The instant the fixed-clock fixtures use: a Sunday morning, mid-hour.</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 3, 15, 10, 20, 30, TimeSpan.Zero);

    private readonly DateTimeOffset _now;

    public FixedClock(DateTimeOffset now)
    {
        _now = now;
    }

    public override DateTimeOffset GetUtcNow() => _now;
}
