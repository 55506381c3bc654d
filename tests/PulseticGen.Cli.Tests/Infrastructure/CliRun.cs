using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Pulsetic.Cli;
using Pulsetic.Cli.Hosting;
using Spectre.Console.Testing;

namespace PulseticGen.Cli.Tests.Infrastructure;

/// <summary>What one run of the tool printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Output, string Errors)
{
    /// <summary>Everything the user saw, both streams.</summary>
    public string All => Output + Errors;

    public IReadOnlyList<string> ErrorLines => Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Errors}";
}

/// <summary>
/// Runs the tool's real entry point in-process with Spectre <see cref="TestConsole"/>s, like a terminal whose output is
/// redirected (no colours, not interactive), in an environment that holds only what the test gives it.
/// </summary>
internal static class CliRun
{
    public static async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? variables = null, int width = 160)
    {
        using var output = new TestConsole();
        using var errors = new TestConsole();
        output.Width(width);
        errors.Width(width);

        // An empty home: the developer's own ~/.config/pulsetic/config.json must never be read by a test.
        string home = Path.Combine(Path.GetTempPath(), "pulsetic-cli-tests-home-" + Guid.NewGuid().ToString("N"));
        var environment = CliEnvironment.FromVariables(variables ?? new Dictionary<string, string>(), home);
        int exitCode = await PulseticCli.RunAsync(args, output, environment, errors);
        return new CliResult(exitCode, output.Output, errors.Output);
    }

    /// <summary>Runs a command against <paramref name="simulator"/>'s address and token, given as options.</summary>
    public static Task<CliResult> RunAsync(SimulatorFixture simulator, params string[] args) =>
        RunAsync([.. args, "--base-url", simulator.BaseAddress.ToString(), "--token", simulator.Token]);
}
