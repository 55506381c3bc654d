namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>
/// The recorded wire-quirk samples in <c>Samples/Quirks/</c>, named <c>{operationId}.{quirk}.json</c>; their provenance
/// is the table in <c>Samples/README.md</c>. Each is read through the generated client the way the operation reads it.
/// </summary>
public static class QuirkSamples
{
    public static readonly DateTimeOffset CheckedAt = new(2023, 4, 12, 16, 36, 32, TimeSpan.Zero);

    public static readonly DateTimeOffset CertificateExpiresAt = new(2023, 6, 13, 12, 0, 0, TimeSpan.Zero);

    public static string Read(string fileName) => Samples.Read(System.IO.Path.Combine("Quirks", fileName));

    /// <summary>Every sample file, request bodies included.</summary>
    public static IReadOnlyList<string> All() =>
        System.IO.Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Samples", "Quirks"), "*.json")
            .Select(System.IO.Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToArray()!;

    /// <summary>The operation a sample answers, from its name.</summary>
    public static string OperationId(string fileName) => fileName[..fileName.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>
    /// Calls the sample's operation on a client whose server answers with the sample, and writes the typed result back
    /// with <see cref="PulseticJsonContext"/>: what a caller caching or forwarding the result would store.
    /// </summary>
    public static async Task<string> ReadAndWriteBackAsync(string fileName)
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(Read(fileName)));
        using (client)
        {
            PulseticJsonContext json = PulseticJsonContext.Default;
            return OperationId(fileName) switch
            {
                "getMonitor" => JsonSerializer.Serialize(await client.Monitors.GetAsync(115988), json.MonitorResponse),
                "listMonitors" => JsonSerializer.Serialize(await client.Monitors.ListAsync(), json.MonitorPage),
                "createMonitors" => JsonSerializer.Serialize(await client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://w5.com"] }), json.ListOfMonitor),
                "listMonitorChecks" => JsonSerializer.Serialize(await client.Monitors.ListChecksAsync(115988), json.ListOfMonitorCheck),
                "listMonitorSnapshots" => JsonSerializer.Serialize(await client.Monitors.ListSnapshotsAsync(115988), json.ListOfMonitorSnapshot),
                "listMonitorEvents" => JsonSerializer.Serialize(await client.Monitors.ListEventsAsync(1), json.ListOfMonitorEvent),
                "getMonitorDowntime" => JsonSerializer.Serialize(await client.Monitors.GetDowntimeAsync(115988), json.Double),
                "getMonitorStats" => JsonSerializer.Serialize(await client.Monitors.GetStatsAsync(115988), json.DictionaryOfMonitorStatsPeriod),
                "listStatusPages" => JsonSerializer.Serialize(await client.StatusPages.ListAsync(), json.StatusPageList),
                string other => throw new InvalidOperationException($"No reader for the samples of {other}; add one here."),
            };
        }
    }

    /// <summary>Reads <paramref name="written"/> as the same type <see cref="ReadAndWriteBackAsync"/> wrote it from, and writes it again.</summary>
    public static string RoundTrip(string fileName, string written)
    {
        PulseticJsonContext json = PulseticJsonContext.Default;
        return OperationId(fileName) switch
        {
            "getMonitor" => Again(written, json.MonitorResponse),
            "listMonitors" => Again(written, json.MonitorPage),
            "createMonitors" => Again(written, json.ListOfMonitor),
            "listMonitorChecks" => Again(written, json.ListOfMonitorCheck),
            "listMonitorSnapshots" => Again(written, json.ListOfMonitorSnapshot),
            "listMonitorEvents" => Again(written, json.ListOfMonitorEvent),
            "getMonitorDowntime" => Again(written, json.Double),
            "getMonitorStats" => Again(written, json.DictionaryOfMonitorStatsPeriod),
            "listStatusPages" => Again(written, json.StatusPageList),
            string other => throw new InvalidOperationException($"No reader for the samples of {other}; add one here."),
        };
    }

    private static string Again<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type)!, type);
}
