using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>
/// The request side of the wire quirks: what the client sends for the forms the reference records on input (a check
/// frequency documented as the string <c>"600"</c>, the camelCase <c>response.isNegative</c>, and time windows as
/// <c>YYYY-MM-DD HH:MM:SS</c> in UTC).
/// </summary>
public sealed class WireQuirkRequestTests
{
    [Fact]
    public async Task Documented_update_example_with_a_string_frequency_is_sent_with_a_number_and_round_trips()
    {
        UpdateMonitorRequest request = JsonSerializer.Deserialize(QuirkSamples.Read("updateMonitor.request.doc-example.json"), PulseticJsonContext.Default.UpdateMonitorRequest)!;
        Assert.Equal(600, request.UptimeCheckFrequency);
        Assert.Equal(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(request.UptimeCheckFrequency!.Value));
        Assert.False(request.Response!.IsNegative);

        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(QuirkSamples.Read("getMonitor.canonical.json")));
        using (client)
        {
            await client.Monitors.UpdateAsync(115988, request);
        }

        using JsonDocument sent = JsonDocument.Parse(handler.Single.Body!);
        JsonElement body = sent.RootElement;
        JsonAssert.Number(body, "uptime_check_frequency", 600);
        JsonAssert.String(body.GetProperty("request"), "method", "post");
        JsonAssert.String(body.GetProperty("request"), "body_type", "form_params");
        JsonAssert.Bool(body.GetProperty("response"), "isNegative", false);
        Assert.False(body.TryGetProperty("is_negative", out _));

        UpdateMonitorRequest again = JsonSerializer.Deserialize(handler.Single.Body!, PulseticJsonContext.Default.UpdateMonitorRequest)!;
        Assert.Equal(handler.Single.Body, JsonSerializer.Serialize(again, PulseticJsonContext.Default.UpdateMonitorRequest));
        Assert.Equal(request.Request!.BodyFormParams!.Select(p => (p.Name, p.Value)), again.Request!.BodyFormParams!.Select(p => (p.Name, p.Value)));
    }

    [Fact]
    public async Task Time_window_is_sent_as_a_UTC_MySQL_datetime_whatever_the_callers_offset()
    {
        // The reference's example is ?start_dt=2021-01-03+14:00:00 (UTC); the caller here is two hours east.
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(QuirkSamples.Read("listMonitorChecks.canonical.json")));
        using (client)
        {
            await client.Monitors.ListChecksAsync(
                115988,
                startDt: new DateTimeOffset(2021, 1, 3, 16, 0, 0, TimeSpan.FromHours(2)),
                endDt: new DateTimeOffset(2021, 1, 3, 15, 0, 0, TimeSpan.Zero));
        }

        Dictionary<string, string> query = handler.Single.Uri.Query.TrimStart('?').Split('&')
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => Uri.UnescapeDataString(pair[0]), pair => Uri.UnescapeDataString(pair[1].Replace('+', ' ')), StringComparer.Ordinal);
        Assert.Equal("2021-01-03 14:00:00", query["start_dt"]);
        Assert.Equal("2021-01-03 15:00:00", query["end_dt"]);
    }
}
