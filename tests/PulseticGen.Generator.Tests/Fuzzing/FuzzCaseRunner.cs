using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PulseticGen.Generator.Tests.Infrastructure;

namespace PulseticGen.Generator.Tests.Fuzzing;

internal enum FuzzVerdict
{
    /// <summary>A client was generated (and, if it was compiled, it compiled).</summary>
    Generated,

    /// <summary>Nothing was generated, and an Error diagnostic said why.</summary>
    Refused,

    /// <summary>Every problem found is a bug already reported (see <see cref="KnownFindings"/>).</summary>
    KnownFinding,

    Failed,

    TimedOut,
}

/// <summary>What one case produced, and what was wrong with it.</summary>
internal sealed record FuzzOutcome(
    FuzzCase Case,
    FuzzVerdict Verdict,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> KnownFindingIds,
    bool Compiled,
    int CompileWarnings,
    IReadOnlyList<string> DiagnosticIds,
    TimeSpan Elapsed);

/// <summary>What the generator did with one case, before any judgement.</summary>
internal sealed record FuzzObservation(ImmutableArray<Diagnostic> Diagnostics, int FileCount, Exception? GeneratorException, ImmutableArray<Diagnostic>? CompileDiagnostics)
{
    /// <summary>Whether the compiled client has a member a spec string smuggled in (see <see cref="FuzzFindingsTests.InjectedMember"/>).</summary>
    public bool HasInjectedMember { get; init; }
}

/// <summary>
/// Runs one case through the generator on a worker thread with a deadline, and checks the promises the generator makes
/// for any input: no exception, only documented PGEN diagnostics, never PGEN012, something generated or an Error said
/// why, every location inside the spec, and a client that compiles.
/// </summary>
internal static class FuzzCaseRunner
{
    public static async Task<FuzzOutcome> RunAsync(FuzzCase fuzzCase, bool compile, IReadOnlySet<string> documentedIds, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        using var cancellation = new CancellationTokenSource();
        Task<FuzzObservation> work = Task.Run(() => Observe(fuzzCase.Specs, compile, cancellation.Token));
        FuzzObservation observation;
        try
        {
            observation = await work.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            // The generator only checks for cancellation between phases, so the thread may run on; the run stops after a few of these.
            cancellation.Cancel();
            return new FuzzOutcome(fuzzCase, FuzzVerdict.TimedOut, new[] { $"no result within {timeout.TotalSeconds:0} s" }, Array.Empty<string>(), false, 0, Array.Empty<string>(), stopwatch.Elapsed);
        }
        catch (Exception exception)
        {
            return new FuzzOutcome(fuzzCase, FuzzVerdict.Failed, new[] { "the generator driver threw " + exception }, Array.Empty<string>(), false, 0, Array.Empty<string>(), stopwatch.Elapsed);
        }

        IReadOnlyList<string> problems = Check(fuzzCase.Specs, observation, documentedIds);
        string?[] known = problems.Select(problem => KnownFindings.Match(fuzzCase, problem)).ToArray();
        FuzzVerdict verdict = problems.Count == 0 ? (observation.FileCount > 0 ? FuzzVerdict.Generated : FuzzVerdict.Refused)
            : known.All(id => id is not null) ? FuzzVerdict.KnownFinding
            : FuzzVerdict.Failed;
        return new FuzzOutcome(
            fuzzCase,
            verdict,
            problems,
            known.OfType<string>().Distinct().ToArray(),
            observation.CompileDiagnostics is not null,
            observation.CompileDiagnostics?.Count(d => d.Severity == DiagnosticSeverity.Warning) ?? 0,
            observation.Diagnostics.Select(d => d.Id).ToArray(),
            stopwatch.Elapsed);
    }

