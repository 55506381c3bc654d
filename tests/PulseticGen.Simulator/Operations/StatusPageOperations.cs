using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Json;
using PulseticGen.Simulator.State;
using static PulseticGen.Simulator.Operations.OperationSupport;

namespace PulseticGen.Simulator.Operations;

/// <summary>listStatusPages, createStatusPage, updateStatusPage, deleteStatusPage and the maintenance operations.</summary>
internal static class StatusPageOperations
{
    public static void Register(IDictionary<string, OperationHandler> handlers)
    {
        handlers["listStatusPages"] = List;
        handlers["createStatusPage"] = Create;
        handlers["updateStatusPage"] = Update;
        handlers["deleteStatusPage"] = call =>
        {
            call.State.RemoveStatusPage(call.State.StatusPage(call.Id("statusPageId")).Id);
            return SimResponse.Empty(204);
        };

        handlers["createMaintenance"] = CreateMaintenance;
        handlers["updateMaintenance"] = UpdateMaintenance;
        handlers["deleteMaintenance"] = call =>
        {
            call.State.Maintenances.Remove(Maintenance(call).Id);
            return SimResponse.Empty(204);
        };
    }

    private static MaintenanceEntity Maintenance(ApiCall call) => SimulatorState.Find(call.State.Maintenances, call.Id("maintenanceId"), "Maintenance");

    private static SimResponse List(ApiCall call)
    {
        List<JsonNode> all = call.State.StatusPages.Values.Select(page => (JsonNode)ResourceJson.StatusPage(page, call.State, call.Now)).ToList();
        return SimResponse.Json(200, Paginate(call, "/status-page", all, defaultPerPage: 20));
    }

