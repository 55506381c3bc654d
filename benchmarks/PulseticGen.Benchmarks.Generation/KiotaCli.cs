using System;
using System.Diagnostics;
using System.IO;

namespace PulseticGen.Benchmarks.Generation;

/// <summary>
/// Runs the Kiota CLI pinned in benchmarks/.config/dotnet-tools.json (restore it first: <c>dotnet tool restore</c> in
/// benchmarks/), the way a user does: <c>dotnet kiota generate -l CSharp -d spec -o folder</c>.
/// </summary>
internal static class KiotaCli
{
    public static string OutputRoot => Path.Combine(Path.GetTempPath(), "pulseticgen-benchmarks", "kiota");

    /// <summary>Generates into <paramref name="outputDirectory"/> (emptied first); throws with the CLI's output when it fails.</summary>
    public static void Generate(string specPath, string outputDirectory)
    {
        (int exitCode, string output) = Run(specPath, outputDirectory);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"kiota exited with {exitCode}:\n{output}");
        }
    }

    /// <summary>One run of the CLI: its exit code and what it printed.</summary>
    public static (int ExitCode, string Output) Run(string specPath, string outputDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SpecFiles.BenchmarksDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[]
        {
            "kiota", "generate", "-l", "CSharp", "-d", specPath, "-o", outputDirectory,
            "-c", "BenchmarkClient", "-n", "KiotaBenchmark", "--clean-output", "--log-level", "Error",
        })
        {
            start.ArgumentList.Add(argument);
        }

        // Hints after the run are noise here. (The update check cannot be switched off by the environment in 1.38; with
        // no network it fails at once on name resolution.)
        start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
        start.Environment["KIOTA_CLI_TELEMETRY_OPTOUT"] = "true";

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
