using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Xunit;
using Xunit.Abstractions;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>
/// Feeds the generator thousands of broken specs (truncated, bit-flipped, mistyped, deeply nested, self-referencing,
/// empty, garbage) made from real ones, and checks that it never crashes, hangs or reports a diagnostic it does not
/// document, and that what it generates compiles. CI runs a fixed 2,000 cases; see <see cref="FuzzSettings"/> for more.
/// </summary>
public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    private const int PinnedCaseSeed0 = 126_933_325;

    [Fact]
    public async Task Mutated_specs_never_crash_hang_or_report_undocumented_diagnostics()
    {
        FuzzSettings settings = FuzzSettings.FromEnvironment();
        string? corpus = SeedSpecs.FindCorpus();
        IReadOnlyList<SeedSpec> seeds = SeedSpecs.Load(corpus);
        IReadOnlySet<string> documented = DocumentedDiagnosticIds();
        var report = new FuzzReport(settings, seeds.Count, corpus is not null, AppContext.BaseDirectory);

        // If a case kills the process (a stack overflow cannot be caught), this file names it.
        string breadcrumb = Path.Combine(AppContext.BaseDirectory, "fuzz-current-case.txt");
        IEnumerable<int> indexes = settings.OnlyCase is { } only ? new[] { only } : Enumerable.Range(0, settings.Cases);
        var stopwatch = Stopwatch.StartNew();
        foreach (int index in indexes)
        {
            FuzzCase fuzzCase = FuzzCase.Create(index, settings.CaseSeed(index), seeds);
            await File.WriteAllTextAsync(breadcrumb, $"seed {settings.Seed} {fuzzCase}\n");
            bool compile = settings.CompileEvery > 0 && index % settings.CompileEvery == 0;
            report.Add(await FuzzCaseRunner.RunAsync(fuzzCase, compile, documented, settings.CaseTimeout));
            if (report.Timeouts >= FuzzSettings.MaxTimeouts)
            {
                break;
            }
        }

        report.Elapsed = stopwatch.Elapsed;
        File.Delete(breadcrumb);
        string summary = report.Summary();
        output.WriteLine(summary);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "fuzz-summary.txt"), summary);

        Assert.True(
            report.Failures.Count == 0,
            $"{report.Failures.Count} of {report.Cases} cases broke a promise (PULSETICGEN_FUZZ_SEED={settings.Seed}; replay one with PULSETICGEN_FUZZ_CASE=<index>; their specs are in bin/…/fuzz-failures):\n{summary}");
        Assert.Equal(settings.OnlyCase is null ? settings.Cases : 1, report.Cases);
    }

    [Fact]
    public void A_case_is_rebuilt_identically_from_its_seed()
    {
        IReadOnlyList<SeedSpec> seeds = SeedSpecs.Load(corpus: null);
        var settings = new FuzzSettings(10, FuzzSettings.CiSeed, 0, null, FuzzSettings.DefaultCaseTimeout);
        for (int index = 0; index < 40; index++)
        {
            FuzzCase first = FuzzCase.Create(index, settings.CaseSeed(index), seeds);
            FuzzCase again = FuzzCase.Create(index, settings.CaseSeed(index), seeds);
            Assert.Equal(first.Recipe, again.Recipe);
            Assert.Equal(first.Specs.Select(s => s.Text), again.Specs.Select(s => s.Text));
        }

        // Pinned, so a seed printed by one run (or one machine) names the same case everywhere.
        Assert.Equal(PinnedCaseSeed0, settings.CaseSeed(0));
        Assert.NotEqual(settings.CaseSeed(0), settings.CaseSeed(1));
    }

    [Fact]
    public void The_yaml_and_json_writers_round_trip_every_seed_spec()
    {
        // A mutation must be the only change: if the writers altered a spec, the fuzzer would report their bugs as the generator's.
        foreach (SeedSpec seed in SeedSpecs.Load(SeedSpecs.FindCorpus()))
        {
            JsonNode? tree = seed.CloneTree();
            Assert.True(JsonNode.DeepEquals(tree, SpecTree.Load(SpecTree.ToYaml(tree))), seed.Name + " changed through YAML");
            Assert.True(JsonNode.DeepEquals(tree, SpecTree.Load(SpecTree.ToYaml(tree, indentStep: 1))), seed.Name + " changed through 1-space YAML");
            Assert.True(JsonNode.DeepEquals(tree, SpecTree.Load(SpecTree.ToJson(tree, indented: true))), seed.Name + " changed through JSON");
        }
    }

    [Fact]
    public void Every_mutation_changes_the_spec_it_is_given()
    {
        SeedSpec seed = SeedSpecs.Load(corpus: null).Single(s => s.Name == "hand-3.0.yaml");
        string original = SpecTree.ToYaml(seed.CloneTree());
        foreach (string name in TreeMutations.Names)
        {
            bool changed = Enumerable.Range(0, 10).Any(i =>
            {
                JsonNode? tree = seed.CloneTree();
                TreeMutations.Apply(name, new Random(i), ref tree);
                return SpecTree.ToYaml(tree) != original;
            });
            Assert.True(changed, $"{name} never changed the spec");
        }

        foreach (string name in TextMutations.Names)
        {
            bool changed = Enumerable.Range(0, 10).Any(i =>
            {
                string text = seed.Text;
                TextMutations.Apply(name, new Random(i), ref text);
                return text != seed.Text;
            });
            Assert.True(changed, $"{name} never changed the spec");
        }
    }

    [Fact]
    public void The_documented_diagnostics_are_the_ones_the_generator_defines()
    {
        // The fuzzer trusts docs/diagnostics.md for the list of allowed IDs; keep it honest.
        Assert.Equal(
            Diagnostics.DiagnosticCatalog.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal),
            DocumentedDiagnosticIds().OrderBy(id => id, StringComparer.Ordinal));
    }

    /// <summary>The "## PGENnnn" headings of docs/diagnostics.md.</summary>
    internal static IReadOnlySet<string> DocumentedDiagnosticIds()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "docs", "diagnostics.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(directory.FullName, "PulseticGen.sln")))
            {
                return Regex.Matches(File.ReadAllText(candidate), @"^## (PGEN\d{3})\s*$", RegexOptions.Multiline)
                    .Select(match => match.Groups[1].Value)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        throw new FileNotFoundException("docs/diagnostics.md was not found above " + AppContext.BaseDirectory);
    }
}
