using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Output;
using Spectre.Console;

namespace Pulsetic.Cli.Demo;

/// <summary>
/// The demo's script: what a new user would do on a first day with Pulsetic, each step printed with the command that
/// does the same thing, followed by what that command would show.
/// </summary>
internal sealed class DemoSession
{
    private static readonly (string Url, string Name)[] Sites =
    [
        ("https://shop.example.com", "Shop"),
        ("https://api.example.com", "API"),
        ("https://docs.example.com", "Docs"),
    ];

    private readonly IPulseticClient _api;
    private readonly IAnsiConsole _console;
    private readonly Uri _baseAddress;
    private int _step;

    public DemoSession(IPulseticClient api, IAnsiConsole console, Uri baseAddress)
    {
        _api = api;
        _console = console;
        _baseAddress = baseAddress;
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _console.MarkupLine("[bold]pulsetic demo[/]: a short session against a simulator of the Pulsetic API.");
        _console.MarkupLine($"[grey]The simulator runs inside this process at {Markup.Escape(_baseAddress.ToString())}; nothing leaves this machine.[/]");

        IReadOnlyList<Monitor> created = await CreateMonitorsAsync(cancellationToken).ConfigureAwait(false);
        await ListMonitorsAsync(cancellationToken).ConfigureAwait(false);
        Monitor watched = created[0];
        await ShowHistoryAsync(watched, cancellationToken).ConfigureAwait(false);
        StatusPage page = await CreateStatusPageAsync(created, cancellationToken).ConfigureAwait(false);
        Incident incident = await OpenIncidentAsync(page, watched, cancellationToken).ConfigureAwait(false);
        await ResolveIncidentAsync(incident, cancellationToken).ConfigureAwait(false);
        await CleanUpAsync(page, created, cancellationToken).ConfigureAwait(false);
    }

    public void Finish(int requestCount)
    {
        _console.WriteLine();
        _console.MarkupLine($"[green]Done.[/] {requestCount} requests, all answered by the simulator.");
        _console.MarkupLine("Next, with your own account: [bold]export PULSETIC_API_TOKEN=<token>[/] (from the Pulsetic app's API page),");
        _console.MarkupLine("then [bold]pulsetic monitors list[/].");
        _console.MarkupLine("[grey]pulsetic --help lists every command; pulsetic endpoints lists every API operation.[/]");
    }

    private async Task<IReadOnlyList<Monitor>> CreateMonitorsAsync(CancellationToken cancellationToken)
    {
        Step("Create three monitors", "monitors create " + string.Join(" ", Sites.Select(site => site.Url)) + string.Concat(Sites.Select(site => " --name " + site.Name)));
        var request = new CreateMonitorsRequest { Urls = Sites.Select(site => site.Url).ToArray(), Names = Sites.Select(site => site.Name).ToArray() };
        IReadOnlyList<Monitor> created = await _api.Monitors.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        _console.Write(MonitorViews.List(created));
        return created;
    }

    private async Task ListMonitorsAsync(CancellationToken cancellationToken)
    {
        Step("List every monitor on the account", "monitors list");
        MonitorPage page = await _api.Monitors.ListAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        _console.Write(MonitorViews.List(page.Data));
        _console.MarkupLine($"[grey]Page {page.CurrentPage} of {page.LastPage}. Response times are converted from the seconds Pulsetic reports.[/]");
    }

    private async Task ShowHistoryAsync(Monitor monitor, CancellationToken cancellationToken)
    {
        string id = Id(monitor.Id);
        Step($"Read the latest checks and the downtime of {monitor.Name}", $"monitors checks {id} --per-page 5");
        IReadOnlyList<MonitorCheck> checks = await _api.Monitors.ListChecksAsync(monitor.Id, perPage: 5, cancellationToken: cancellationToken).ConfigureAwait(false);
        _console.Write(MonitorViews.Checks(checks.Take(5).ToList()));

        Command($"monitors downtime {id} --window 30d");
        double downtime = await _api.Monitors.GetDowntimeAsync(monitor.Id, (long)TimeSpan.FromDays(30).TotalSeconds, cancellationToken).ConfigureAwait(false);
        _console.MarkupLine(downtime > 0
            ? $"{Markup.Escape(monitor.Name ?? id)} was down for [red]{Display.Duration(downtime)}[/] in the last 30 days."
            : $"{Markup.Escape(monitor.Name ?? id)} had [green]no downtime[/] in the last 30 days.");
    }

