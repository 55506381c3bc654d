using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;

namespace PulseticGen.Benchmarks.Generation;

/// <summary>
/// Kiota's CLI timed as a process, from start to exit (process start-up and JIT included, as a user pays them).
/// No memory diagnoser: it would only see this harness, not the child process.
/// </summary>
[MedianColumn]
[Config(typeof(BenchmarkJobs.ExternalProcess))]
public class KiotaCliBenchmarks
{
    private string _specPath = "";
    private string _output = "";

    [ParamsSource(nameof(SpecNames))]
    public string Spec { get; set; } = "";

    public static IEnumerable<string> SpecNames => SpecFiles.Names;

    [GlobalSetup]
    public void Setup()
    {
        _specPath = SpecFiles.PathOf(Spec);
        _output = Path.Combine(KiotaCli.OutputRoot, "bench-" + Spec);
    }

    /// <summary>
    /// A failed run is timed too, and said in the log, rather than ending the benchmark: Kiota 1.38 fails now and then
    /// on the OpenAI spec ("the current dom node already contains a child with name …"), a race in its parallel
    /// code model.
    /// </summary>
    [Benchmark]
    public int Kiota_Cli()
    {
        (int exitCode, string output) = KiotaCli.Run(_specPath, _output);
        if (exitCode != 0)
        {
            Console.WriteLine($"// kiota exited with {exitCode} on {Spec}: {Excerpt(output)}");
        }

        return exitCode;
    }

    /// <summary>The CLI's output from its critical message on (the reason it failed), on one line and cut to 300 characters.</summary>
    private static string Excerpt(string output)
    {
        int critical = output.IndexOf("crit:", StringComparison.Ordinal);
        string reason = (critical >= 0 ? output.Substring(critical) : output).Replace('\n', ' ').Trim();
        return reason.Length > 300 ? reason.Substring(0, 300) : reason;
    }
}