    private static SimResponse Create(ApiCall call)
    {
        CheckInput(call, existing: null);
        var page = new StatusPageEntity
        {
            Id = call.State.NextStatusPageId(),
            Title = String(call.Body["title"])!,
            Slug = string.Empty,
            CreatedAt = call.Now,
            UpdatedAt = call.Now,
        };
        Apply(call, page);
        call.State.StatusPages[page.Id] = page;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.StatusPage(page, call.State, call.Now)));
    }

    private static SimResponse Update(ApiCall call)
    {
        StatusPageEntity page = call.State.StatusPage(call.Id("statusPageId"));
        CheckInput(call, page);
        Apply(call, page);
        page.UpdatedAt = call.Now;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.StatusPage(page, call.State, call.Now)));
    }

    private static void CheckInput(ApiCall call, StatusPageEntity? existing)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(String(call.Body["title"])))
        {
            errors.Add("title", "The title field is required.");
        }

        CheckMonitorsExist(call, errors);
        bool isPrivate = Bool(call.Body["private"]) ?? existing?.Private ?? false;
        string? password = String(call.Body["password"]) ?? existing?.Password;
        if (isPrivate && string.IsNullOrEmpty(password))
        {
            errors.Add("password", "The password field is required when private is true.");
        }

        errors.ThrowIfAny();
    }

    /// <summary>Copies the fields the body carries; omitted optional fields keep their values.</summary>
    private static void Apply(ApiCall call, StatusPageEntity page)
    {
        JsonObject body = call.Body;
        page.Title = String(body["title"])!;
        page.MonitorIds = Ids(body["monitors"]).Distinct().ToList();
        page.Domain = body.ContainsKey("domain") ? String(body["domain"]) : page.Domain;
        page.MetaTitle = body.ContainsKey("meta_title") ? String(body["meta_title"]) : page.MetaTitle;
        page.UptimeThreshold = Number(body["uptime_threshold"]) ?? page.UptimeThreshold;
        page.RemoveBranding = Bool(body["remove_branding"]) ?? page.RemoveBranding;
        page.SubscribeToUpdates = Bool(body["subscribe_to_updates"]) ?? page.SubscribeToUpdates;
        page.Private = Bool(body["private"]) ?? page.Private;
        page.Password = String(body["password"]) ?? page.Password;
        page.UptimePercentageStyle = Bool(body["uptime_percentage_style"]) ?? page.UptimePercentageStyle;
        page.ShowLocationTooltip = Bool(body["show_location_tooltip"]) ?? page.ShowLocationTooltip;
        if (page.Slug.Length == 0)
        {
            page.Slug = UniqueSlug(call.State, page.Title);
        }
    }

    private static SimResponse CreateMaintenance(ApiCall call)
    {
        StatusPageEntity page = call.State.StatusPage(call.Id("statusPageId"));
        (DateTimeOffset starts, DateTimeOffset ends) = ReadMaintenanceWindow(call);
        var maintenance = new MaintenanceEntity
        {
            Id = call.State.NextMaintenanceId(),
            StatusPageId = page.Id,
            Name = String(call.Body["name"])!,
            Description = String(call.Body["description"]),
            Timezone = (JsonObject)call.Body["timezone"]!.DeepClone(),
            MonitorIds = Ids(call.Body["monitors"]).Distinct().ToList(),
            StartsAt = starts,
            EndsAt = ends,
            CreatedAt = call.Now,
            UpdatedAt = call.Now,
        };
        call.State.Maintenances[maintenance.Id] = maintenance;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Maintenance(maintenance)));
    }

    private static SimResponse UpdateMaintenance(ApiCall call)
    {
        MaintenanceEntity maintenance = Maintenance(call);
        (DateTimeOffset starts, DateTimeOffset ends) = ReadMaintenanceWindow(call);
        maintenance.Name = String(call.Body["name"])!;
        maintenance.Description = call.Has("description") ? String(call.Body["description"]) : maintenance.Description;
        maintenance.Timezone = (JsonObject)call.Body["timezone"]!.DeepClone();
        maintenance.MonitorIds = Ids(call.Body["monitors"]).Distinct().ToList();
        maintenance.StartsAt = starts;
        maintenance.EndsAt = ends;
        maintenance.UpdatedAt = call.Now;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Maintenance(maintenance)));
    }

    /// <summary>Combines <c>date</c> (<c>YYYY-MM-DD</c>), <c>time</c> (<c>hh:mm AM</c>) and the time zone's hour offset into a UTC window.</summary>
    private static (DateTimeOffset Starts, DateTimeOffset Ends) ReadMaintenanceWindow(ApiCall call)
    {
        var errors = new FieldErrors();
        CheckMonitorsExist(call, errors);
        double offsetHours = Number(call.Body["timezone"]?["offset"]) ?? 0;
        if (offsetHours is < -14 or > 14)
        {
            errors.Add("timezone.offset", "The timezone.offset field must be between -14 and 14.");
        }

        DateTime? startDate = ReadExact(call.Body["date"]?["starting"], "date.starting", new[] { "yyyy-MM-dd" }, "Y-m-d", errors);
        DateTime? endDate = ReadExact(call.Body["date"]?["ending"], "date.ending", new[] { "yyyy-MM-dd" }, "Y-m-d", errors);
        DateTime? startTime = ReadExact(call.Body["time"]?["starting"], "time.starting", new[] { "hh:mm tt", "h:mm tt" }, "h:i A", errors);
        DateTime? endTime = ReadExact(call.Body["time"]?["ending"], "time.ending", new[] { "hh:mm tt", "h:mm tt" }, "h:i A", errors);
        errors.ThrowIfAny();

        TimeSpan offset = TimeSpan.FromHours(Math.Clamp(offsetHours, -14, 14));
        var starts = new DateTimeOffset(startDate!.Value.Date + startTime!.Value.TimeOfDay, offset).ToUniversalTime();
        var ends = new DateTimeOffset(endDate!.Value.Date + endTime!.Value.TimeOfDay, offset).ToUniversalTime();
        if (ends <= starts)
        {
            throw SimulatorError.Invalid("time.ending", "The maintenance must end after it starts (date.ending and time.ending).");
        }

        return (starts, ends);
    }

    private static DateTime? ReadExact(JsonNode? node, string field, string[] formats, string phpFormat, FieldErrors errors)
    {
        if (DateTime.TryParseExact(String(node)?.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime value))
        {
            return value;
        }

        errors.Add(field, $"The {field} field must match the format {phpFormat}.");
        return null;
    }

    /// <summary>Laravel's <c>exists:monitors,id</c> on each entry of <c>monitors</c>.</summary>
    private static void CheckMonitorsExist(ApiCall call, FieldErrors errors)
    {
        List<long> ids = Ids(call.Body["monitors"]);
        for (int i = 0; i < ids.Count; i++)
        {
            if (!call.State.Monitors.ContainsKey(ids[i]))
            {
                errors.Add($"monitors.{i}", $"The selected monitors.{i} is invalid.");
            }
        }
    }

    private static string UniqueSlug(SimulatorState state, string title)
    {
        var slug = new StringBuilder();
        foreach (char c in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        string baseSlug = slug.ToString().Trim('-');
        baseSlug = baseSlug.Length == 0 ? "status" : baseSlug;
        string candidate = baseSlug;
        for (int n = 2; state.StatusPages.Values.Any(page => page.Slug == candidate); n++)
        {
            candidate = $"{baseSlug}-{n}";
        }

        return candidate;
    }
}