    private async Task<StatusPage> CreateStatusPageAsync(IReadOnlyList<Monitor> monitors, CancellationToken cancellationToken)
    {
        const string Title = "Example Inc. status";
        Step("Publish a status page with the three monitors", $"status-pages create --title \"{Title}\"" + string.Concat(monitors.Select(m => " --monitor " + Id(m.Id))));
        var input = new StatusPageInput { Title = Title, Monitors = monitors.Select(m => m.Id).ToArray() };
        StatusPageResponse response = await _api.StatusPages.CreateAsync(input, cancellationToken).ConfigureAwait(false);
        _console.Write(StatusPageViews.Details(response.Data));
        return response.Data;
    }

    private async Task<Incident> OpenIncidentAsync(StatusPage page, Monitor monitor, CancellationToken cancellationToken)
    {
        string title = $"{monitor.Name} is slow to respond";
        const string Message = "Looking into slow responses.";
        Step("Open an incident on the page", $"incidents create {Id(page.Id)} --title \"{title}\" --message \"{Message}\"");
        var request = new CreateIncidentRequest
        {
            Title = title,
            Update = new IncidentUpdateInput { Status = IncidentStatus.Investigating, Message = Message },
        };
        IncidentResponse response = await _api.Incidents.CreateAsync(RequireId(page.Id, "status page"), request, cancellationToken).ConfigureAwait(false);
        _console.Write(StatusPageViews.Incident(response.Data));
        return response.Data;
    }

    private async Task ResolveIncidentAsync(Incident incident, CancellationToken cancellationToken)
    {
        const string Message = "A slow query was fixed.";
        Step("Resolve it with an incident update", $"incident-updates create {Id(incident.Id)} --status resolved --message \"{Message}\"");
        var update = new IncidentUpdateInput { Status = IncidentStatus.Resolved, Message = Message };
        IncidentUpdateResponse response = await _api.IncidentUpdates.CreateAsync(RequireId(incident.Id, "incident"), update, cancellationToken).ConfigureAwait(false);
        _console.Write(StatusPageViews.Update(response.Data));
    }

    private async Task CleanUpAsync(StatusPage page, IReadOnlyList<Monitor> monitors, CancellationToken cancellationToken)
    {
        Step("Clean up", $"status-pages delete {Id(page.Id)}");
        await _api.StatusPages.DeleteAsync(RequireId(page.Id, "status page"), cancellationToken).ConfigureAwait(false);
        _console.MarkupLine($"[green]Deleted status page {Id(page.Id)}.[/]");
        foreach (Monitor monitor in monitors)
        {
            Command($"monitors delete {Id(monitor.Id)}");
            await _api.Monitors.DeleteAsync(monitor.Id, cancellationToken).ConfigureAwait(false);
            _console.MarkupLine($"[green]Deleted monitor {Id(monitor.Id)} ({Markup.Escape(monitor.Name ?? monitor.Url)}).[/]");
        }
    }

    private void Step(string title, string command)
    {
        _step++;
        _console.WriteLine();
        _console.Write(new Rule($"[bold]{_step}. {Markup.Escape(title)}[/]").LeftJustified().RuleStyle("grey"));
        Command(command);
    }

    private void Command(string command) => _console.MarkupLine($"[grey]$[/] [cyan]pulsetic {Markup.Escape(command)}[/]");

    private static string Id(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "?";

    // The spec leaves ids optional on status pages and incidents; a missing one would make every later step meaningless.
    private static long RequireId(long? id, string what) =>
        id ?? throw new InvalidOperationException($"The API returned a {what} without an id.");
}
