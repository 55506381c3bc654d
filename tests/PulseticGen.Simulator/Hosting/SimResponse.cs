using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PulseticGen.Simulator.Hosting;

/// <summary>A complete answer, built before anything is written so faults can mangle it on the way out.</summary>
internal sealed class SimResponse
{
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false };

    private SimResponse(int statusCode, byte[] body)
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; }

    public byte[] Body { get; }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static SimResponse Json(int statusCode, JsonNode? body) => new(statusCode, Encoding.UTF8.GetBytes(Serialize(body)));

    public static SimResponse Empty(int statusCode) => new(statusCode, Array.Empty<byte>());

    public static SimResponse Raw(int statusCode, byte[] body) => new(statusCode, body);

    public static SimResponse Message(int statusCode, string message) => Json(statusCode, new JsonObject { ["message"] = message });

    /// <summary>
    /// Writes JSON the way PHP's <c>json_encode</c> does by default, which is what Laravel sends: slashes escaped as
    /// <c>\/</c> and non-ASCII characters as <c>\uXXXX</c>. A client must read both.
    /// </summary>
    public static string Serialize(JsonNode? body)
    {
        string json = body is null ? "null" : body.ToJsonString(Compact);

        // Outside strings JSON has no '/', so this only touches string contents.
        return json.Replace("/", "\\/", StringComparison.Ordinal);
    }
}
