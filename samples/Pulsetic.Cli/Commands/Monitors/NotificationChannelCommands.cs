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

/// <summary><c>notification-channels list MONITOR_ID</c>.</summary>
internal sealed class ListNotificationChannelsCommand : ApiCommand<ListNotificationChannelsCommand.Settings>
{
    public ListNotificationChannelsCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandArgument(0, "<MONITOR_ID>")]
        public long MonitorId { get; set; }
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        IReadOnlyList<NotificationChannel> channels = await api.NotificationChannels.ListAsync(settings.MonitorId, cancellationToken).ConfigureAwait(false);
        output.WriteList(channels, PulseticJsonContext.Default.NotificationChannel, AccountViews.NotificationChannels);
    }
}

/// <summary>
/// <c>notification-channels create MONITOR_ID TYPE --to DESTINATION</c>. Each channel type reads its destination from a
/// differently named field (Slack's is <c>webhook_url</c>, SIGNL4's <c>signl4_webhook</c>); <c>--to</c> hides that.
/// </summary>
internal sealed class CreateNotificationChannelCommand : ApiCommand<CreateNotificationChannelCommand.Settings>
{
    private static readonly string[] Types = ["email", "phone-number", "webhook", "slack-webhook", "discord-webhook", "ms-teams-webhook", "signl4"];

    public CreateNotificationChannelCommand(CliServices services)
        : base(services)
    {
    }

    public sealed class Settings : ApiSettings
    {
        [CommandArgument(0, "<MONITOR_ID>")]
        public long MonitorId { get; set; }

        [CommandArgument(1, "<TYPE>")]
        [Description("email, phone-number, webhook, slack-webhook, discord-webhook, ms-teams-webhook or signl4.")]
        public string Type { get; set; } = string.Empty;

        [CommandOption("--to <DESTINATION>")]
        [Description("Email address, phone number (+15551234567) or webhook URL, depending on TYPE.")]
        public string? To { get; set; }

        [CommandOption("--sms")]
        [Description("phone-number: send SMS alerts.")]
        public bool Sms { get; set; }

        [CommandOption("--calls")]
        [Description("phone-number: place voice calls.")]
        public bool Calls { get; set; }

        public override ValidationResult Validate() => OptionValues.All(
            OptionValues.OneOf("TYPE", Type, Types),
            string.IsNullOrWhiteSpace(To) ? ValidationResult.Error("--to is required: the address, number or webhook URL to alert.") : ValidationResult.Success(),
            (Sms || Calls) && Type != "phone-number" ? ValidationResult.Error("--sms and --calls apply to phone-number channels only.") : ValidationResult.Success());
    }

    protected override async Task RunAsync(IPulseticClient api, Settings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        string to = settings.To!;
        NotificationChannelInput body = settings.Type switch
        {
            "email" => new NotificationChannelInput { Email = to },
            "phone-number" => new NotificationChannelInput { PhoneNumber = to, Sms = settings.Sms, Calls = settings.Calls },
            "slack-webhook" => new NotificationChannelInput { WebhookUrl = to },
            "signl4" => new NotificationChannelInput { Signl4Webhook = to },
            _ => new NotificationChannelInput { Webhook = to },
        };
        NotificationChannelResponse response = await api.NotificationChannels.CreateAsync(
            settings.MonitorId, new NotificationChannelType(settings.Type), body, cancellationToken).ConfigureAwait(false);
        output.Write(response.Data, PulseticJsonContext.Default.NotificationChannel, channel => AccountViews.NotificationChannels([channel]));
    }
}

/// <summary><c>notification-channels delete CHANNEL_ID</c>.</summary>
internal sealed class DeleteNotificationChannelCommand : ApiCommand<IdSettings>
{
    public DeleteNotificationChannelCommand(CliServices services)
        : base(services)
    {
    }

    protected override async Task RunAsync(IPulseticClient api, IdSettings settings, CommandOutput output, CancellationToken cancellationToken)
    {
        await api.NotificationChannels.DeleteAsync(settings.Id, cancellationToken).ConfigureAwait(false);
        output.Deleted("notification channel", settings.Id);
    }
}
