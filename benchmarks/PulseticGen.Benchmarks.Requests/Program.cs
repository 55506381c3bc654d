using System.Linq;
using BenchmarkDotNet.Running;
using PulseticGen.Benchmarks.Requests;

// dotnet run -c Release -- [--quick] [BenchmarkDotNet arguments, e.g. --filter '*']
var arguments = args.ToList();
RequestJobs.Quick = arguments.Remove("--quick");
BenchmarkSwitcher.FromAssembly(typeof(RequestBenchmarks).Assembly).Run(arguments.ToArray());
