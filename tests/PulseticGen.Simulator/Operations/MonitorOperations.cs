using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Json;
using PulseticGen.Simulator.State;
using static PulseticGen.Simulator.Operations.OperationSupport;

namespace PulseticGen.Simulator.Operations;

/// <summary>listMonitors, createMonitors, getMonitor, updateMonitor, deleteMonitor.</summary>
internal static class MonitorOperations
{
    /// <summary>The frequencies accepted, in seconds: the reported plan minimum (30 s) up to a day.</summary>
    public const int MinimumFrequency = 30, MaximumFrequency = 86_400;

    /// <summary>Where <c>add_account_email</c> sends alerts.</summary>
    public const string AccountEmail = "owner@example.com";

    public static void Register(IDictionary<string, OperationHandler> handlers)
    {
        handlers["listMonitors"] = List;
        handlers["createMonitors"] = Create;
        handlers["getMonitor"] = call => SimResponse.Json(200, LaravelJson.Data(Write(call, call.State.Monitor(call.Id("monitorId")), detailed: true)));
        handlers["updateMonitor"] = Update;
        handlers["deleteMonitor"] = Delete;
    }

    private static JsonObject Write(ApiCall call, MonitorEntity monitor, bool detailed) =>
        MonitorJson.Write(monitor, call.State.Telemetry, call.Now, detailed);

    private static SimResponse List(ApiCall call)
    {
        List<JsonNode> all = call.State.Monitors.Values
            .OrderBy(monitor => monitor.Position).ThenBy(monitor => monitor.Id)
            .Select(monitor => (JsonNode)Write(call, monitor, detailed: false))
            .ToList();
        return SimResponse.Json(200, Paginate(call, "/monitors", all, defaultPerPage: 20));
    }

    private static SimResponse Create(ApiCall call)
    {
        JsonObject body = call.Body;
        List<string> urls = Strings(body["urls"]);
        List<string>? names = body["names"] is JsonArray ? Strings(body["names"]) : null;
        string type = String(body["request"]?["type"]) ?? "http";
        var errors = new FieldErrors();
        for (int i = 0; i < urls.Count; i++)
        {
            CheckTarget(errors, $"urls.{i}", urls[i], type);
        }

        if (names is not null && names.Count > urls.Count)
        {
            errors.Add("names", $"The names field must not have more than {urls.Count} items.");
        }

        int frequency = Frequency(errors, body["uptime_check_frequency"]) ?? 300;
        string? tcpPorts = String(body["tcp_ports"]);
        if (type == "tcp" && string.IsNullOrWhiteSpace(tcpPorts))
        {
            errors.Add("tcp_ports", "The tcp ports field is required when request.type is tcp.");
        }

        errors.ThrowIfAny();

        var created = new JsonArray();
        foreach ((string url, int index) in urls.Select((url, index) => (url, index)))
        {
            var monitor = new MonitorEntity
            {
                Id = call.State.NextMonitorId(),
                Url = NormalizeUrl(url),
                Name = names is not null && index < names.Count && names[index].Length > 0 ? names[index] : null,
                RequestType = type,
                RequestMethod = type == "http" ? String(body["request"]?["method"]) ?? "get" : null,
                SslCheck = Bool(body["ssl_check"]) ?? false,
                TcpPorts = type == "tcp" ? tcpPorts : null,
                UptimeCheckFrequency = frequency,
                Position = call.State.Monitors.Count + 1,
                CreatedAt = call.Now,
                UpdatedAt = call.Now,
            };
            call.State.Monitors[monitor.Id] = monitor;
            if (Bool(body["add_account_email"]) == true)
            {
                long channelId = call.State.NextChannelId();
                call.State.Channels[channelId] = new NotificationChannelEntity
                {
                    Id = channelId,
                    MonitorId = monitor.Id,
                    Via = "email",
                    Email = AccountEmail,
                    CreatedAt = call.Now,
                };
            }

            created.Add(Write(call, monitor, detailed: false));
        }

        // Observed: a bare array, not wrapped in "data".
        return SimResponse.Json(200, created);
    }

