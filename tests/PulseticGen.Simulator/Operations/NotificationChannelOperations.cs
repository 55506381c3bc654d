using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Json;
using PulseticGen.Simulator.State;
using static PulseticGen.Simulator.Operations.OperationSupport;

namespace PulseticGen.Simulator.Operations;

/// <summary>listNotificationChannels, createNotificationChannel, deleteNotificationChannel.</summary>
internal static class NotificationChannelOperations
{
    /// <summary>The body field each channel type reads (the spec's table on <c>NotificationChannelInput</c>).</summary>
    private static readonly Dictionary<string, string> TargetField = new()
    {
        ["email"] = "email",
        ["phone-number"] = "phone_number",
        ["webhook"] = "webhook",
        ["slack-webhook"] = "webhook_url",
        ["discord-webhook"] = "webhook",
        ["ms-teams-webhook"] = "webhook",
        ["signl4"] = "signl4_webhook",
    };

    public static void Register(IDictionary<string, OperationHandler> handlers)
    {
        handlers["listNotificationChannels"] = List;
        handlers["createNotificationChannel"] = Create;
        handlers["deleteNotificationChannel"] = Delete;
    }

    private static SimResponse List(ApiCall call)
    {
        long monitorId = call.State.Monitor(call.Id("monitorId")).Id;
        JsonNode?[] channels = call.State.Channels.Values
            .Where(channel => channel.MonitorId == monitorId)
            .Select(channel => (JsonNode?)ResourceJson.Channel(channel))
            .ToArray();
        return SimResponse.Json(200, new JsonArray(channels));
    }

    private static SimResponse Create(ApiCall call)
    {
        long monitorId = call.State.Monitor(call.Id("monitorId")).Id;
        string type = call.Route("channelType");
        string field = TargetField[type];
        string? target = String(call.Body[field]);
        var errors = new FieldErrors();
        string attribute = field.Replace('_', ' ');
        if (string.IsNullOrWhiteSpace(target))
        {
            errors.Add(field, $"The {attribute} field is required.");
        }
        else if (type == "email" && !IsEmail(target))
        {
            errors.Add(field, $"The {attribute} field must be a valid email address.");
        }
        else if (type == "phone-number" && !IsPhoneNumber(target))
        {
            errors.Add(field, $"The {attribute} field format is invalid.");
        }
        else if (type is not ("email" or "phone-number") && !IsHttpUrl(target))
        {
            errors.Add(field, $"The {attribute} field must be a valid URL.");
        }

        errors.ThrowIfAny();

        var channel = new NotificationChannelEntity
        {
            Id = call.State.NextChannelId(),
            MonitorId = monitorId,
            Via = type,
            Email = type == "email" ? target : null,
            PhoneNumber = type == "phone-number" ? target : null,
            Sms = type == "phone-number" ? Bool(call.Body["sms"]) ?? true : null,
            Calls = type == "phone-number" ? Bool(call.Body["calls"]) ?? false : null,
            Webhook = field == "webhook" ? target : null,
            WebhookUrl = field == "webhook_url" ? target : null,
            Signl4Webhook = field == "signl4_webhook" ? target : null,
            CreatedAt = call.Now,
        };
        call.State.Channels[channel.Id] = channel;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Channel(channel)));
    }

    private static SimResponse Delete(ApiCall call)
    {
        long id = call.Id("channelId");
        SimulatorState.Find(call.State.Channels, id, "NotificationChannel");
        call.State.Channels.Remove(id);
        return SimResponse.Empty(204);
    }

    private static bool IsEmail(string text)
    {
        int at = text.IndexOf('@', System.StringComparison.Ordinal);
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
    }

    // International format: a plus and 7 to 15 digits.
    private static bool IsPhoneNumber(string text) =>
        text.Length is >= 8 and <= 16 && text[0] == '+' && text.Skip(1).All(char.IsAsciiDigit);
}
