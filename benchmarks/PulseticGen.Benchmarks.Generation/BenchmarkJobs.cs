using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace PulseticGen.Benchmarks.Generation;

/// <summary>
/// Job lengths. The machine these run on has two cores and is usually shared, so the full jobs trade BenchmarkDotNet's
/// adaptive iteration count for a fixed, moderate one; <c>--quick</c> runs every benchmark once to check it works.
/// </summary>
internal static class BenchmarkJobs
{
    /// <summary>Set from the command line before BenchmarkDotNet builds its configs.</summary>
    public static bool Quick { get; set; }

    /// <summary>In-process work of tens of milliseconds to seconds per call.</summary>
    public sealed class InProcess : ManualConfig
    {
        public InProcess() =>
            AddJob(Quick
                ? Job.Dry.WithId("Quick")
                : Job.Default.WithLaunchCount(1).WithWarmupCount(12).WithIterationCount(15).WithId("Generation"));
    }

    /// <summary>A whole external process per call (seconds): one call per iteration, few iterations.</summary>
    public sealed class ExternalProcess : ManualConfig
    {
        public ExternalProcess() =>
            AddJob(Quick
                ? Job.Dry.WithId("Quick")
                : Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1).WithId("Process"));
    }
}
