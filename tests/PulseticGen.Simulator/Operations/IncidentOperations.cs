using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Json;
using PulseticGen.Simulator.State;
using static PulseticGen.Simulator.Operations.OperationSupport;

namespace PulseticGen.Simulator.Operations;

/// <summary>The incident and incident-update operations. An incident's status, start and resolution follow its timeline.</summary>
internal static class IncidentOperations
{
    public static void Register(IDictionary<string, OperationHandler> handlers)
    {
        handlers["listIncidents"] = List;
        handlers["createIncident"] = Create;
        handlers["updateIncident"] = Rename;
        handlers["deleteIncident"] = call =>
        {
            call.State.RemoveIncident(call.State.Incident(call.Id("incidentId")).Id);
            return SimResponse.Empty(204);
        };

        handlers["createIncidentUpdate"] = AddUpdate;
        handlers["updateIncidentUpdate"] = EditUpdate;
        handlers["deleteIncidentUpdate"] = call =>
        {
            IncidentUpdateEntity update = Update(call);
            call.State.IncidentUpdates.Remove(update.Id);
            Touch(call, update.IncidentId);
            return SimResponse.Empty(204);
        };
    }

    private static IncidentUpdateEntity Update(ApiCall call) =>
        SimulatorState.Find(call.State.IncidentUpdates, call.Id("incidentUpdateId"), "IncidentUpdate");

    private static SimResponse List(ApiCall call)
    {
        long pageId = call.State.StatusPage(call.Id("statusPageId")).Id;
        IEnumerable<JsonNode> incidents = call.State.Incidents.Values
            .Where(incident => incident.StatusPageId == pageId)
            .OrderByDescending(incident => incident.CreatedAt).ThenByDescending(incident => incident.Id)
            .Select(incident => (JsonNode)ResourceJson.Incident(incident, call.State, withTimeline: true));
        return SimResponse.Json(200, LaravelJson.DataList(incidents));
    }

    private static SimResponse Create(ApiCall call)
    {
        long pageId = call.State.StatusPage(call.Id("statusPageId")).Id;
        string title = RequiredText(call.Body, "title");
        JsonObject first = (JsonObject)call.Body["update"]!;
        DateTimeOffset date = ReadDate(first, "update.date", call.Now);
        string message = RequiredText(first, "message", "update.message");

        var incident = new IncidentEntity { Id = call.State.NextIncidentId(), StatusPageId = pageId, Title = title, CreatedAt = call.Now, UpdatedAt = call.Now };
        call.State.Incidents[incident.Id] = incident;
        AddTimelineEntry(call, incident.Id, String(first["status"])!, message, date);
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Incident(incident, call.State, withTimeline: true)));
    }

    private static SimResponse Rename(ApiCall call)
    {
        IncidentEntity incident = call.State.Incident(call.Id("incidentId"));
        incident.Title = RequiredText(call.Body, "title");
        incident.UpdatedAt = call.Now;
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.Incident(incident, call.State, withTimeline: true)));
    }

    private static SimResponse AddUpdate(ApiCall call)
    {
        IncidentEntity incident = call.State.Incident(call.Id("incidentId"));
        DateTimeOffset date = ReadDate(call.Body, "date", call.Now);
        string message = RequiredText(call.Body, "message");
        IncidentUpdateEntity update = AddTimelineEntry(call, incident.Id, String(call.Body["status"])!, message, date);
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.IncidentUpdate(update)));
    }

    private static SimResponse EditUpdate(ApiCall call)
    {
        IncidentUpdateEntity update = Update(call);
        update.Date = ReadDate(call.Body, "date", update.Date);
        update.Message = RequiredText(call.Body, "message");
        update.Status = String(call.Body["status"])!;
        update.UpdatedAt = call.Now;
        Touch(call, update.IncidentId);
        return SimResponse.Json(200, LaravelJson.Data(ResourceJson.IncidentUpdate(update)));
    }

    private static IncidentUpdateEntity AddTimelineEntry(ApiCall call, long incidentId, string status, string message, DateTimeOffset date)
    {
        var update = new IncidentUpdateEntity
        {
            Id = call.State.NextIncidentUpdateId(),
            IncidentId = incidentId,
            Status = status,
            Message = message,
            Date = date,
            CreatedAt = call.Now,
            UpdatedAt = call.Now,
        };
        call.State.IncidentUpdates[update.Id] = update;
        Touch(call, incidentId);
        return update;
    }

    private static void Touch(ApiCall call, long incidentId)
    {
        if (call.State.Incidents.TryGetValue(incidentId, out IncidentEntity? incident))
        {
            incident.UpdatedAt = call.Now;
        }
    }

    private static string RequiredText(JsonObject body, string name, string? field = null)
    {
        string? text = String(body[name]);
        if (string.IsNullOrWhiteSpace(text))
        {
            field ??= name;
            throw SimulatorError.Invalid(field, $"The {field} field is required.");
        }

        return text;
    }

    /// <summary><c>YYYY-MM-DD HH:mm</c> or <c>YYYY-MM-DD HH:mm:ss</c> (ISO 8601 also works); absent means <paramref name="fallback"/>.</summary>
    private static DateTimeOffset ReadDate(JsonObject body, string field, DateTimeOffset fallback)
    {
        string? text = String(body["date"]);
        if (text is null)
        {
            return fallback;
        }

        return TryParseDate(text, out DateTimeOffset value) ? value : throw SimulatorError.Invalid(field, $"The {field} field must be a valid date.");
    }
}
