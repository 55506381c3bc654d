using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands.StatusPages;

/// <summary><c>status-pages list</c>.</summary>
internal sealed class ListStatusPagesCommand : ApiCommand<ListStatusPagesCommand.Settings>
{
    public ListStatusPagesCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandOption("--page <N>")]
        public long? Page { get; set; }

        [CommandOption("--per-page <N>")]
        public long? PerPage { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            Page is < 1 ? ValidationResult.Error("--page must be 1 or more.") : ValidationResult.Success(),
            PerPage is < 1 ? ValidationResult.Error("--per-page must be 1 or more.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        StatusPageList pages = await api.StatusPages.ListAsync(settings.Page, settings.PerPage, cancellationToken).ConfigureAwait(false);
        output.WriteList(pages.Data, PulseticJsonContext.Default.StatusPage, StatusPageViews.List);
    }
}

/// <summary>
/// The body of <c>status-pages create</c> and <c>update</c>. Pulsetic's own integration sends the whole page on update
/// too, so both commands take the same options and both need the title and the monitors.
/// </summary>
internal class StatusPageInputSettings : ApiSettings
{
    [CommandOption("--title <TITLE>")]
    [Description("Page title (required).")]
    public string? Title { get; set; }

    [CommandOption("--monitor <ID>")]
    [Description("Id of a monitor to show; repeat for each (at least one).")]
    public long[]? Monitors { get; set; }

    [CommandOption("--domain <DOMAIN>")]
    [Description("Custom domain.")]
    public string? Domain { get; set; }

    [CommandOption("--meta-title <TITLE>")]
    [Description("HTML title of the page.")]
    public string? MetaTitle { get; set; }

    [CommandOption("--private")]
    [Description("Protect the page with --password.")]
    public bool Private { get; set; }

    [CommandOption("--password <PASSWORD>")]
    [Description("Password of a private page.")]
    public string? Password { get; set; }

    [CommandOption("--subscribe-to-updates")]
    [Description("Let visitors subscribe to updates.")]
    public bool SubscribeToUpdates { get; set; }

    [CommandOption("--remove-branding")]
    [Description("Hide Pulsetic branding.")]
    public bool RemoveBranding { get; set; }

    public override ValidationResult Validate() => OptionValues.All(
        string.IsNullOrWhiteSpace(Title) ? ValidationResult.Error("--title is required.") : ValidationResult.Success(),
        Monitors is not { Length: > 0 } ? ValidationResult.Error("Give at least one --monitor ID to show on the page.") : ValidationResult.Success(),
        Private && Password is null ? ValidationResult.Error("--private needs --password.") : ValidationResult.Success());

    public StatusPageInput ToInput() => new()
    {
        Title = Title!,
        Monitors = Monitors!,
        Domain = Domain,
        MetaTitle = MetaTitle,
        Private = Private ? true : null,
        Password = Password,
        SubscribeToUpdates = SubscribeToUpdates ? true : null,
        RemoveBranding = RemoveBranding ? true : null,
    };
}

/// <summary><c>status-pages create --title T --monitor ID...</c>.</summary>
internal sealed class CreateStatusPageCommand : ApiCommand<StatusPageInputSettings>
{
    public CreateStatusPageCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, StatusPageInputSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        Services.Redactor.Add(settings.Password);
        StatusPageResponse response = await api.StatusPages.CreateAsync(settings.ToInput(), cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.StatusPage, StatusPageViews.Details);
    }
}

/// <summary><c>status-pages update ID --title T --monitor ID...</c>.</summary>
internal sealed class UpdateStatusPageCommand : ApiCommand<UpdateStatusPageCommand.Settings>
{
    public UpdateStatusPageCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : StatusPageInputSettings
    {
        [CommandArgument(0, "<ID>")]
        [Description("The status page's id.")]
        public long Id { get; set; }
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        Services.Redactor.Add(settings.Password);
        StatusPageResponse response = await api.StatusPages.UpdateAsync(settings.Id, settings.ToInput(), cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.StatusPage, StatusPageViews.Details);
    }
}

/// <summary><c>status-pages delete ID</c>.</summary>
internal sealed class DeleteStatusPageCommand : ApiCommand<IdSettings>
{
    public DeleteStatusPageCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.StatusPages.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("status page", settings.Id);
    }
}
