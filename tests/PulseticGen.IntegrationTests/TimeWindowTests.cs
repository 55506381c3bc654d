using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// <c>start_dt</c>/<c>end_dt</c> are <see cref="DateTimeOffset"/> in the client and <c>YYYY-MM-DD HH:MM:SS</c> in UTC on
/// the wire: a window given in another offset reaches the simulator as the same instants.
/// </summary>
public sealed class TimeWindowTests : IClassFixture<FixedClockFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 15, 10, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset End = new(2026, 3, 15, 3, 5, 0, TimeSpan.FromHours(-5));

    private readonly FixedClockFixture _fixture;

    public TimeWindowTests(FixedClockFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task Checks_come_from_the_window_given_in_any_offset()
    {
        IReadOnlyList<MonitorCheck> checks = await _fixture.Client.Monitors.ListChecksAsync(SampleIds.ProductionMonitor, startDt: Start, endDt: End);

        Assert.NotEmpty(checks);
        Assert.All(checks, check => Assert.InRange(check.CreatedAt!.Value, Start, End));
        Assert.Contains(checks, check => check.CreatedAt!.Value < Start.AddMinutes(1));
        Assert.Contains(checks, check => check.CreatedAt!.Value > End.AddMinutes(-2));
    }

    [Fact]
    public async Task Snapshots_come_from_the_hours_of_the_window()
    {
        IReadOnlyList<MonitorSnapshot> rows = await _fixture.Client.Monitors.ListSnapshotsAsync(SampleIds.ProductionMonitor, startDt: Start.AddHours(-3), endDt: End);

        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.InRange(row.CreatedAt!.Value, Start.AddHours(-3), End));
    }
}
