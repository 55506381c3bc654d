using System;
using System.Linq;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>
/// Bugs the fuzzer found that are reported and shown by a failing test in <see cref="FuzzFindingsTests"/>. A case whose
/// only problems are these is counted apart (and listed in the summary) instead of failing the run, so the fuzzer keeps
/// guarding against new bugs meanwhile. Delete an entry when its test passes: the fuzzer then guards the fix too.
/// </summary>
internal static class KnownFindings
{
    // Empty: every finding so far (F1–F8 in FuzzFindingsTests) is fixed, so any such problem fails the run again.
    public static readonly (string Id, string Summary, Func<FuzzCase, string, bool> Matches)[] All =
        Array.Empty<(string, string, Func<FuzzCase, string, bool>)>();

    /// <summary>The id of the known finding <paramref name="problem"/> of <paramref name="fuzzCase"/> is an instance of, or null for a new problem.</summary>
    public static string? Match(FuzzCase fuzzCase, string problem) => All.FirstOrDefault(finding => finding.Matches(fuzzCase, problem)).Id;

}
