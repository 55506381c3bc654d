using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace PulseticGen.Simulator.Hosting;

/// <summary>Ends a request with a Laravel-style error body; thrown by operations and the pipeline.</summary>
internal sealed class SimulatorError : Exception
{
    public SimulatorError(int statusCode, string message, IReadOnlyDictionary<string, List<string>>? errors = null)
        : base(message)
    {
        StatusCode = statusCode;
        Errors = errors;
    }

    public int StatusCode { get; }

    public IReadOnlyDictionary<string, List<string>>? Errors { get; }

    /// <summary>Extra response headers, such as <c>Retry-After</c> on a 429 or <c>Allow</c> on a 405.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Laravel's 404 for a route-model binding that found nothing, e.g. <c>No query results for model [App\Models\Monitor] 7.</c></summary>
    public static SimulatorError NotFound(string model, long id) =>
        new(404, $"No query results for model [App\\Models\\{model}] {id}.");

    /// <summary>A 422 for one field.</summary>
    public static SimulatorError Invalid(string field, string message) =>
        Validation(new Dictionary<string, List<string>> { [field] = new() { message } });

    /// <summary>A 422 whose summary is the first message plus "(and N more errors)", as Laravel writes it.</summary>
    public static SimulatorError Validation(IReadOnlyDictionary<string, List<string>> errors)
    {
        int count = errors.Values.Sum(messages => messages.Count);
        string first = errors.Values.First(messages => messages.Count > 0)[0];
        string summary = count switch
        {
            1 => first,
            2 => $"{first} (and 1 more error)",
            _ => $"{first} (and {count - 1} more errors)",
        };
        return new SimulatorError(422, summary, errors);
    }

    public SimResponse ToResponse()
    {
        var body = new JsonObject { ["message"] = Message };
        if (Errors is not null)
        {
            var errors = new JsonObject();
            foreach (KeyValuePair<string, List<string>> field in Errors)
            {
                errors[field.Key] = new JsonArray(field.Value.Select(message => (JsonNode?)JsonValue.Create(message)).ToArray());
            }

            body["errors"] = errors;
        }

        SimResponse response = SimResponse.Json(StatusCode, body);
        foreach (KeyValuePair<string, string> header in Headers)
        {
            response.Headers[header.Key] = header.Value;
        }

        return response;
    }
}
