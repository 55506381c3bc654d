using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands.Monitors;

/// <summary><c>monitors list</c>: one page as a table, or every page with <c>--all</c> behind a progress indicator.</summary>
internal sealed class ListMonitorsCommand : ApiCommand<ListMonitorsCommand.Settings>
{
    public ListMonitorsCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandOption("--page <N>")]
        [Description("Page to show, from 1.")]
        public long? Page { get; set; }

        [CommandOption("--per-page <N>")]
        [Description("Monitors per page.")]
        public long? PerPage { get; set; }

        [CommandOption("--all")]
        [Description("Fetch every page.")]
        public bool All { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            Page is < 1 ? ValidationResult.Error("--page must be 1 or more.") : ValidationResult.Success(),
            PerPage is < 1 ? ValidationResult.Error("--per-page must be 1 or more.") : ValidationResult.Success(),
            All && Page is not null ? ValidationResult.Error("--all fetches every page; leave out --page.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        if (settings.All)
        {
            IReadOnlyList<Monitor> monitors = await FetchAllAsync(api, settings, cancellationToken).ConfigureAwait(false);
            output.WriteList(monitors, PulseticJsonContext.Default.Monitor, MonitorViews.List);
            return;
        }

        MonitorPage page = await api.Monitors.ListAsync(settings.Page, settings.PerPage, cancellationToken).ConfigureAwait(false);
        output.WriteList(page.Data, PulseticJsonContext.Default.Monitor, MonitorViews.List);
        string total = page.Total is { } count ? $", {count} monitors in all" : string.Empty;
        output.Note(page.LastPage > page.CurrentPage
            ? $"[grey]Page {page.CurrentPage} of {page.LastPage}{total}. Next: --page {page.CurrentPage + 1}, or --all for every page.[/]"
            : $"[grey]Page {page.CurrentPage} of {page.LastPage}{total}.[/]");
    }

    private async Task<IReadOnlyList<Monitor>> FetchAllAsync(IPulseticClient api, Settings settings, CancellationToken cancellationToken)
    {
        var monitors = new List<Monitor>();
        async Task FetchAsync(StatusContext? status)
        {
            await foreach (Monitor monitor in api.Monitors.ListAllAsync(settings.PerPage, cancellationToken).ConfigureAwait(false))
            {
                monitors.Add(monitor);
                status?.Status($"Fetching monitors… {monitors.Count} so far");
            }
        }

        if (settings.Verbose)
        {
            // The request lines already show the progress, and would tear through a spinner.
            await FetchAsync(null).ConfigureAwait(false);
        }
        else
        {
            // On standard error, so the spinner never mixes into a table or JSON being piped. Spectre draws nothing
            // animated when that stream is not an interactive terminal.
            await Services.Errors.Status().StartAsync("Fetching monitors…", FetchAsync).ConfigureAwait(false);
        }

        return monitors;
    }
}

/// <summary><c>monitors get ID</c>.</summary>
internal sealed class GetMonitorCommand : ApiCommand<IdSettings>
{
    public GetMonitorCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        MonitorResponse response = await api.Monitors.GetAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Monitor, MonitorViews.Details);
    }
}

