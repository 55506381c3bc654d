using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace PulseticGen.Simulator.Json;

/// <summary>
/// Rewrites an answer into one set of <see cref="SimulatorQuirks"/>, guided by the operation's response schema: only
/// fields whose schema is a <c>oneOf</c> of two wire forms change, so the spec stays the single description of where
/// each quirk may appear. A field first goes to its canonical form, then to the quirky one if that quirk is on.
/// </summary>
internal static class WireQuirkShaper
{
    private enum FieldForm
    {
        Other,
        Flag,
        Time,
        Number,
        Integer,
    }

    public static JsonNode? Apply(JsonNode? body, JsonSchema schema, SimulatorQuirks quirks, bool isMonitorList)
    {
        JsonNode? shaped = Shape(body, schema, quirks);
        if (isMonitorList && quirks.HasFlag(SimulatorQuirks.LegacyMonitorList) && shaped is JsonObject page && page["data"] is JsonArray items)
        {
            // Before July 2025 the list was the paginator's data alone, without its position keys.
            page.Remove("data");
            return items;
        }

        return shaped;
    }

    private static JsonNode? Shape(JsonNode? node, JsonSchema schema, SimulatorQuirks quirks)
    {
        if (node is null)
        {
            return null;
        }

        JsonSchema actual = schema.ActualSchema;
        IReadOnlyList<JsonSchema> branches = actual.OneOf.Count > 0 ? actual.OneOf.Select(b => b.ActualSchema).ToList() : new[] { actual };
        switch (node)
        {
            case JsonObject obj when branches.FirstOrDefault(b => b.Type.HasFlag(JsonObjectType.Object) || b.ActualProperties.Count > 0 || b.AdditionalPropertiesSchema is not null) is { } objectSchema:
                foreach (string name in obj.Select(p => p.Key).ToList())
                {
                    JsonSchema? property = objectSchema.ActualProperties.TryGetValue(name, out JsonSchemaProperty? declared)
                        ? declared
                        : objectSchema.AdditionalPropertiesSchema;
                    if (property is not null)
                    {
                        obj[name] = Shape(Detach(obj, name), property, quirks);
                    }
                }

                return obj;
            case JsonArray array when branches.FirstOrDefault(b => b.Item is not null) is { } arraySchema:
                for (int i = 0; i < array.Count; i++)
                {
                    JsonNode? item = array[i];
                    array[i] = null;
                    array[i] = Shape(item, arraySchema.Item!, quirks);
                }

                return array;
            case JsonValue value:
                return ShapeValue(value, Classify(branches), quirks);
            default:
                return node;
        }
    }

    private static FieldForm Classify(IReadOnlyList<JsonSchema> branches)
    {
        if (branches.Count < 2)
        {
            return FieldForm.Other;
        }

        bool Has(JsonObjectType type) => branches.Any(b => b.Type.HasFlag(type));
        bool numericString = branches.Any(b => b.Type.HasFlag(JsonObjectType.String) && b.Pattern is not null);
        if (Has(JsonObjectType.Boolean) && Has(JsonObjectType.Integer))
        {
            return FieldForm.Flag;
        }

        if (Has(JsonObjectType.Integer) && branches.Any(b => b.Type.HasFlag(JsonObjectType.String) && b.Format == "date-time"))
        {
            return FieldForm.Time;
        }

        if (Has(JsonObjectType.Number) && numericString)
        {
            return FieldForm.Number;
        }

        return Has(JsonObjectType.Integer) && numericString ? FieldForm.Integer : FieldForm.Other;
    }

    private static JsonNode ShapeValue(JsonValue value, FieldForm form, SimulatorQuirks quirks)
    {
        JsonValueKind kind = value.GetValueKind();
        switch (form)
        {
            case FieldForm.Flag when kind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number:
                bool flag = kind == JsonValueKind.Number ? value.GetValue<long>() != 0 : kind == JsonValueKind.True;
                return LaravelJson.Flag(flag, quirks.HasFlag(SimulatorQuirks.IntegerFlags));
            case FieldForm.Time when ReadInstant(value, kind) is { } instant:
                return quirks.HasFlag(SimulatorQuirks.UnixTimes) ? LaravelJson.UnixSeconds(instant) : JsonValue.Create(LaravelJson.Timestamp(instant));
            case FieldForm.Number or FieldForm.Integer when ReadNumber(value, kind) is { } number:
                if (quirks.HasFlag(SimulatorQuirks.NumericStrings))
                {
                    return JsonValue.Create(number.ToString("0.############", CultureInfo.InvariantCulture));
                }

                return form == FieldForm.Integer || number == Math.Floor(number) ? JsonValue.Create((long)number) : JsonValue.Create(number);
            default:
                return value;
        }
    }

    private static DateTimeOffset? ReadInstant(JsonValue value, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => DateTimeOffset.FromUnixTimeSeconds(value.GetValue<long>()),
        JsonValueKind.String when DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset parsed) => parsed,
        _ => null,
    };

    private static double? ReadNumber(JsonValue value, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => value.GetValue<double>(),
        JsonValueKind.String when double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) => parsed,
        _ => null,
    };

    private static JsonNode? Detach(JsonObject obj, string name)
    {
        JsonNode? child = obj[name];
        obj[name] = null;
        return child;
    }
}
