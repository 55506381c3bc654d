using System;
using System.IO;
using System.Linq;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PulseticGen.Generator.Tests;

public sealed class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        foreach (string file in (Environment.GetEnvironmentVariable("PROBE_SPEC") ?? "stripe-api.json").Split(','))
        {
            string ids = Environment.GetEnvironmentVariable("PROBE_IDS") ?? "PGEN004";
            string text = File.ReadAllText(Path.Combine("/work/shared/specs/corpus", file));
            var result = GeneratorHarness.Generate(new[] { new SpecFile("/corpus/" + file, text) });
            foreach (var g in result.GeneratorDiagnostics.Where(d => ids.Contains(d.Id)).GroupBy(d => System.Text.RegularExpressions.Regex.Replace(d.GetMessage(), "'[^']*'", "X")).OrderByDescending(g => g.Count()).Take(15))
            {
                output.WriteLine($"{file} {g.Count()}x {g.First()}");
            }
        }
        Assert.Fail("probe");
    }
}
