using System;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PulseticGen.Benchmarks.Requests.HandWritten;

namespace PulseticGen.Benchmarks.Requests;

/// <summary>
/// Reading the 20-monitor page alone, without HTTP: System.Text.Json's source-generated metadata (the floor's) against
/// our generated metadata, from a byte array and from a stream (what the clients do). Explains the gap in the list
/// call; see ../README.md.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(RequestJobs))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class JsonReadBenchmarks
{
    private static readonly JsonSerializerOptions s_options = new();
    private readonly byte[] _page = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", "monitors-page.json"));

    // A Laravel timestamp as Pulsetic sends it (created_at, updated_at, status_changed_at, ...): about six per monitor.
    private readonly byte[] _timestamp = "\"2025-12-03T08:15:00.000000Z\""u8.ToArray();

    [Benchmark(Baseline = true), BenchmarkCategory("FromBytes")]
    public MonitorPage? HandWritten_FromBytes() => JsonSerializer.Deserialize(_page, FloorJsonContext.Default.MonitorPage);

    [Benchmark, BenchmarkCategory("FromBytes")]
    public Pulsetic.MonitorPage? PulseticGen_FromBytes() => JsonSerializer.Deserialize(_page, Pulsetic.PulseticJsonContext.Default.MonitorPage);

    [Benchmark(Baseline = true), BenchmarkCategory("FromStream")]
    public ValueTask<MonitorPage?> HandWritten_FromStream() =>
        JsonSerializer.DeserializeAsync(new MemoryStream(_page, writable: false), FloorJsonContext.Default.MonitorPage);

    [Benchmark, BenchmarkCategory("FromStream")]
    public ValueTask<Pulsetic.MonitorPage?> PulseticGen_FromStream() =>
        JsonSerializer.DeserializeAsync(new MemoryStream(_page, writable: false), Pulsetic.PulseticJsonContext.Default.MonitorPage);

    [Benchmark(Baseline = true), BenchmarkCategory("Timestamp")]
    public DateTimeOffset HandWritten_Timestamp()
    {
        var reader = new Utf8JsonReader(_timestamp);
        reader.Read();
        return reader.GetDateTimeOffset();
    }

    [Benchmark, BenchmarkCategory("Timestamp")]
    public DateTimeOffset PulseticGen_Timestamp()
    {
        var reader = new Utf8JsonReader(_timestamp);
        reader.Read();
        return PulseticGen.Runtime.Serialization.JsonScalarConverters.DateTimeOffset.Read(ref reader, typeof(DateTimeOffset), s_options);
    }
}
