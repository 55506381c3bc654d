using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.State;

namespace PulseticGen.Simulator.Json;

/// <summary>The value encodings a Laravel/MySQL backend produces, which is what Pulsetic's responses look like.</summary>
internal static class LaravelJson
{
    /// <summary>Laravel's serialized date: <c>2023-04-12T16:36:32.000000Z</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static JsonNode? Timestamp(DateTimeOffset? value) => value is { } v ? JsonValue.Create(Timestamp(v)) : null;

    /// <summary>Unix seconds, the other form some timestamps take.</summary>
    public static JsonNode UnixSeconds(DateTimeOffset value) => JsonValue.Create(value.ToUnixTimeSeconds());

    /// <summary>A raw MySQL <c>DATETIME</c>: <c>2023-04-12 16:36:32</c>.</summary>
    public static string MySqlDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A flag as a JSON boolean, or as the <c>0</c>/<c>1</c> of a <c>TINYINT</c> column without a cast.</summary>
    public static JsonNode Flag(bool value, bool asInteger) => asInteger ? JsonValue.Create(value ? 1 : 0) : JsonValue.Create(value);

    public static JsonNode? Flag(bool? value, bool asInteger) => value is { } v ? Flag(v, asInteger) : null;

    /// <summary>A number as a <c>DECIMAL</c> column arrives: a string of digits such as <c>"99.9731"</c>.</summary>
    public static string DecimalString(double value, int digits) =>
        value.ToString("0." + new string('#', digits), CultureInfo.InvariantCulture);

    public static JsonArray Pairs(IEnumerable<NameValue>? pairs) =>
        new((pairs ?? Enumerable.Empty<NameValue>()).Select(pair => (JsonNode?)new JsonObject { ["name"] = pair.Name, ["value"] = pair.Value }).ToArray());

    public static JsonArray Ids(IEnumerable<long> ids) => new(ids.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray());

    /// <summary>Wraps a resource the way Laravel's API resources do: <c>{"data": ...}</c>.</summary>
    public static JsonObject Data(JsonNode? data) => new() { ["data"] = data };

    public static JsonObject DataList(IEnumerable<JsonNode> items) => new() { ["data"] = new JsonArray(items.Select(item => (JsonNode?)item).ToArray()) };
}
