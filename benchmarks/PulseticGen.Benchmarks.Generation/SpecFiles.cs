using System;
using System.Collections.Generic;
using System.IO;

namespace PulseticGen.Benchmarks.Generation;

/// <summary>
/// The specs the suite measures, read in place: Pulsetic from the repo, the others from the shared corpus.
/// </summary>
internal static class SpecFiles
{
    /// <summary>Short names used as BenchmarkDotNet parameters, in the order the tables show them.</summary>
    /// <remarks>PULSETICGEN_BENCH_SPECS (comma-separated, e.g. <c>github</c>) keeps only those, for a quick re-check of one spec.</remarks>
    public static IReadOnlyList<string> Names { get; } = Selected(new[] { "pulsetic", "github", "stripe", "openai" });

    private static string[] Selected(string[] all) =>
        Environment.GetEnvironmentVariable("PULSETICGEN_BENCH_SPECS") is { Length: > 0 } wanted
            ? Array.FindAll(all, name => Array.IndexOf(wanted.Split(','), name) >= 0)
            : all;

    private static readonly Dictionary<string, string> s_corpusFiles = new(StringComparer.Ordinal)
    {
        ["github"] = "github-rest.json",
        ["stripe"] = "stripe-api.json",
        ["openai"] = "openai-api.yaml",
    };

    /// <summary>The shared corpus; PULSETICGEN_CORPUS points elsewhere when it lives somewhere else.</summary>
    public static string CorpusDirectory =>
        Environment.GetEnvironmentVariable("PULSETICGEN_CORPUS") is { Length: > 0 } corpus ? corpus : "/work/shared/specs/corpus";

    /// <summary>
    /// The repository root, found by walking up from the running assembly: BenchmarkDotNet runs each benchmark from a
    /// project it generates several folders below this one's output.
    /// </summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string BenchmarksDirectory => Path.Combine(RepoRoot, "benchmarks");

    public static string PathOf(string name) =>
        name == "pulsetic"
            ? Path.Combine(RepoRoot, "specs", "pulsetic.openapi.yaml")
            : Path.Combine(CorpusDirectory, s_corpusFiles[name]);

    public static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>Lines as <c>wc -l</c> counts them, plus a last line without a newline.</summary>
    public static int CountLines(string text)
    {
        int lines = 0;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return text.Length > 0 && text[^1] != '\n' ? lines + 1 : lines;
    }

    private static string FindRepoRoot()
    {
        if (Environment.GetEnvironmentVariable("PULSETICGEN_REPO") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PulseticGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PulseticGen.sln above {AppContext.BaseDirectory}; set PULSETICGEN_REPO to the repository root.");
    }
}
