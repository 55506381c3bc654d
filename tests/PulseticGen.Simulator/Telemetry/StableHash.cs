namespace PulseticGen.Simulator.Telemetry;

/// <summary>
/// SplitMix64-based hashing of a few integers: the source of every "random" figure, so the same seed, monitor and
/// instant always give the same answer, in any process (unlike <see cref="System.HashCode"/>, which is salted per process).
/// </summary>
internal static class StableHash
{
    public static ulong Of(long a, long b, long c = 0, long d = 0, long e = 0)
    {
        ulong h = Mix(unchecked((ulong)a));
        h = Mix(h ^ unchecked((ulong)b));
        h = Mix(h ^ unchecked((ulong)c));
        h = Mix(h ^ unchecked((ulong)d));
        return Mix(h ^ unchecked((ulong)e));
    }

    /// <summary>A value in [0, 1).</summary>
    public static double Unit(long a, long b, long c = 0, long d = 0, long e = 0) =>
        (Of(a, b, c, d, e) >> 11) * (1.0 / 9007199254740992.0);

    /// <summary>A positive id below 2^53, safe for JavaScript consumers too.</summary>
    public static long Id(long a, long b, long c = 0, long d = 0, long e = 0) =>
        (long)(Of(a, b, c, d, e) & ((1UL << 53) - 1)) | 1;

    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15UL;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
            return x ^ (x >> 31);
        }
    }
}
