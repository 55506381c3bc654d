using System.ComponentModel;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands.StatusPages;

/// <summary>The status, message and time of an incident's timeline entry, shared by every command that writes one.</summary>
internal class IncidentEntrySettings : ApiSettings
{
    public static readonly string[] Statuses = ["investigating", "identified", "monitoring", "resolved", "exploring"];

    [CommandOption("--message <TEXT>")]
    [Description("Text shown on the status page (required).")]
    public string? Message { get; set; }

    [CommandOption("--date <TIME>")]
    [Description("Time of the entry, 'YYYY-MM-DD HH:mm' (the server's default is now).")]
    public string? Date { get; set; }

    protected virtual string? EntryStatus => null;

    public override ValidationResult Validate() => OptionValues.All(
        string.IsNullOrWhiteSpace(Message) ? ValidationResult.Error("--message is required.") : ValidationResult.Success(),
        OptionValues.OneOf("--status", EntryStatus, Statuses),
        Date is not null && !IsEntryTime(Date) ? ValidationResult.Error($"--date '{Date}' must look like 2026-04-12 14:30.") : ValidationResult.Success());

    public IncidentUpdateInput ToEntry() => new()
    {
        Status = new IncidentStatus(EntryStatus ?? "investigating"),
        Message = Message!,
        Date = Date,
    };

    private static bool IsEntryTime(string value) => System.DateTime.TryParseExact(
        value, ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}

/// <summary><c>incidents list STATUS_PAGE_ID</c>.</summary>
internal sealed class ListIncidentsCommand : ApiCommand<ListIncidentsCommand.Settings>
{
    public ListIncidentsCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandArgument(0, "<STATUS_PAGE_ID>")]
        public long StatusPageId { get; set; }
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IncidentList incidents = await api.Incidents.ListAsync(settings.StatusPageId, cancellationToken).ConfigureAwait(false);
        output.WriteList(incidents.Data, PulseticJsonContext.Default.Incident, StatusPageViews.Incidents);
    }
}

/// <summary><c>incidents create STATUS_PAGE_ID --title T --message M</c>: opens an incident with its first update.</summary>
internal sealed class CreateIncidentCommand : ApiCommand<CreateIncidentCommand.Settings>
{
    public CreateIncidentCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : IncidentEntrySettings
    {
        [CommandArgument(0, "<STATUS_PAGE_ID>")]
        public long StatusPageId { get; set; }

        [CommandOption("--title <TITLE>")]
        [Description("Incident title (required).")]
        public string? Title { get; set; }

        [CommandOption("--status <STATUS>")]
        [Description("investigating (default), identified, monitoring, resolved or exploring.")]
        public string Status { get; set; } = "investigating";

        protected override string? EntryStatus => Status;

        public override ValidationResult Validate() => OptionValues.All(
            string.IsNullOrWhiteSpace(Title) ? ValidationResult.Error("--title is required.") : ValidationResult.Success(),
            base.Validate());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var request = new CreateIncidentRequest { Title = settings.Title!, Update = settings.ToEntry() };
        IncidentResponse response = await api.Incidents.CreateAsync(settings.StatusPageId, request, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Incident, StatusPageViews.Incident);
    }
}

/// <summary><c>incidents update INCIDENT_ID --title T</c>: renames an incident; its status changes through incident updates.</summary>
internal sealed class UpdateIncidentCommand : ApiCommand<UpdateIncidentCommand.Settings>
{
    public UpdateIncidentCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : IdSettings
    {
        [CommandOption("--title <TITLE>")]
        [Description("New title (required). To change the status, use 'incident-updates create'.")]
        public string? Title { get; set; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Title) ? ValidationResult.Error("--title is required.") : ValidationResult.Success();
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IncidentResponse response = await api.Incidents.UpdateAsync(settings.Id, new UpdateIncidentRequest { Title = settings.Title! }, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Incident, StatusPageViews.Incident);
    }
}

/// <summary><c>incidents delete INCIDENT_ID</c>.</summary>
internal sealed class DeleteIncidentCommand : ApiCommand<IdSettings>
{
    public DeleteIncidentCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.Incidents.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("incident", settings.Id);
    }
}

/// <summary>Options of <c>incident-updates create</c> and <c>update</c>: the target id, and a required status.</summary>
internal sealed class IncidentUpdateSettings : IncidentEntrySettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The incident's id (create) or the update's id (update).")]
    public long Id { get; set; }

    [CommandOption("--status <STATUS>")]
    [Description("investigating, identified, monitoring, resolved or exploring (required).")]
    public string? Status { get; set; }

    protected override string? EntryStatus => Status;

    public override ValidationResult Validate() => OptionValues.All(
        Status is null ? ValidationResult.Error("--status is required.") : ValidationResult.Success(),
        base.Validate());
}

/// <summary><c>incident-updates create INCIDENT_ID --status resolved --message M</c>: posts to the incident's timeline.</summary>
internal sealed class CreateIncidentUpdateCommand : ApiCommand<IncidentUpdateSettings>
{
    public CreateIncidentUpdateCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IncidentUpdateSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IncidentUpdateResponse response = await api.IncidentUpdates.CreateAsync(settings.Id, settings.ToEntry(), cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.IncidentUpdate, StatusPageViews.Update);
    }
}

/// <summary><c>incident-updates update UPDATE_ID --status S --message M</c>: corrects a timeline entry.</summary>
internal sealed class UpdateIncidentUpdateCommand : ApiCommand<IncidentUpdateSettings>
{
    public UpdateIncidentUpdateCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IncidentUpdateSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IncidentUpdateResponse response = await api.IncidentUpdates.UpdateAsync(settings.Id, settings.ToEntry(), cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.IncidentUpdate, StatusPageViews.Update);
    }
}

/// <summary><c>incident-updates delete UPDATE_ID</c>.</summary>
internal sealed class DeleteIncidentUpdateCommand : ApiCommand<IdSettings>
{
    public DeleteIncidentUpdateCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.IncidentUpdates.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("incident update", settings.Id);
    }
}
