using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Commands;
using Pulsetic.Cli.Commands.Domains;
using Pulsetic.Cli.Commands.Heartbeats;
using Pulsetic.Cli.Commands.Monitors;
using Pulsetic.Cli.Commands.StatusPages;
using Pulsetic.Cli.Demo;
using Pulsetic.Cli.Hosting;
using PulseticGen.Runtime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli;

/// <summary>The <c>pulsetic</c> tool: its command tree, and the one place failures become an exit code and a line.</summary>
internal static class PulseticCli
{
    /// <summary>Runs the tool as the process would, against the given consoles and environment.</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="output">Where results go (standard output).</param>
    /// <param name="environment">Variables and home directory; <see cref="CliEnvironment.FromProcess"/> in production.</param>
    /// <param name="errors">Where errors, progress and <c>--verbose</c> lines go (standard error); <paramref name="output"/> when omitted.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>0 on success, 1 when the API call failed, 2 for a usage error, 130 when cancelled.</returns>
    public static async Task<int> RunAsync(string[] args, IAnsiConsole output, CliEnvironment environment, IAnsiConsole? errors = null, CancellationToken cancellationToken = default)
    {
        var redactor = new SecretRedactor();
        var services = new CliServices(output, errors ?? output, environment, redactor);
        Output.Display.Zone = environment.TimeZone;

        // Secrets on the command line are known before Spectre parses it: a parse error may quote any argument.
        foreach (string secret in CommandLine.FindSecretValues(args))
        {
            redactor.Add(secret);
        }

        if (args.Length == 0)
        {
            // Nothing configured yet: show what the tool does instead of failing on a missing token.
            args = ApiCredentials.IsTokenConfigured(environment) ? ["--help"] : ["demo"];
        }

        try
        {
            int exitCode = await CreateApp(services).RunAsync(CommandLine.HoistGlobalOptions(args), cancellationToken).ConfigureAwait(false);

            // Commands return 0 or throw; anything else is Spectre showing help for an incomplete command line.
            return exitCode == ExitCodes.Success ? ExitCodes.Success : ExitCodes.UsageError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            services.WriteErrorLine("Cancelled.");
            return ExitCodes.Cancelled;
        }
        catch (Exception exception)
        {
            (int exitCode, string line) = ErrorReport.Describe(exception, services.TokenSource);
            services.WriteErrorLine(ErrorReport.OneLine(line));
            return exitCode;
        }
    }

    private static CommandApp CreateApp(CliServices services)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("pulsetic");
            config.ConfigureConsole(services.Output);
            config.Settings.Registrar.RegisterInstance(services);
            config.PropagateExceptions();
            config.UseStrictParsing();

            config.AddExample("demo");
            config.AddExample("monitors", "list", "--all");
            config.AddExample("monitors", "checks", "115988", "--from", "24h");
            config.AddExample("incident-updates", "create", "42", "--status", "resolved", "--message", "\"Fixed.\"");

            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Walk through a session against a built-in simulator of the API. No account or network needed.");
            config.AddCommand<EndpointsCommand>("endpoints")
                .WithDescription("List every operation of the Pulsetic API this tool's client was generated from.");

            config.AddBranch("monitors", monitors =>
            {
                monitors.SetDescription("Uptime monitors and their history.");
                monitors.AddCommand<ListMonitorsCommand>("list").WithDescription("List monitors (--all for every page).");
                monitors.AddCommand<GetMonitorCommand>("get").WithDescription("Show one monitor.");
                monitors.AddCommand<CreateMonitorsCommand>("create").WithDescription("Create a monitor for each URL.");
                monitors.AddCommand<UpdateMonitorCommand>("update").WithDescription("Change a monitor's settings.");
                monitors.AddCommand<DeleteMonitorCommand>("delete").WithDescription("Delete a monitor.");
                monitors.AddCommand<ListChecksCommand>("checks").WithDescription("Raw check results.");
                monitors.AddCommand<ListEventsCommand>("events").WithDescription("When the monitor went offline and came back.");
                monitors.AddCommand<ListSnapshotsCommand>("snapshots").WithDescription("Hourly aggregates per location.");
                monitors.AddCommand<GetDowntimeCommand>("downtime").WithDescription("Total downtime.");
                monitors.AddCommand<GetStatsCommand>("stats").WithDescription("Uptime, downtime and response time per period.");
            });

