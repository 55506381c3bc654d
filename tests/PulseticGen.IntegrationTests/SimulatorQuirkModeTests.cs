using System.Text.Json;
using NJsonSchema;
using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// The simulator's quirk switch (<c>X-Simulator-Quirks</c>, <see cref="SimulatorOptions.Quirks"/>): in each mode the
/// quirk is really on the wire, the answer still validates against the spec, and the generated client returns the same
/// typed values as in the canonical mode.
/// </summary>
public sealed class SimulatorQuirkModeTests : IClassFixture<FixedClockFixture>
{
    private static readonly PulseticSpec Spec = PulseticSpec.Load();

    private readonly FixedClockFixture _fixture;

    public SimulatorQuirkModeTests(FixedClockFixture fixture)
    {
        _fixture = fixture;
    }

    public static TheoryData<string> Modes => new("None", "IntegerFlags", "UnixTimes", "NumericStrings", "IntegerFlags, UnixTimes, NumericStrings", "All");

    [Theory]
    [InlineData("None", JsonValueKind.True, JsonValueKind.String, JsonValueKind.Number)]
    [InlineData("IntegerFlags", JsonValueKind.Number, JsonValueKind.String, JsonValueKind.Number)]
    [InlineData("UnixTimes", JsonValueKind.True, JsonValueKind.Number, JsonValueKind.Number)]
    [InlineData("NumericStrings", JsonValueKind.True, JsonValueKind.String, JsonValueKind.String)]
    [InlineData("All", JsonValueKind.Number, JsonValueKind.Number, JsonValueKind.String)]
    public async Task The_forced_forms_are_on_the_wire_for_every_monitor_whatever_its_id(string mode, JsonValueKind flag, JsonValueKind time, JsonValueKind score)
    {
        foreach (long id in new[] { SampleIds.ProductionMonitor, SampleIds.ApiMonitor })
        {
            JsonElement data = (await RawAsync(mode, $"monitors/{id}")).GetProperty("data");

            Assert.Equal(flag, data.GetProperty("ssl_check").ValueKind);
            Assert.Equal(flag, data.GetProperty("ssl_certificate").GetProperty("is_valid").ValueKind);
            Assert.Equal(time, data.GetProperty("checked_at").ValueKind);
            Assert.Equal(time, data.GetProperty("ssl_certificate").GetProperty("expires_at").ValueKind);
            Assert.Equal(score, data.GetProperty("mobile_seo_score").ValueKind);
            Assert.Equal(score, data.GetProperty("snapshots_average_uptime").ValueKind);

            // Fields the spec gives a single type keep it in every mode.
            Assert.Equal(JsonValueKind.True, data.GetProperty("is_running").ValueKind);
            Assert.Equal(JsonValueKind.Number, data.GetProperty("uptime_check_frequency").ValueKind);
        }

        JsonElement check = (await RawAsync(mode, $"monitors/{SampleIds.ProductionMonitor}/checks?per_page=1"))[0];
        Assert.Equal(flag == JsonValueKind.Number ? JsonValueKind.Number : JsonValueKind.False, check.GetProperty("is_failed").ValueKind);
        Assert.Equal(score, check.GetProperty("time_total").ValueKind);
        Assert.Equal(score, check.GetProperty("response_code").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Answers_in_every_mode_validate_against_the_spec(string mode)
    {
        foreach ((string operationId, string path) in new[]
        {
            ("getMonitor", $"monitors/{SampleIds.ProductionMonitor}"),
            ("getMonitor", $"monitors/{SampleIds.ApiMonitor}"),
            ("listMonitorChecks", $"monitors/{SampleIds.ProductionMonitor}/checks?per_page=5"),
            ("listMonitorSnapshots", $"monitors/{SampleIds.ProductionMonitor}/snapshots?per_page=5"),
            ("getMonitorStats", $"monitors/{SampleIds.ProductionMonitor}/stats"),
            ("listStatusPages", "status-page"),
            ("listDomains", "domains"),
            ("listHeartbeats", "heartbeats"),
        })
        {
            JsonSchema schema = Spec.Operation(operationId).ResponseSchemas[200]!;
            string body = (await RawAsync(mode, path)).GetRawText();
            Assert.True(!schema.Validate(body).Any(), $"{mode} {path}: {string.Join("; ", schema.Validate(body).Select(e => $"{e.Kind} at {e.Path}"))}");
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task The_client_reads_the_same_typed_values_in_every_mode(string mode)
    {
        PulseticClient canonical = Client("None");
        PulseticClient quirky = Client(mode);
        PulseticJsonContext json = PulseticJsonContext.Default;

        foreach (long id in new[] { SampleIds.ProductionMonitor, SampleIds.ApiMonitor, SampleIds.DatabaseMonitor })
        {
            Assert.Equal(
                JsonSerializer.Serialize(await canonical.Monitors.GetAsync(id), json.MonitorResponse),
                JsonSerializer.Serialize(await quirky.Monitors.GetAsync(id), json.MonitorResponse));
        }

        Assert.Equal(
            JsonSerializer.Serialize(await canonical.Monitors.ListChecksAsync(SampleIds.ProductionMonitor, perPage: 5), json.ListOfMonitorCheck),
            JsonSerializer.Serialize(await quirky.Monitors.ListChecksAsync(SampleIds.ProductionMonitor, perPage: 5), json.ListOfMonitorCheck));
        Assert.Equal(
            JsonSerializer.Serialize(await canonical.Monitors.ListSnapshotsAsync(SampleIds.ProductionMonitor, perPage: 5), json.ListOfMonitorSnapshot),
            JsonSerializer.Serialize(await quirky.Monitors.ListSnapshotsAsync(SampleIds.ProductionMonitor, perPage: 5), json.ListOfMonitorSnapshot));
        Assert.Equal(
            JsonSerializer.Serialize(await canonical.StatusPages.ListAsync(), json.StatusPageList),
            JsonSerializer.Serialize(await quirky.StatusPages.ListAsync(), json.StatusPageList));

        Pulsetic.Monitor monitor = (await quirky.Monitors.GetAsync(SampleIds.ProductionMonitor)).Data;
        Assert.True(monitor.SslCheck);
        Assert.Equal(FixedClockFixture.Now.ToUnixTimeSeconds() / 60 * 60, monitor.CheckedAt!.Value.ToUnixTimeSeconds());
        Assert.InRange(monitor.ResponseTime!.Value, 0.01, 1.0);
    }

    [Fact]
    public async Task Legacy_monitor_list_is_a_bare_array_that_the_current_list_call_rejects_but_whose_items_are_the_same_monitors()
    {
        JsonElement legacy = await RawAsync("LegacyMonitorList", "monitors");
        Assert.Equal(JsonValueKind.Array, legacy.ValueKind);
        Assert.Equal(JsonValueKind.Object, (await RawAsync("None", "monitors")).ValueKind);

        await Assert.ThrowsAsync<ApiSerializationException>(() => Client("LegacyMonitorList").Monitors.ListAsync());

        IReadOnlyList<Pulsetic.Monitor> items = JsonSerializer.Deserialize(legacy.GetRawText(), PulseticJsonContext.Default.ListOfMonitor)!;
        MonitorPage page = await Client("None").Monitors.ListAsync();
        Assert.Equal(
            JsonSerializer.Serialize(page.Data, PulseticJsonContext.Default.ListOfMonitor),
            JsonSerializer.Serialize(items, PulseticJsonContext.Default.ListOfMonitor));
    }

    [Fact]
    public async Task Quirks_set_in_the_options_apply_without_a_header_and_a_header_overrides_them()
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions { Quirks = SimulatorQuirks.IntegerFlags, Clock = new FixedClock(FixedClockFixture.Now) });
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", simulator.Token);

        using JsonDocument forced = JsonDocument.Parse(await http.GetStringAsync($"monitors/{SampleIds.ApiMonitor}"));
        Assert.Equal(JsonValueKind.Number, forced.RootElement.GetProperty("data").GetProperty("ssl_check").ValueKind);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"monitors/{SampleIds.ApiMonitor}") { Headers = { { "X-Simulator-Quirks", "None" } } };
        using HttpResponseMessage response = await http.SendAsync(request);
        using JsonDocument overridden = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.True, overridden.RootElement.GetProperty("data").GetProperty("ssl_check").ValueKind);
    }

    [Theory]
    [InlineData("Sometimes")]
    [InlineData("1")]
    [InlineData("IntegerFlags, Bogus")]
    public async Task Unknown_quirk_header_is_a_400_naming_the_choices(string header)
    {
        using HttpClient http = _fixture.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "monitors") { Headers = { { "X-Simulator-Quirks", header } } };
        using HttpResponseMessage response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("LegacyMonitorList", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private PulseticClient Client(string mode) => _fixture.CreateClient(headers: new Dictionary<string, string> { ["X-Simulator-Quirks"] = mode });

    private async Task<JsonElement> RawAsync(string mode, string path)
    {
        using HttpClient http = _fixture.CreateRawClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "X-Simulator-Quirks", mode } } };
        using HttpResponseMessage response = await http.SendAsync(request);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{mode} {path}: {(int)response.StatusCode} {body}");
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}
