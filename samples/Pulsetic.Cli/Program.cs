// The `pulsetic` tool's entry point: wires the real terminal and process environment into PulseticCli, which the
// tests drive directly with a Spectre TestConsole.
using System;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli;
using Pulsetic.Cli.Hosting;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the command stop cleanly (and say so) instead of the runtime killing the process mid-write.
    e.Cancel = true;
    cancellation.Cancel();
};

// Spectre detects each stream on its own: colours and live progress only where that stream is a terminal.
IAnsiConsole output = AnsiConsole.Console;
IAnsiConsole errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
if (!output.Profile.Out.IsTerminal)
{
    // A file or a CI log has no width; Spectre would assume 80 columns and fold every URL in a table.
    output.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out int columns) && columns > 0 ? columns : 120;
}

return await PulseticCli.RunAsync(args, output, CliEnvironment.FromProcess(), errors, cancellation.Token);
