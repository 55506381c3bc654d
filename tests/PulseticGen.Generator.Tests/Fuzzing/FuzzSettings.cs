using System;
using System.Globalization;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>
/// How many cases the fuzzer runs and from which seed. CI uses the fixed defaults, so every run checks the same
/// 2,000 specs; a person widens the search with <c>PULSETICGEN_FUZZ_CASES=10000</c> and a new
/// <c>PULSETICGEN_FUZZ_SEED</c>, replays one case with <c>PULSETICGEN_FUZZ_CASE=&lt;index&gt;</c>, compiles more often
/// with <c>PULSETICGEN_FUZZ_COMPILE_EVERY=1</c>, and fails on known findings too with <c>PULSETICGEN_FUZZ_STRICT=1</c>.
/// </summary>
internal sealed record FuzzSettings(int Cases, int Seed, int CompileEvery, int? OnlyCase, TimeSpan CaseTimeout)
{
    /// <summary>
    /// Whether cases that only hit a <see cref="KnownFindings"/> entry fail the run too (<c>PULSETICGEN_FUZZ_STRICT=1</c>).
    /// Off in CI, where those bugs are shown by their own failing tests instead.
    /// </summary>
    public bool Strict { get; init; }

    public const int CiCases = 2_000;
    public const int CiSeed = 20_261_127;

    /// <summary>Compiling a client costs 20 to 50 generator runs, so only one case in this many is compiled.</summary>
    public const int CiCompileEvery = 20;

    /// <summary>A case slower than this is a hang: even the largest corpus spec generates in about a second.</summary>
    public static readonly TimeSpan DefaultCaseTimeout = TimeSpan.FromSeconds(10);

    /// <summary>After this many hung cases the run stops: each one leaves a thread spinning that the run cannot kill.</summary>
    public const int MaxTimeouts = 3;

    public static FuzzSettings FromEnvironment() => new(
        Number("PULSETICGEN_FUZZ_CASES") ?? CiCases,
        Number("PULSETICGEN_FUZZ_SEED") ?? CiSeed,
        Number("PULSETICGEN_FUZZ_COMPILE_EVERY") ?? CiCompileEvery,
        Number("PULSETICGEN_FUZZ_CASE"),
        DefaultCaseTimeout)
    {
        Strict = Number("PULSETICGEN_FUZZ_STRICT") is > 0,
    };

    public bool IsCiRun => Cases == CiCases && Seed == CiSeed && OnlyCase is null;

    /// <summary>
    /// Each case has its own seed, so any one of them can be rebuilt without running the ones before it. A fixed mix
    /// (SplitMix64's finaliser), not <see cref="HashCode"/>, whose seed changes with every process.
    /// </summary>
    public int CaseSeed(int index)
    {
        ulong z = unchecked(((ulong)(uint)Seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }

    private static int? Number(string name)
    {
        string? text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0
            ? value
            : throw new ArgumentException($"{name} must be a non-negative integer, not '{text}'.");
    }
}
