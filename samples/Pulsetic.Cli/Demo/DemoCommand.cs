using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using PulseticGen.Simulator;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Demo;

/// <summary>
/// <c>pulsetic demo</c>, and what a bare <c>pulsetic</c> runs before a token is configured: starts the simulator in this
/// process on a free loopback port and walks through a session against it.
/// </summary>
internal sealed class DemoCommand : AsyncCommand<DemoCommand.Settings>
{
    private readonly CliServices _services;

    public DemoCommand(CliServices services)
    {
        _services = services;
    }

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--verbose")]
        [Description("Also print each request's method, URL, status and time.")]
        public bool Verbose { get; set; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using PulseticSimulator simulator = await PulseticSimulator.StartAsync(new SimulatorOptions(), cancellationToken).ConfigureAwait(false);
        var credentials = new ApiCredentials(simulator.Token, "the simulator", simulator.BaseAddress);
        using PulseticClient client = _services.Connect(credentials, settings.Verbose);
        var session = new DemoSession(client, _services.Output, simulator.BaseAddress);
        await session.RunAsync(cancellationToken).ConfigureAwait(false);
        session.Finish(RequestCount(simulator));
        return ExitCodes.Success;
    }

    // The generated catalog names every operation, so this counts whatever the session called.
    private static int RequestCount(PulseticSimulator simulator)
    {
        int count = 0;
        foreach (PulseticGen.Runtime.ApiEndpoint endpoint in PulseticEndpoints.All)
        {
            count += simulator.CountRequests(endpoint.Method, endpoint.PathTemplate);
        }

        return count;
    }
}
