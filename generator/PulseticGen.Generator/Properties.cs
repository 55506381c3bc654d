using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PulseticGen.Generator.Tests")]