    /// <summary>Runs the generator once; compiles its output only when asked and when there is a client to compile.</summary>
    public static FuzzObservation Observe(IReadOnlyList<SpecFile> specs, bool compile, CancellationToken cancellationToken)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriverRunResult run = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation, cancellationToken).GetRunResult();
        ImmutableArray<Diagnostic>? compiled = null;
        bool injected = false;
        if (compile && run.GeneratedTrees.Length > 0 && !run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            CSharpCompilation output = compilation.AddSyntaxTrees(run.GeneratedTrees);
            compiled = output.GetDiagnostics(cancellationToken);
            injected = output.GetSymbolsWithName("Injected", SymbolFilter.Member, cancellationToken).Any();
        }

        return new FuzzObservation(run.Diagnostics, run.GeneratedTrees.Length, run.Results.Select(r => r.Exception).FirstOrDefault(e => e is not null), compiled)
        {
            HasInjectedMember = injected,
        };
    }

    /// <summary>The broken promises of one run; empty when the generator behaved.</summary>
    public static IReadOnlyList<string> Check(IReadOnlyList<SpecFile> specs, FuzzObservation observation, IReadOnlySet<string> documentedIds)
    {
        var problems = new List<string>();
        if (observation.GeneratorException is { } exception)
        {
            problems.Add($"the generator threw {exception.GetType().Name}: {exception.Message}");
        }

        foreach (Diagnostic diagnostic in observation.Diagnostics)
        {
            string text;
            try
            {
                text = diagnostic.ToString();
            }
            catch (FormatException)
            {
                problems.Add($"{diagnostic.Id}: its message cannot be formatted with its arguments");
                continue;
            }

            if (diagnostic.Id == "PGEN012")
            {
                problems.Add("PGEN012 (internal error): " + text);
            }
            else if (!documentedIds.Contains(diagnostic.Id))
            {
                problems.Add($"{diagnostic.Id} is not a documented PulseticGen diagnostic: {text}");
            }

            if (LocationProblem(diagnostic, specs) is { } where)
            {
                problems.Add(where);
            }
        }

        bool anyError = observation.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (observation.FileCount == 0 && !anyError)
        {
            problems.Add("nothing was generated and no Error diagnostic said why: " + string.Join(", ", observation.Diagnostics.Select(d => d.Id)));
        }

        if (specs.Count == 1 && observation.FileCount > 0 && anyError)
        {
            problems.Add($"{observation.FileCount} files were generated despite an Error diagnostic ({string.Join(", ", observation.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id))}): a half-written client");
        }

        if (observation.HasInjectedMember)
        {
            problems.Add("spec text became code: the compiled client has a member named Injected");
        }

        if (observation.CompileDiagnostics is { } compiled && compiled.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            problems.Add("the generated client does not compile: " + string.Join(" | ", compiled.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3)));
        }
        else if (observation.CompileDiagnostics is { } warned && warned.Any(d => d.Severity == DiagnosticSeverity.Warning))
        {
            // Users build with TreatWarningsAsErrors: a warning in generated code breaks their build just the same.
            problems.Add("the generated client compiles with warnings: " + string.Join(" | ", warned.Where(d => d.Severity == DiagnosticSeverity.Warning).Take(3)));
        }

        return problems;
    }

    private static string? LocationProblem(Diagnostic diagnostic, IReadOnlyList<SpecFile> specs)
    {
        if (diagnostic.Location.Kind == LocationKind.None)
        {
            return null;
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        SpecFile? spec = specs.FirstOrDefault(s => s.Path == span.Path);
        if (spec is null)
        {
            return $"{diagnostic.Id} points at '{span.Path}', which is not a spec file";
        }

        // Lines as the compiler and the IDE count them (\r, \n, \r\n, U+0085, U+2028 and U+2029 all end one).
        SourceText text = SourceText.From(spec.Text);
        int lines = text.Lines.Count;
        int start = span.StartLinePosition.Line, end = span.EndLinePosition.Line;
        if (start < 0 || start >= lines + 1 || end < start || end >= lines + 1)
        {
            return $"{diagnostic.Id} points at lines {start}-{end} of a {lines}-line spec";
        }

        if (diagnostic.Location.SourceSpan.Start < 0 || diagnostic.Location.SourceSpan.End > spec.Text.Length)
        {
            return $"{diagnostic.Id} points at characters {diagnostic.Location.SourceSpan} of a {spec.Text.Length}-character spec";
        }

        // The error list shows the line; an editor squiggles the span. Both must name the same place.
        int spanLine = text.Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start).LineNumber;
        if (spanLine != start)
        {
            return $"{diagnostic.Id} says line {start + 1}, but its span starts on line {spanLine + 1}";
        }

        return null;
    }
}
