using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PulseticGen.Generator.Tests")]

// The command-line tool runs the same pipeline (read → model → emit) outside a compiler.
[assembly: InternalsVisibleTo("pulseticgen")]
[assembly: InternalsVisibleTo("PulseticGen.Tool.Tests")]

// The generation benchmarks (benchmarks/, not in the solution) time each phase of the pipeline on its own.
[assembly: InternalsVisibleTo("PulseticGen.Benchmarks.Generation")]
