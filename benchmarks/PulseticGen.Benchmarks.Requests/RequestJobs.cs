using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace PulseticGen.Benchmarks.Requests;

/// <summary>
/// BenchmarkDotNet's default job (it picks the iteration count), or with <c>--quick</c> one short pass to check that
/// everything runs.
/// </summary>
public sealed class RequestJobs : ManualConfig
{
    /// <summary>Set from the command line before BenchmarkDotNet builds its configs.</summary>
    public static bool Quick { get; set; }

    public RequestJobs() => AddJob(Quick ? Job.ShortRun.WithId("Quick") : Job.Default.WithId("Requests"));
}
