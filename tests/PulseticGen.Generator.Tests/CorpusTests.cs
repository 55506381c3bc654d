using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace PulseticGen.Generator.Tests;

/// <summary>
/// The corpus gate: 25 unmodified real-world specs (../shared/specs/corpus, or PULSETICGEN_CORPUS) each generate
/// without an exception, report only documented diagnostics, and compile with zero warnings; twice gives the same bytes.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    private static readonly string? s_corpus = FindCorpus();

    public static IEnumerable<object[]> Specs()
    {
        // The list is fixed here (not read from the folder) so a missing spec fails instead of silently shrinking the gate.
        string[] names =
        {
            "atlassian-jira-platform.json", "atlassian-statuspage.json", "box-platform.json", "datadog-v1.yaml",
            "discord-api.json", "github-rest.json", "keycloak-admin.json", "kubernetes-api.json", "nytimes-books.json",
            "oai-api-with-examples.yaml", "oai-callback-example.yaml", "oai-link-example.yaml", "oai-petstore-expanded.yaml",
            "oai-petstore-v2.json", "oai-petstore.yaml", "oai-uspto.yaml", "oai-webhook-example.yaml", "openai-api.yaml",
            "pagerduty-rest.json", "redocly-museum.yaml", "slack-web.json", "spotify-web.yaml", "square-connect.json",
            "stripe-api.json", "twilio-api-v2010.json",
        };
        return names.Select(name => new object[] { name });
    }

    [SkippableTheory]
    [MemberData(nameof(Specs))]
    public void Spec_generates_a_client_that_compiles_without_warnings(string file)
    {
        Skip.If(s_corpus is null, "The spec corpus was not found: set PULSETICGEN_CORPUS or place ../shared/specs/corpus beside the repository. CI sets it and fails when it is missing.");
        string path = Path.Combine(s_corpus!, file);
        Assert.True(File.Exists(path), $"Corpus spec missing: {path}");
        string text = File.ReadAllText(path);

        var stopwatch = Stopwatch.StartNew();
        GenerationResult result = GeneratorHarness.Run(new[] { new SpecFile("/corpus/" + file, text) });
        // GeneratorHarness.Run generates and then compiles; time them apart with a second, generation-only run.
        stopwatch.Stop();
        var generateOnly = Stopwatch.StartNew();
        GenerationResult again = GeneratorHarness.Generate(new[] { new SpecFile("/corpus/" + file, text) });
        generateOnly.Stop();

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785" || !d.Id.StartsWith("PGEN", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.NotEmpty(result.Files);
        string[] problems = result.CompileProblems.Take(20).Select(d => d.ToString()).ToArray();
        Assert.True(problems.Length == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", problems));
        Assert.Equal(result.Files.ToArray(), again.Files.ToArray());

        int operations = result.Files.Sum(f => CountOccurrences(f.Source, "public static global::PulseticGen.Runtime.ApiEndpoint "));
        int lines = result.Files.Sum(f => CountOccurrences(f.Source, "\n"));
        string row = string.Format(
            CultureInfo.InvariantCulture,
            "| {0} | {1} | {2} | {3} | {4} | {5} |",
            file, operations, lines, generateOnly.ElapsedMilliseconds, stopwatch.ElapsedMilliseconds - generateOnly.ElapsedMilliseconds,
            string.Join(" ", result.GeneratorDiagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")));
        output.WriteLine("| spec | operations | generated lines | generation ms | compile ms | diagnostics |");
        output.WriteLine(row);
        File.AppendAllText(Path.Combine(AppContext.BaseDirectory, "corpus-table.md"), row + Environment.NewLine);
    }

    private static int CountOccurrences(string text, string value)
    {
        int count = 0;
        for (int index = text.IndexOf(value, StringComparison.Ordinal); index >= 0; index = text.IndexOf(value, index + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string? FindCorpus()
    {
        string? configured = Environment.GetEnvironmentVariable("PULSETICGEN_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : throw new DirectoryNotFoundException($"PULSETICGEN_CORPUS points at {configured}, which does not exist.");
        }

        // Default: ../shared/specs/corpus beside the repository root.
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "specs", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
