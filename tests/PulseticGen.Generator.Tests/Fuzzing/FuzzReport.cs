using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PulseticGen.Generator.Tests.Infrastructure;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>The totals of a fuzz run, and the specs of its failing cases written out for replay.</summary>
internal sealed class FuzzReport
{
    private const int MaxSavedFailures = 25;

    private readonly List<FuzzOutcome> _outcomes = new();
    private readonly string _failureFolder;
    private int _saved;

    public FuzzReport(FuzzSettings settings, int seedSpecs, bool corpusFound, string outputFolder)
    {
        Settings = settings;
        SeedSpecCount = seedSpecs;
        CorpusFound = corpusFound;
        _failureFolder = Path.Combine(outputFolder, "fuzz-failures");
    }

    public FuzzSettings Settings { get; }

    public int SeedSpecCount { get; }

    public bool CorpusFound { get; }

    public TimeSpan Elapsed { get; set; }

    public IReadOnlyList<FuzzOutcome> Failures => _outcomes.Where(IsFailure).ToList();

    public int Count(FuzzVerdict verdict) => _outcomes.Count(o => o.Verdict == verdict);

    public int Cases => _outcomes.Count;

    public int Timeouts => Count(FuzzVerdict.TimedOut);

    public void Add(FuzzOutcome outcome)
    {
        _outcomes.Add(outcome);
        if (IsFailure(outcome) && _saved++ < MaxSavedFailures)
        {
            Save(outcome);
        }
    }

    public string Summary()
    {
        var text = new StringBuilder();
        string Line(string label, object value) => string.Format(CultureInfo.InvariantCulture, "{0,-28}{1}", label, value);

        text.AppendLine(Line("seed", Settings.Seed));
        text.AppendLine(Line("seed specs", $"{SeedSpecCount}{(CorpusFound ? string.Empty : " (corpus not found: Pulsetic and hand-written only)")}"));
        text.AppendLine(Line("cases", Cases));
        text.AppendLine(Line("generated", Count(FuzzVerdict.Generated)));
        text.AppendLine(Line("refused with diagnostics", Count(FuzzVerdict.Refused)));
        text.AppendLine(Line("compiled", $"{_outcomes.Count(o => o.Compiled)} (every {Settings.CompileEvery}th case that generated), {_outcomes.Sum(o => o.CompileWarnings)} compiler warnings"));
        text.AppendLine(Line("known findings", $"{Count(FuzzVerdict.KnownFinding)}{KnownBreakdown()}{(Settings.Strict ? ", counted as failures (strict)" : string.Empty)}"));
        text.AppendLine(Line("failures", Failures.Count - Timeouts));
        text.AppendLine(Line("timeouts", Timeouts));
        text.AppendLine(Line("time", $"{Elapsed.TotalSeconds:0.0} s"));
        if (_outcomes.Count > 0)
        {
            FuzzOutcome slowest = _outcomes.MaxBy(o => o.Elapsed)!;
            text.AppendLine(Line("slowest case", $"{slowest.Elapsed.TotalMilliseconds:0} ms, {slowest.Case}"));
        }

        text.AppendLine(Line("diagnostics", string.Join(" ", _outcomes.SelectMany(o => o.DiagnosticIds).GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}x{g.Count()}"))));
        text.AppendLine(Line("mutations drawn", string.Join(" ", _outcomes.SelectMany(o => Steps(o.Case.Recipe)).GroupBy(step => step).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}x{g.Count()}"))));

        foreach ((string id, string summary, _) in KnownFindings.All)
        {
            FuzzOutcome[] cases = _outcomes.Where(o => o.KnownFindingIds.Contains(id)).ToArray();
            if (cases.Length > 0)
            {
                text.AppendLine($"  {id} ({cases.Length} cases): {summary}");
                foreach (FuzzOutcome example in cases.Take(3))
                {
                    string problem = example.Problems.First(p => KnownFindings.Match(example.Case, p) == id);
                    text.AppendLine($"      e.g. case {example.Case.Index}: {Shorten(problem, 240)}");
                }
            }
        }

        foreach (FuzzOutcome failure in Failures.Take(30))
        {
            text.AppendLine().AppendLine($"FAILED {failure.Case}");
            foreach (string problem in failure.Problems.Take(5))
            {
                text.AppendLine("  - " + Shorten(problem, 600));
            }
        }

        return text.ToString();
    }

    private bool IsFailure(FuzzOutcome outcome) =>
        outcome.Verdict is FuzzVerdict.Failed or FuzzVerdict.TimedOut || (Settings.Strict && outcome.Verdict == FuzzVerdict.KnownFinding);

    private string KnownBreakdown()
    {
        string[] parts = KnownFindings.All.Select(f => (f.Id, Cases: _outcomes.Count(o => o.KnownFindingIds.Contains(f.Id)))).Where(f => f.Cases > 0).Select(f => $"{f.Id}x{f.Cases}").ToArray();
        return parts.Length == 0 ? string.Empty : " (" + string.Join(" ", parts) + ")";
    }

    private static readonly HashSet<string> s_stepNames = TreeMutations.Names.Concat(TextMutations.Names).Concat(new[] { "empty-document", "binary-garbage", "multi-document", "yaml" }).ToHashSet();

    /// <summary>The mutation names of a recipe ("delete-key $.paths; as yaml (indent 2)" → "delete-key").</summary>
    private static IEnumerable<string> Steps(string recipe) =>
        recipe.Split("; ").Select(step => step.Split(' ')[0]).Where(s_stepNames.Contains);

    private static string Shorten(string text, int length) => text.Length > length ? text.Substring(0, length) + "…" : text;

    private void Save(FuzzOutcome outcome)
    {
        Directory.CreateDirectory(_failureFolder);
        for (int i = 0; i < outcome.Case.Specs.Count; i++)
        {
            SpecFile spec = outcome.Case.Specs[i];
            string name = string.Format(CultureInfo.InvariantCulture, "case-{0}-seed-{1}-{2}{3}", outcome.Case.Index, Settings.Seed, i, Path.GetExtension(spec.Path.Replace('\\', '/')));
            File.WriteAllText(Path.Combine(_failureFolder, name), spec.Text);
        }
    }
}
