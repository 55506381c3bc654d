using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic.Cli.Hosting;
using Pulsetic.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands.Heartbeats;

/// <summary><c>heartbeats list</c>.</summary>
internal sealed class ListHeartbeatsCommand : ApiCommand<ApiSettings>
{
    public ListHeartbeatsCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, ApiSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        HeartbeatList heartbeats = await api.Heartbeats.ListAsync(cancellationToken).ConfigureAwait(false);
        output.WriteList(heartbeats.Data, PulseticJsonContext.Default.Heartbeat, AccountViews.Heartbeats);
    }
}

/// <summary><c>heartbeats get ID</c>.</summary>
internal sealed class GetHeartbeatCommand : ApiCommand<IdSettings>
{
    public GetHeartbeatCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        HeartbeatResponse response = await api.Heartbeats.GetAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Heartbeat, AccountViews.Heartbeat);
    }
}

/// <summary><c>heartbeats create --name N</c>.</summary>
internal sealed class CreateHeartbeatCommand : ApiCommand<CreateHeartbeatCommand.Settings>
{
    public CreateHeartbeatCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandOption("--name <NAME>")]
        [Description("Name (required).")]
        public string? Name { get; set; }

        [CommandOption("--interval <SECONDS>")]
        [Description("Expected seconds between pings, e.g. 86400 for a daily job.")]
        public long? Interval { get; set; }

        [CommandOption("--grace <SECONDS>")]
        [Description("Extra seconds to wait before alerting.")]
        public long? Grace { get; set; }

        [CommandOption("--alert-email")]
        public bool AlertEmail { get; set; }

        [CommandOption("--alert-sms")]
        public bool AlertSms { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("--name is required.") : ValidationResult.Success(),
            Interval is < 1 ? ValidationResult.Error("--interval must be 1 or more seconds.") : ValidationResult.Success(),
            Grace is < 0 ? ValidationResult.Error("--grace cannot be negative.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var request = new CreateHeartbeatRequest
        {
            Name = settings.Name!,
            MonitoringInterval = settings.Interval,
            GracePeriod = settings.Grace,
            AlertEmail = settings.AlertEmail ? true : null,
            AlertSms = settings.AlertSms ? true : null,
        };
        HeartbeatResponse response = await api.Heartbeats.CreateAsync(request, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Heartbeat, AccountViews.Heartbeat);
    }
}

/// <summary><c>heartbeats update ID ...</c>: sends only the fields given.</summary>
internal sealed class UpdateHeartbeatCommand : ApiCommand<UpdateHeartbeatCommand.Settings>
{
    public UpdateHeartbeatCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : IdSettings
    {
        [CommandOption("--name <NAME>")]
        public string? Name { get; set; }

        [CommandOption("--interval <SECONDS>")]
        public long? Interval { get; set; }

        [CommandOption("--grace <SECONDS>")]
        public long? Grace { get; set; }

        [CommandOption("--alert-email <BOOL>")]
        [Description("true or false.")]
        public bool? AlertEmail { get; set; }

        [CommandOption("--alert-sms <BOOL>")]
        [Description("true or false.")]
        public bool? AlertSms { get; set; }

        public override ValidationResult Validate() =>
            Name is null && Interval is null && Grace is null && AlertEmail is null && AlertSms is null
                ? ValidationResult.Error("Nothing to change: give at least one of --name, --interval, --grace, --alert-email, --alert-sms.")
                : ValidationResult.Success();
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        var request = new UpdateHeartbeatRequest
        {
            Name = settings.Name,
            MonitoringInterval = settings.Interval,
            GracePeriod = settings.Grace,
            AlertEmail = settings.AlertEmail,
            AlertSms = settings.AlertSms,
        };
        HeartbeatResponse response = await api.Heartbeats.UpdateAsync(settings.Id, request, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.Heartbeat, AccountViews.Heartbeat);
    }
}

/// <summary><c>heartbeats delete ID</c>.</summary>
internal sealed class DeleteHeartbeatCommand : ApiCommand<IdSettings>
{
    public DeleteHeartbeatCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.Heartbeats.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("heartbeat", settings.Id);
    }
}
