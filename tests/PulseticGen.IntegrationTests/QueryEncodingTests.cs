using System.Globalization;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// Query values with characters that mean something in a URL. If the client did not escape them, the server would
/// read a different query: '+' would become a space, '&amp;' would start a new parameter.
/// </summary>
public sealed class QueryEncodingTests : IClassFixture<FixedClockFixture>
{
    private readonly FixedClockFixture _fixture;

    public QueryEncodingTests(FixedClockFixture fixture)
    {
        _fixture = fixture;
    }

    private PulseticClient Client => _fixture.Client;

    [Fact]
    public async Task A_window_with_an_offset_selects_the_same_rows_as_its_UTC_instants()
    {
        // 11:00+01:00 is 10:00 UTC: the client converts before it writes the API's 'yyyy-MM-dd HH:mm:ss' form.
        var plusOne = TimeSpan.FromHours(1);
        IReadOnlyList<MonitorSnapshot> withOffset = await Client.Monitors.ListSnapshotsAsync(
            SampleIds.ProductionMonitor, new DateTimeOffset(2026, 3, 14, 11, 0, 0, plusOne), new DateTimeOffset(2026, 3, 14, 13, 59, 59, plusOne));
        IReadOnlyList<MonitorSnapshot> utc = await Client.Monitors.ListSnapshotsAsync(
            SampleIds.ProductionMonitor, new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 14, 12, 59, 59, TimeSpan.Zero));

        Assert.Equal(9, withOffset.Count);
        Assert.Equal(utc.Select(s => s.Id), withOffset.Select(s => s.Id));
        Assert.Equal(new DateTimeOffset(2026, 3, 14, 10, 0, 0, TimeSpan.Zero), withOffset[0].CreatedAt);
    }

    [Fact]
    public async Task An_ampersand_in_an_array_value_does_not_start_a_new_parameter()
    {
        Pulsetic.Monitor monitor = (await Client.Monitors.GetAsync(SampleIds.ProductionMonitor)).Data;
        string location = monitor.Nodes![0].Location!;

        // Unescaped, this would read as nodes[]=<location> and per_page=1, and return one check.
        IReadOnlyList<MonitorCheck> checks = await Client.Monitors.ListChecksAsync(SampleIds.ProductionMonitor, nodes: new[] { location + "&per_page=1" });
        Assert.Empty(checks);
        Assert.Equal(3, (await Client.Monitors.ListChecksAsync(SampleIds.ProductionMonitor, nodes: new[] { location, "atlantis" }, perPage: 3)).Count);
    }

    [Fact]
    public async Task An_ampersand_and_equals_sign_in_a_date_stay_inside_the_date()
    {
        // The typed client can no longer send such a value; the simulator must still read it as one (bad) date.
        using var http = new HttpClient { BaseAddress = _fixture.Simulator.BaseAddress };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", _fixture.Simulator.Token);
        using HttpResponseMessage response = await http.GetAsync(
            $"monitors/{SampleIds.ProductionMonitor}/events?start_dt=" + Uri.EscapeDataString("2026-03-14 00:00:00&monitor_event_type=Nope"));
        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("\"start_dt\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_ascii_and_reserved_characters_in_values_arrive_intact()
    {
        // A value the simulator cannot parse as a date comes back verbatim in no message, so use the node filter:
        // "são_paulo" (not a slug) must match nothing rather than break the request.
        Assert.Empty(await Client.Monitors.ListChecksAsync(SampleIds.ProductionMonitor, nodes: new[] { "são_paulo", "#hash", "a/b?c" }));

        IReadOnlyList<MonitorCheck> byId = await Client.Monitors.ListChecksAsync(
            SampleIds.ProductionMonitor, nodes: new[] { (await Client.Monitors.GetAsync(SampleIds.ProductionMonitor)).Data.Nodes![2].Id!.Value.ToString(CultureInfo.InvariantCulture) }, perPage: 2);
        Assert.Equal(2, byId.Count);
    }
}