    private static SimResponse Update(ApiCall call)
    {
        MonitorEntity monitor = call.State.Monitor(call.Id("monitorId"));
        JsonObject body = call.Body;
        JsonNode? request = body["request"];
        JsonNode? response = body["response"];
        string type = String(request?["type"]) ?? monitor.RequestType;
        var errors = new FieldErrors();
        string? url = String(body["url"]);
        if (url is not null)
        {
            CheckTarget(errors, "url", url, type);
        }

        int? frequency = Frequency(errors, body["uptime_check_frequency"]);
        long? delay = Integer(body["offline_notification_delay"]);
        if (delay is < 0 or > 1440)
        {
            errors.Add("offline_notification_delay", "The offline notification delay field must be between 0 and 1440.");
        }

        string? tcpPorts = body.ContainsKey("tcp_ports") ? String(body["tcp_ports"]) : monitor.TcpPorts;
        if (type == "tcp" && string.IsNullOrWhiteSpace(tcpPorts))
        {
            errors.Add("tcp_ports", "The tcp ports field is required when request.type is tcp.");
        }

        errors.ThrowIfAny();

        monitor.Url = url is null ? monitor.Url : NormalizeUrl(url);
        monitor.Name = body.ContainsKey("name") ? String(body["name"]) : monitor.Name;
        monitor.UptimeCheckFrequency = frequency ?? monitor.UptimeCheckFrequency;
        monitor.OfflineNotificationDelay = (int?)delay ?? monitor.OfflineNotificationDelay;
        monitor.SslCheck = Bool(body["ssl_check"]) ?? monitor.SslCheck;
        monitor.TcpPorts = type == "tcp" ? tcpPorts : null;
        monitor.RequestType = type;
        monitor.RequestMethod = type == "http" ? String(request?["method"]) ?? monitor.RequestMethod ?? "get" : null;
        if (request is JsonObject settings)
        {
            monitor.RequestBodyType = settings.ContainsKey("body_type") ? String(settings["body_type"]) : monitor.RequestBodyType;
            monitor.RequestFormParams = Pairs(settings["body_form_params"]) ?? monitor.RequestFormParams;
            monitor.RequestBodyRaw = settings.ContainsKey("body_raw") ? String(settings["body_raw"]) : monitor.RequestBodyRaw;
            monitor.RequestBodyJson = settings.ContainsKey("body_json") ? String(settings["body_json"]) : monitor.RequestBodyJson;
            monitor.RequestHeaders = Pairs(settings["headers"]) ?? monitor.RequestHeaders;
            monitor.RequestTimeout = Number(settings["timeout"]) ?? monitor.RequestTimeout;
        }

        if (response is JsonObject assertion)
        {
            monitor.ResponseBody = assertion.ContainsKey("body") ? String(assertion["body"]) : monitor.ResponseBody;
            monitor.ResponseHeaders = Pairs(assertion["headers"]) ?? monitor.ResponseHeaders;
            monitor.IsNegative = Bool(assertion["isNegative"]) ?? monitor.IsNegative;
        }

        monitor.UpdatedAt = call.Now;
        return SimResponse.Json(200, LaravelJson.Data(Write(call, monitor, detailed: true)));
    }

    private static SimResponse Delete(ApiCall call)
    {
        long id = call.Id("monitorId");
        call.State.Monitor(id);
        call.State.RemoveMonitor(id);

        // Undocumented body; sent so clients prove they ignore it. Other deletes answer 204.
        return SimResponse.Message(200, "Monitor deleted successfully.");
    }

    /// <summary>HTTP monitors need an absolute http(s) URL; TCP and ICMP monitors take a host name or address.</summary>
    private static void CheckTarget(FieldErrors errors, string field, string target, string type)
    {
        string attribute = field.Replace('_', ' ');
        if (string.IsNullOrWhiteSpace(target))
        {
            errors.Add(field, $"The {attribute} field is required.");
        }
        else if (type == "http" ? !IsHttpUrl(target) : target.Any(char.IsWhiteSpace) || target.Contains('/', StringComparison.Ordinal))
        {
            errors.Add(field, type == "http" ? $"The {attribute} field must be a valid URL." : $"The {attribute} field must be a valid host name or IP address.");
        }
    }

    private static int? Frequency(FieldErrors errors, JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        long? value = Integer(node);
        if (value is not { } seconds || seconds < MinimumFrequency || seconds > MaximumFrequency)
        {
            errors.Add("uptime_check_frequency", $"The uptime check frequency field must be between {MinimumFrequency} and {MaximumFrequency}.");
            return null;
        }

        return (int)seconds;
    }

    // The API appears to strip one trailing slash when it saves a URL (clients match url or url + "/").
    private static string NormalizeUrl(string url)
    {
        string trimmed = url.Trim();
        return trimmed.EndsWith('/') ? trimmed[..^1] : trimmed;
    }
}
