using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands.StatusPages;

/// <summary>
/// The body of <c>maintenance create</c> and <c>update</c>. Pulsetic takes days as <c>YYYY-MM-DD</c> and times of day
/// as <c>hh:mm AM</c>; the options also accept 24-hour times and convert them.
/// </summary>
internal class MaintenanceInputSettings : ApiSettings
{
    [CommandOption("--name <NAME>")]
    [Description("Title of the maintenance (required).")]
    public string? Name { get; set; }

    [CommandOption("--monitor <ID>")]
    [Description("Id of an affected monitor; repeat for each (at least one).")]
    public long[]? Monitors { get; set; }

    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("First day (required).")]
    public string? Date { get; set; }

    [CommandOption("--end-date <YYYY-MM-DD>")]
    [Description("Last day. Default: --date.")]
    public string? EndDate { get; set; }

    [CommandOption("--start <TIME>")]
    [Description("Start time of day, e.g. 02:00 or '02:00 AM' (required).")]
    public string? Start { get; set; }

    [CommandOption("--end <TIME>")]
    [Description("End time of day, e.g. 04:30 or '04:30 AM' (required).")]
    public string? End { get; set; }

    [CommandOption("--timezone <NAME>")]
    [Description("Time-zone name as Pulsetic lists it, e.g. UTC or 'Eastern Standard Time'.")]
    [DefaultValue("UTC")]
    public string Timezone { get; set; } = "UTC";

    [CommandOption("--utc-offset <HOURS>")]
    [Description("The time zone's offset from UTC in hours, e.g. -5 or 5.5.")]
    [DefaultValue(0.0)]
    public double UtcOffset { get; set; }

    [CommandOption("--description <TEXT>")]
    [Description("Longer explanation shown on the status page.")]
    public string? Description { get; set; }

    public override ValidationResult Validate() => OptionValues.All(
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("--name is required.") : ValidationResult.Success(),
        Monitors is not { Length: > 0 } ? ValidationResult.Error("Give at least one --monitor ID.") : ValidationResult.Success(),
        Date is null || !OptionValues.IsDate(Date) ? ValidationResult.Error("--date is required, as YYYY-MM-DD.") : ValidationResult.Success(),
        EndDate is not null && !OptionValues.IsDate(EndDate) ? ValidationResult.Error("--end-date must be YYYY-MM-DD.") : ValidationResult.Success(),
        Start is null || !OptionValues.TryParseTimeOfDay(Start, out _) ? ValidationResult.Error("--start is required, as HH:mm or 'hh:mm AM'.") : ValidationResult.Success(),
        End is null || !OptionValues.TryParseTimeOfDay(End, out _) ? ValidationResult.Error("--end is required, as HH:mm or 'hh:mm AM'.") : ValidationResult.Success(),
        UtcOffset is < -12 or > 14 ? ValidationResult.Error("--utc-offset must be between -12 and 14 hours.") : ValidationResult.Success());

    public MaintenanceInput ToInput()
    {
        OptionValues.TryParseTimeOfDay(Start!, out string start);
        OptionValues.TryParseTimeOfDay(End!, out string end);
        return new MaintenanceInput
        {
            Name = Name!,
            Description = Description,
            Monitors = Monitors!,
            Timezone = new MaintenanceTimezone { Value = Timezone, Offset = UtcOffset },
            Date = new MaintenanceDateRange { Starting = Date!, Ending = EndDate ?? Date! },
            Time = new MaintenanceTimeRange { Starting = start, Ending = end },
        };
    }
}

/// <summary><c>maintenance create STATUS_PAGE_ID ...</c>.</summary>
internal sealed class CreateMaintenanceCommand : ApiCommand<CreateMaintenanceCommand.Settings>
{
    public CreateMaintenanceCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : MaintenanceInputSettings
    {
        [CommandArgument(0, "<STATUS_PAGE_ID>")]
        public long StatusPageId { get; set; }
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        MaintenanceResponse response = await api.Maintenance.CreateAsync(settings.StatusPageId, settings.ToInput(), cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Maintenance, StatusPageViews.Maintenance);
    }
}

/// <summary><c>maintenance update MAINTENANCE_ID ...</c>: sends the whole window again, as Pulsetic's own integration does.</summary>
internal sealed class UpdateMaintenanceCommand : ApiCommand<UpdateMaintenanceCommand.Settings>
{
    public UpdateMaintenanceCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : MaintenanceInputSettings
    {
        [CommandArgument(0, "<MAINTENANCE_ID>")]
        public long Id { get; set; }
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        MaintenanceResponse response = await api.Maintenance.UpdateAsync(settings.Id, settings.ToInput(), cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Maintenance, StatusPageViews.Maintenance);
    }
}

/// <summary><c>maintenance delete MAINTENANCE_ID</c>.</summary>
internal sealed class DeleteMaintenanceCommand : ApiCommand<IdSettings>
{
    public DeleteMaintenanceCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.Maintenance.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("maintenance", settings.Id);
    }
}
