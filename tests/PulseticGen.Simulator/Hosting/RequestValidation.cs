using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using NJsonSchema;

namespace PulseticGen.Simulator.Hosting;

/// <summary>Checks a request's body and query against the operation's schemas from the spec, answering 422 like Laravel.</summary>
internal static class RequestValidation
{
    /// <summary>Returns the body as an object, or null for operations without a request body.</summary>
    /// <exception cref="SimulatorError">422: the body is not JSON or breaks the schema.</exception>
    public static JsonObject? ValidateBody(SpecOperation operation, string text)
    {
        if (operation.RequestSchema is null)
        {
            return null;
        }

        // Laravel reads a missing body as no input at all, so required fields are reported missing.
        if (string.IsNullOrWhiteSpace(text))
        {
            text = "{}";
        }

        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(text);
        }
        catch (JsonException ex)
        {
            throw SimulatorError.Invalid(LaravelValidation.BodyField, $"The request body is not valid JSON ({ex.Message.Split('.')[0]}).");
        }

        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        LaravelValidation.Collect(operation.RequestSchema.Validate(text), errors);
        if (errors.Count > 0)
        {
            throw SimulatorError.Validation(errors);
        }

        return (JsonObject)parsed!;
    }

    /// <summary>Returns every query parameter by name; the ones the spec declares are checked against their schemas.</summary>
    /// <exception cref="SimulatorError">422: a declared parameter has a value its schema forbids.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ValidateQuery(SpecOperation operation, IQueryCollection query)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (SpecParameter parameter in operation.Parameters.Where(p => p.In == "query"))
        {
            StringValues values = query[parameter.Name];
            string field = parameter.Name.Replace("[]", string.Empty, StringComparison.Ordinal);
            if (values.Count == 0)
            {
                if (parameter.Required)
                {
                    Add(errors, field, $"The {field.Replace('_', ' ')} field is required.");
                }

                continue;
            }

            JsonSchema schema = parameter.Schema.ActualSchema;
            bool repeated = schema.Type.HasFlag(JsonObjectType.Array);
            JsonSchema itemSchema = repeated ? schema.Item?.ActualSchema ?? new JsonSchema() : schema;
            var items = new JsonArray();
            bool converted = true;
            for (int i = 0; i < values.Count; i++)
            {
                string itemField = repeated ? $"{field}.{i}" : field;
                if (!TryConvert(values[i] ?? string.Empty, itemSchema.Type, out JsonNode? value, out string? problem))
                {
                    Add(errors, itemField, $"The {itemField.Replace('_', ' ')} field {problem}");
                    converted = false;
                    continue;
                }

                items.Add(value);
            }

            if (!converted)
            {
                continue;
            }

            // PHP keeps the last of repeated scalar parameters.
            JsonNode? document = repeated ? items : items[items.Count - 1]?.DeepClone();
            string json = document?.ToJsonString() ?? "null";
            LaravelValidation.Collect(parameter.Schema.Validate(json), errors, field);
        }

        if (errors.Count > 0)
        {
            throw SimulatorError.Validation(errors);
        }

        return query.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.Ordinal);
    }

    private static bool TryConvert(string text, JsonObjectType type, out JsonNode? value, out string? problem)
    {
        problem = null;
        if (type.HasFlag(JsonObjectType.Integer))
        {
            bool ok = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long integer);
            value = ok ? JsonValue.Create(integer) : null;
            problem = ok ? null : "must be an integer.";
            return ok;
        }

        if (type.HasFlag(JsonObjectType.Number))
        {
            bool ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number);
            value = ok ? JsonValue.Create(number) : null;
            problem = ok ? null : "must be a number.";
            return ok;
        }

        if (type.HasFlag(JsonObjectType.Boolean))
        {
            bool? flag = text switch { "1" or "true" => true, "0" or "false" => false, _ => null };
            value = flag is { } b ? JsonValue.Create(b) : null;
            problem = flag is null ? "must be true or false." : null;
            return flag is not null;
        }

        value = JsonValue.Create(text);
        return true;
    }

    private static void Add(Dictionary<string, List<string>> errors, string field, string message)
    {
        if (!errors.TryGetValue(field, out List<string>? messages))
        {
            messages = new List<string>();
            errors[field] = messages;
        }

        messages.Add(message);
    }
}
