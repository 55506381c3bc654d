using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Xunit;

namespace PulseticGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions: <c>Name.verified.cs</c> is committed beside the test;
/// a mismatch writes <c>Name.received.cs</c> next to it and fails. Set <c>PULSETICGEN_ACCEPT_SNAPSHOTS=1</c>
/// (or Verify's own <c>Verify_AutoVerify=true</c>) to accept the received output as the new verified file.
/// The folder comes from the project file at build time (see the csproj), not from <c>[CallerFilePath]</c>, which
/// a CI build rewrites to <c>/_/</c>.
/// </summary>
internal static class Snapshot
{
    private static readonly string SnapshotDirectory = typeof(Snapshot).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "SnapshotDirectory").Value!;

    public static void Match(string name, string actual, string extension = "cs")
    {
        string directory = SnapshotDirectory;
        string verified = Path.Combine(directory, $"{name}.verified.{extension}");
        string received = Path.Combine(directory, $"{name}.received.{extension}");
        string normalized = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == normalized)
        {
            File.Delete(received);
            return;
        }

        if (Accepting)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllText(received, normalized);
        Assert.Fail(File.Exists(verified)
            ? $"Snapshot '{name}' changed. Compare {received} with {verified}; accept with PULSETICGEN_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot '{name}' has no verified file yet. Review {received}; accept with PULSETICGEN_ACCEPT_SNAPSHOTS=1.");
    }

    private static bool Accepting =>
        Environment.GetEnvironmentVariable("PULSETICGEN_ACCEPT_SNAPSHOTS") is "1" or "true"
        || string.Equals(Environment.GetEnvironmentVariable("Verify_AutoVerify"), "true", StringComparison.OrdinalIgnoreCase);
}