/// <summary><c>monitors create URL...</c>: one monitor per URL, in one request.</summary>
internal sealed class CreateMonitorsCommand : ApiCommand<CreateMonitorsCommand.Settings>
{
    public CreateMonitorsCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandArgument(0, "<URL>")]
        [Description("One or more URLs (or hosts, for --type tcp/icmp) to monitor.")]
        public string[] Urls { get; set; } = [];

        [CommandOption("--name <NAME>")]
        [Description("Display name; repeat it to name each URL in order.")]
        public string[]? Names { get; set; }

        [CommandOption("--frequency <SECONDS>")]
        [Description("Seconds between checks.")]
        public long? Frequency { get; set; }

        [CommandOption("--ssl-check")]
        [Description("Also watch the TLS certificate.")]
        public bool SslCheck { get; set; }

        [CommandOption("--type <TYPE>")]
        [Description("http, tcp or icmp.")]
        public string? Type { get; set; }

        [CommandOption("--tcp-ports <PORTS>")]
        [Description("Ports for --type tcp, comma separated.")]
        public string? TcpPorts { get; set; }

        [CommandOption("--add-account-email")]
        [Description("Alert the account's email address when the monitors go down.")]
        public bool AddAccountEmail { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            Names is { } names && names.Length > Urls.Length
                ? ValidationResult.Error($"{names.Length} --name options for {Urls.Length} URL(s); give at most one name per URL.")
                : ValidationResult.Success(),
            OptionValues.OneOf("--type", Type, ["http", "tcp", "icmp"]),
            Frequency is < 1 ? ValidationResult.Error("--frequency must be 1 or more seconds.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var request = new CreateMonitorsRequest
        {
            Urls = settings.Urls,
            Names = settings.Names,
            UptimeCheckFrequency = settings.Frequency,
            SslCheck = settings.SslCheck ? true : null,
            AddAccountEmail = settings.AddAccountEmail ? true : null,
            TcpPorts = settings.TcpPorts,
            Request = settings.Type is { } type ? new MonitorRequestSettings { Type = new MonitorRequestType(type) } : null,
        };
        IReadOnlyList<Monitor> created = await api.Monitors.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        output.WriteList(created, PulseticJsonContext.Default.Monitor, MonitorViews.List);
        output.Note($"[green]Created {created.Count} monitor(s).[/]");
    }
}

/// <summary><c>monitors update ID --name ...</c>: sends only the fields given.</summary>
internal sealed class UpdateMonitorCommand : ApiCommand<UpdateMonitorCommand.Settings>
{
    public UpdateMonitorCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : IdSettings
    {
        [CommandOption("--url <URL>")]
        public string? Url { get; set; }

        [CommandOption("--name <NAME>")]
        public string? Name { get; set; }

        [CommandOption("--frequency <SECONDS>")]
        [Description("Seconds between checks.")]
        public long? Frequency { get; set; }

        [CommandOption("--offline-delay <SECONDS>")]
        [Description("Seconds a monitor must stay down before alerts go out.")]
        public long? OfflineDelay { get; set; }

        [CommandOption("--ssl-check <BOOL>")]
        [Description("true or false.")]
        public bool? SslCheck { get; set; }

        [CommandOption("--tcp-ports <PORTS>")]
        public string? TcpPorts { get; set; }

        [CommandOption("--method <METHOD>")]
        [Description("HTTP method of the check: get, post, put, patch, delete, head or options.")]
        public string? Method { get; set; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Check timeout in seconds (0.5 to 30).")]
        public double? Timeout { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            Url is null && Name is null && Frequency is null && OfflineDelay is null && SslCheck is null && TcpPorts is null && Method is null && Timeout is null
                ? ValidationResult.Error("Nothing to change: give at least one of --url, --name, --frequency, --offline-delay, --ssl-check, --tcp-ports, --method, --timeout.")
                : ValidationResult.Success(),
            OptionValues.OneOf("--method", Method?.ToLowerInvariant(), ["get", "post", "put", "patch", "delete", "head", "options"]),
            Timeout is < 0.5 or > 30 ? ValidationResult.Error("--timeout must be between 0.5 and 30 seconds.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var request = new UpdateMonitorRequest
        {
            Url = settings.Url,
            Name = settings.Name,
            UptimeCheckFrequency = settings.Frequency,
            OfflineNotificationDelay = settings.OfflineDelay,
            SslCheck = settings.SslCheck,
            TcpPorts = settings.TcpPorts,
            Request = settings.Method is null && settings.Timeout is null
                ? null
                : new MonitorRequestSettings
                {
                    Method = settings.Method is { } method ? new MonitorHttpMethod(method.ToLowerInvariant()) : null,
                    Timeout = settings.Timeout,
                },
        };
        MonitorResponse response = await api.Monitors.UpdateAsync(settings.Id, request, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Monitor, MonitorViews.Details);
    }
}

/// <summary><c>monitors delete ID</c>.</summary>
internal sealed class DeleteMonitorCommand : ApiCommand<IdSettings>
{
    public DeleteMonitorCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.Monitors.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("monitor", settings.Id);
    }
}
