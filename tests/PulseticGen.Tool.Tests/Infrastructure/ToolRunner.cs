using System;
using System.IO;
using System.Linq;

namespace PulseticGen.Tool.Tests.Infrastructure;

/// <summary>What one in-process run of the tool printed and returned.</summary>
internal sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>For assertion messages: everything the tool said.</summary>
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}

/// <summary>Runs <c>pulseticgen</c> through its entry point, with captured output instead of the console.</summary>
internal static class ToolRunner
{
    public static string PulseticSpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "pulsetic.openapi.yaml");

    public static ToolRun Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int exitCode = PulseticGenTool.Run(args.ToArray(), stdout, stderr);
        return new ToolRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A fresh folder under the temp directory, deleted with everything in it at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pulseticgen-tests", Guid.NewGuid().ToString("N"));

    public string Write(string fileName, string text)
    {
        string path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
