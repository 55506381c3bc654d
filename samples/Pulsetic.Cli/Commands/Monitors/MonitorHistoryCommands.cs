using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands.Monitors;

/// <summary>Options of the commands that read a monitor's history over a time window.</summary>
internal class MonitorWindowSettings : IdSettings
{
    [CommandOption("--from <TIME>")]
    [Description("Start of the window: 'YYYY-MM-DD HH:MM:SS' (UTC), ISO 8601, or a look-back such as 24h or 7d.")]
    public string? From { get; set; }

    [CommandOption("--to <TIME>")]
    [Description("End of the window, in the same forms as --from.")]
    public string? To { get; set; }

    public override ValidationResult Validate() => OptionValues.ValidateWindow(From, To);
}

/// <summary><c>monitors checks ID</c>: raw check results.</summary>
internal sealed class ListChecksCommand : ApiCommand<ListChecksCommand.Settings>
{
    public ListChecksCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : MonitorWindowSettings
    {
        [CommandOption("--node <NODE>")]
        [Description("Only checks from this node (location); repeatable.")]
        public string[]? Nodes { get; set; }

        [CommandOption("--response-code <CODE>")]
        [Description("Only checks that got this HTTP status; repeatable.")]
        public long[]? ResponseCodes { get; set; }

        [CommandOption("--per-page <N>")]
        [Description("How many checks to return.")]
        public long? PerPage { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            base.Validate(),
            PerPage is < 1 ? ValidationResult.Error("--per-page must be 1 or more.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IReadOnlyList<MonitorCheck> checks = await api.Monitors.ListChecksAsync(
            settings.Id,
            OptionValues.QueryTime(settings.From),
            OptionValues.QueryTime(settings.To),
            settings.Nodes,
            settings.ResponseCodes,
            settings.PerPage,
            cancellationToken).ConfigureAwait(false);
        output.WriteList(checks, PulseticJsonContext.Default.MonitorCheck, MonitorViews.Checks);
    }
}

/// <summary><c>monitors events ID</c>: when the monitor went offline and came back.</summary>
internal sealed class ListEventsCommand : ApiCommand<ListEventsCommand.Settings>
{
    public ListEventsCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : MonitorWindowSettings
    {
        [CommandOption("--type <TYPE>")]
        [Description("online or offline.")]
        public string? Type { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            base.Validate(),
            OptionValues.OneOf("--type", Type?.ToLowerInvariant(), ["online", "offline"]));
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        MonitorEventType? type = settings.Type?.ToLowerInvariant() switch
        {
            "online" => MonitorEventType.Online,
            "offline" => MonitorEventType.Offline,
            _ => null,
        };
        IReadOnlyList<MonitorEvent> events = await api.Monitors.ListEventsAsync(
            settings.Id, OptionValues.QueryTime(settings.From), OptionValues.QueryTime(settings.To), type, cancellationToken).ConfigureAwait(false);
        output.WriteList(events, PulseticJsonContext.Default.MonitorEvent, MonitorViews.Events);
    }
}

/// <summary><c>monitors snapshots ID</c>: hourly aggregates per node.</summary>
internal sealed class ListSnapshotsCommand : ApiCommand<ListSnapshotsCommand.Settings>
{
    public ListSnapshotsCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : MonitorWindowSettings
    {
        [CommandOption("--page <N>")]
        public long? Page { get; set; }

        [CommandOption("--per-page <N>")]
        public long? PerPage { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            base.Validate(),
            Page is < 1 ? ValidationResult.Error("--page must be 1 or more.") : ValidationResult.Success(),
            PerPage is < 1 ? ValidationResult.Error("--per-page must be 1 or more.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IReadOnlyList<MonitorSnapshot> snapshots = await api.Monitors.ListSnapshotsAsync(
            settings.Id, OptionValues.QueryTime(settings.From), OptionValues.QueryTime(settings.To), settings.Page, settings.PerPage, cancellationToken).ConfigureAwait(false);
        output.WriteList(snapshots, PulseticJsonContext.Default.MonitorSnapshot, MonitorViews.Snapshots);
    }
}

/// <summary><c>monitors downtime ID</c>: total downtime, optionally over a look-back window.</summary>
internal sealed class GetDowntimeCommand : ApiCommand<GetDowntimeCommand.Settings>
{
    public GetDowntimeCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : IdSettings
    {
        [CommandOption("--window <SPAN>")]
        [Description("Only count downtime this far back, e.g. 24h, 7d or 30d. Default: the API's own window.")]
        public string? Window { get; set; }

        public override ValidationResult Validate() =>
            Window is not null && !OptionValues.TryParseLookBack(Window, out _)
                ? ValidationResult.Error($"--window '{Window}' is not a span: use a number and a unit, such as 90m, 24h or 30d.")
                : ValidationResult.Success();
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        long? windowSeconds = settings.Window is { } window && OptionValues.TryParseLookBack(window, out TimeSpan span)
            ? (long)span.TotalSeconds
            : null;
        double downtime = await api.Monitors.GetDowntimeAsync(settings.Id, windowSeconds, cancellationToken).ConfigureAwait(false);
        string over = settings.Window is { } shown ? $" in the last {Markup.Escape(shown)}" : string.Empty;
        output.WriteResult(
            writer =>
            {
                writer.WriteNumber("monitor_id", settings.Id);
                writer.WriteNumber("downtime_seconds", downtime);
                if (windowSeconds is { } seconds)
                {
                    writer.WriteNumber("window_seconds", seconds);
                }
            },
            downtime > 0
                ? $"Monitor {settings.Id} was down for [red]{Display.Duration(downtime)}[/] ({downtime.ToString("0", CultureInfo.InvariantCulture)} s){over}."
                : $"Monitor {settings.Id} had [green]no downtime[/]{over}.");
    }
}

/// <summary><c>monitors stats ID</c>: uptime, downtime and response time per period.</summary>
internal sealed class GetStatsCommand : ApiCommand<IdSettings>
{
    public GetStatsCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, MonitorStatsPeriod> stats = await api.Monitors.GetStatsAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Write(stats, PulseticJsonContext.Default.DictionaryOfMonitorStatsPeriod, MonitorViews.Stats);
    }
}
