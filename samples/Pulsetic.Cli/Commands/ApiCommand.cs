using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands;

/// <summary>
/// A command that calls the API: connects with the resolved credentials, runs, and returns 0. Failures are exceptions
/// (<see cref="UsageException"/>, the runtime's <c>ApiException</c>s), which the host turns into one line and an exit code.
/// </summary>
internal abstract class ApiCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : ApiSettings
{
    protected ApiCommand(CliServices services)
    {
        Services = services;
    }

    protected CliServices Services { get; }

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        using PulseticClient client = Services.Connect(settings);
        var output = new CommandOutput(Services.Output, settings.Json);
        await RunAsync(client, settings, output, cancellationToken).ConfigureAwait(false);
        return ExitCodes.Success;
    }

    protected abstract Task RunAsync(IPulseticClient api, TSettings settings, CommandOutput output, CancellationToken cancellationToken);
}
