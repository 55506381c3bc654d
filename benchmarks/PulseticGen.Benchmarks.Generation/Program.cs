using System;
using System.Linq;
using BenchmarkDotNet.Running;
using PulseticGen.Benchmarks.Generation;

// dotnet run -c Release -- [--quick] [BenchmarkDotNet arguments]   benchmarks (e.g. --filter '*')
// dotnet run -c Release -- lines                                     generated lines per operation, per tool
var arguments = args.ToList();
BenchmarkJobs.Quick = arguments.Remove("--quick");

if (arguments.FirstOrDefault() == "lines")
{
    await LineCounts.RunAsync(Console.Out);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(arguments.ToArray());
return 0;
