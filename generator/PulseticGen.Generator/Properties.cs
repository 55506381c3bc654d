using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PulseticGen.Generator.Tests")]

// The command-line tool runs the same pipeline (read → model → emit) outside a compiler.
[assembly: InternalsVisibleTo("pulseticgen")]
[assembly: InternalsVisibleTo("PulseticGen.Tool.Tests")]
