using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands.Domains;

/// <summary><c>domains list</c>.</summary>
internal sealed class ListDomainsCommand : ApiCommand<ApiSettings>
{
    public ListDomainsCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, ApiSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        DomainList domains = await api.Domains.ListAsync(cancellationToken).ConfigureAwait(false);
        output.WriteList(domains.Data, PulseticJsonContext.Default.Domain, AccountViews.Domains);
    }
}

/// <summary><c>domains create DOMAIN...</c>: watches each domain's registration expiry.</summary>
internal sealed class CreateDomainsCommand : ApiCommand<CreateDomainsCommand.Settings>
{
    public CreateDomainsCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandArgument(0, "<DOMAIN>")]
        [Description("One or more domain names, such as example.com.")]
        public string[] Domains { get; set; } = [];
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        DomainList created = await api.Domains.CreateAsync(new CreateDomainsRequest { Domains = settings.Domains }, cancellationToken).ConfigureAwait(false);
        output.WriteList(created.Data, PulseticJsonContext.Default.Domain, AccountViews.Domains);
    }
}

/// <summary><c>domains update ID ...</c>: sends only the fields given.</summary>
internal sealed class UpdateDomainCommand : ApiCommand<UpdateDomainCommand.Settings>
{
    public UpdateDomainCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : IdSettings
    {
        [CommandOption("--alias <NAME>")]
        [Description("Display name.")]
        public string? Alias { get; set; }

        [CommandOption("--active <BOOL>")]
        [Description("true to watch the domain, false to pause.")]
        public bool? Active { get; set; }

        [CommandOption("--expired-alert <BOOL>")]
        [Description("Alert when the domain has expired (true or false).")]
        public bool? ExpiredAlert { get; set; }

        [CommandOption("--expiring-soon-alert <BOOL>")]
        [Description("Alert when the domain expires soon (true or false).")]
        public bool? ExpiringSoonAlert { get; set; }

        public override ValidationResult Validate() =>
            Alias is null && Active is null && ExpiredAlert is null && ExpiringSoonAlert is null
                ? ValidationResult.Error("Nothing to change: give at least one of --alias, --active, --expired-alert, --expiring-soon-alert.")
                : ValidationResult.Success();
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var request = new UpdateDomainRequest
        {
            Alias = settings.Alias,
            IsActive = settings.Active,

            // The API stores the opposite ("disable_expired_alert"); the options say what the user wants.
            DisableExpiredAlert = settings.ExpiredAlert is { } expired ? !expired : null,
            DisableExpiringSoonAlert = settings.ExpiringSoonAlert is { } soon ? !soon : null,
        };
        DomainResponse response = await api.Domains.UpdateAsync(settings.Id, request, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Domain, domain => AccountViews.Domains([domain]));
    }
}

/// <summary><c>domains delete ID</c>.</summary>
internal sealed class DeleteDomainCommand : ApiCommand<IdSettings>
{
    public DeleteDomainCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.Domains.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("domain", settings.Id);
    }
}