            config.AddBranch("notification-channels", channels =>
            {
                channels.SetDescription("Where a monitor's alerts go.");
                channels.AddCommand<ListNotificationChannelsCommand>("list").WithDescription("List a monitor's channels.");
                channels.AddCommand<CreateNotificationChannelCommand>("create").WithDescription("Add a channel to a monitor.");
                channels.AddCommand<DeleteNotificationChannelCommand>("delete").WithDescription("Delete a channel.");
            });

            config.AddBranch("status-pages", pages =>
            {
                pages.SetDescription("Public status pages.");
                pages.AddCommand<ListStatusPagesCommand>("list").WithDescription("List status pages.");
                pages.AddCommand<CreateStatusPageCommand>("create").WithDescription("Create a status page.");
                pages.AddCommand<UpdateStatusPageCommand>("update").WithDescription("Replace a status page's settings.");
                pages.AddCommand<DeleteStatusPageCommand>("delete").WithDescription("Delete a status page.");
            });

            config.AddBranch("incidents", incidents =>
            {
                incidents.SetDescription("Incidents on a status page.");
                incidents.AddCommand<ListIncidentsCommand>("list").WithDescription("List a status page's incidents.");
                incidents.AddCommand<CreateIncidentCommand>("create").WithDescription("Open an incident.");
                incidents.AddCommand<UpdateIncidentCommand>("update").WithDescription("Rename an incident.");
                incidents.AddCommand<DeleteIncidentCommand>("delete").WithDescription("Delete an incident.");
            });

            config.AddBranch("incident-updates", updates =>
            {
                updates.SetDescription("An incident's timeline: post progress, or resolve it.");
                updates.AddCommand<CreateIncidentUpdateCommand>("create").WithDescription("Post an update to an incident (--status resolved closes it).");
                updates.AddCommand<UpdateIncidentUpdateCommand>("update").WithDescription("Correct an update.");
                updates.AddCommand<DeleteIncidentUpdateCommand>("delete").WithDescription("Delete an update.");
            });

            config.AddBranch("maintenance", maintenance =>
            {
                maintenance.SetDescription("Scheduled maintenance windows on a status page.");
                maintenance.AddCommand<CreateMaintenanceCommand>("create").WithDescription("Schedule maintenance.");
                maintenance.AddCommand<UpdateMaintenanceCommand>("update").WithDescription("Reschedule maintenance.");
                maintenance.AddCommand<DeleteMaintenanceCommand>("delete").WithDescription("Cancel maintenance.");
            });

            config.AddBranch("heartbeats", heartbeats =>
            {
                heartbeats.SetDescription("Heartbeat monitors for cron jobs.");
                heartbeats.AddCommand<ListHeartbeatsCommand>("list").WithDescription("List heartbeats.");
                heartbeats.AddCommand<GetHeartbeatCommand>("get").WithDescription("Show one heartbeat.");
                heartbeats.AddCommand<CreateHeartbeatCommand>("create").WithDescription("Create a heartbeat.");
                heartbeats.AddCommand<UpdateHeartbeatCommand>("update").WithDescription("Change a heartbeat.");
                heartbeats.AddCommand<DeleteHeartbeatCommand>("delete").WithDescription("Delete a heartbeat.");
            });

            config.AddBranch("domains", domains =>
            {
                domains.SetDescription("Domain-expiry monitors.");
                domains.AddCommand<ListDomainsCommand>("list").WithDescription("List domains.");
                domains.AddCommand<CreateDomainsCommand>("create").WithDescription("Watch one or more domains.");
                domains.AddCommand<UpdateDomainCommand>("update").WithDescription("Change a domain's alerts.");
                domains.AddCommand<DeleteDomainCommand>("delete").WithDescription("Stop watching a domain.");
            });
        });
        return app;
    }
}
