using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Json;
using PulseticGen.Simulator.State;
using static PulseticGen.Simulator.Operations.OperationSupport;

namespace PulseticGen.Simulator.Operations;

/// <summary>The heartbeat and domain CRUD operations (each documented by one unofficial client only).</summary>
internal static class HeartbeatAndDomainOperations
{
    public static void Register(IDictionary<string, OperationHandler> handlers)
    {
        handlers["listHeartbeats"] = call => SimResponse.Json(200, LaravelJson.DataList(call.State.Heartbeats.Values.Select(ResourceJson.Heartbeat)));
        handlers["createHeartbeat"] = CreateHeartbeat;
        handlers["getHeartbeat"] = call => SimResponse.Json(200, LaravelJson.Data(ResourceJson.Heartbeat(Heartbeat(call))));
        handlers["updateHeartbeat"] = UpdateHeartbeat;
        handlers["deleteHeartbeat"] = call =>
        {
            call.State.Heartbeats.Remove(Heartbeat(call).Id);
            return SimResponse.Empty(204);
        };

        handlers["listDomains"] = call => SimResponse.Json(200, LaravelJson.DataList(call.State.Domains.Values.Select(ResourceJson.Domain)));
        handlers["createDomains"] = CreateDomains;
        handlers["updateDomain"] = UpdateDomain;
        handlers["deleteDomain"] = call =>
        {
            call.State.Domains.Remove(Domain(call).Id);
            return SimResponse.Empty(204);
        };
    }

    private static HeartbeatEntity Heartbeat(ApiCall call) => SimulatorState.Find(call.State.Heartbeats, call.Id("heartbeatId"), "Heartbeat");

    private static DomainEntity Domain(ApiCall call) => SimulatorState.Find(call.State.Domains, call.Id("domainId"), "Domain");

    private static SimResponse CreateHeartbeat(ApiCall call)
    {
        string name = String(call.Body["name"]) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw SimulatorError.Invalid("name", "The name field is required.");
        }

        var heartbeat = new HeartbeatEntity
        {
            Id = call.State.NextHeartbeatId(),
            Name = name,
            MonitoringInterval = (int?)Integer(call.Body["monitoring_interval"]) ?? 3600,
            GracePeriod = (int?)Integer(call.Body["grace_period"]) ?? 300,
            AlertEmail = Bool(call.Body["alert_email"]) ?? true,
            AlertSms = Bool(call.Body["alert_sms"]) ?? false,
            CreatedAt = call.Now,
            UpdatedAt = call.Now,
        };
        call.State.Heartbeats[heartbeat.Id] = heartbeat;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Heartbeat(heartbeat)));
    }

    private static SimResponse UpdateHeartbeat(ApiCall call)
    {
        HeartbeatEntity heartbeat = Heartbeat(call);
        if (call.Has("name") && string.IsNullOrWhiteSpace(String(call.Body["name"])))
        {
            throw SimulatorError.Invalid("name", "The name field must not be empty.");
        }

        heartbeat.Name = String(call.Body["name"]) ?? heartbeat.Name;
        heartbeat.MonitoringInterval = (int?)Integer(call.Body["monitoring_interval"]) ?? heartbeat.MonitoringInterval;
        heartbeat.GracePeriod = (int?)Integer(call.Body["grace_period"]) ?? heartbeat.GracePeriod;
        heartbeat.AlertEmail = Bool(call.Body["alert_email"]) ?? heartbeat.AlertEmail;
        heartbeat.AlertSms = Bool(call.Body["alert_sms"]) ?? heartbeat.AlertSms;
        heartbeat.UpdatedAt = call.Now;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Heartbeat(heartbeat)));
    }

    private static SimResponse CreateDomains(ApiCall call)
    {
        List<string> names = Strings(call.Body["domains"]).Select(name => name.Trim().ToLowerInvariant()).ToList();
        var errors = new FieldErrors();
        for (int i = 0; i < names.Count; i++)
        {
            if (!IsDomainName(names[i]))
            {
                errors.Add($"domains.{i}", $"The domains.{i} field must be a valid domain name.");
            }
            else if (call.State.Domains.Values.Any(domain => domain.Domain == names[i]) || names.IndexOf(names[i]) < i)
            {
                errors.Add($"domains.{i}", $"The domains.{i} has already been taken.");
            }
        }

        errors.ThrowIfAny();
        var created = new List<JsonNode>();
        foreach (string name in names)
        {
            var domain = new DomainEntity { Id = call.State.NextDomainId(), Domain = name, CreatedAt = call.Now, UpdatedAt = call.Now };
            call.State.Domains[domain.Id] = domain;
            created.Add(ResourceJson.Domain(domain));
        }

        return SimResponse.Json(200, LaravelJson.DataList(created));
    }

    private static SimResponse UpdateDomain(ApiCall call)
    {
        DomainEntity domain = Domain(call);
        domain.Alias = call.Has("alias") ? String(call.Body["alias"]) : domain.Alias;
        domain.IsActive = Bool(call.Body["is_active"]) ?? domain.IsActive;
        domain.DisableExpiredAlert = Bool(call.Body["disable_expired_alert"]) ?? domain.DisableExpiredAlert;
        domain.DisableExpiringSoonAlert = Bool(call.Body["disable_expiring_soon_alert"]) ?? domain.DisableExpiringSoonAlert;
        domain.UpdatedAt = call.Now;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Domain(domain)));
    }

    // Labels of letters, digits and hyphens, at least two of them, and a letter-only top-level label.
    private static bool IsDomainName(string name)
    {
        string[] labels = name.Split('.');
        return name.Length <= 253
            && labels.Length >= 2
            && labels.All(label => label.Length is > 0 and <= 63 && label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') && label[0] != '-' && label[^1] != '-')
            && labels[^1].All(char.IsAsciiLetter);
    }
}
