using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;
using PulseticGen.Simulator.State;

namespace PulseticGen.Simulator.Hosting;

/// <summary>One authenticated, validated call handed to an operation: its route values, query, body and the shared state.</summary>
internal sealed class ApiCall
{
    private readonly IReadOnlyDictionary<string, string> _routeValues;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _query;

    public ApiCall(
        SpecOperation operation,
        IReadOnlyDictionary<string, string> routeValues,
        IReadOnlyDictionary<string, IReadOnlyList<string>> query,
        JsonObject? body,
        SimulatorState state,
        DateTimeOffset now,
        string baseUrl)
    {
        Operation = operation;
        _routeValues = routeValues;
        _query = query;
        Body = body ?? new JsonObject();
        State = state;
        Now = now;
        BaseUrl = baseUrl;
    }

    /// <summary>The API root as the client addressed it, such as <c>http://127.0.0.1:5088/api/public</c>; for paginator links.</summary>
    public string BaseUrl { get; }

    public SpecOperation Operation { get; }

    /// <summary>The request body, already valid against the operation's schema; an empty object for operations without one.</summary>
    public JsonObject Body { get; }

    public SimulatorState State { get; }

    /// <summary>The simulator clock's reading for this request, truncated to whole seconds like a database timestamp.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>A numeric path parameter (the router only matches digits there).</summary>
    public long Id(string name) => long.Parse(_routeValues[name], NumberStyles.None, CultureInfo.InvariantCulture);

    public string Route(string name) => _routeValues[name];

    /// <summary>The last value of a query parameter (PHP keeps the last of repeated scalars), or null.</summary>
    public string? Query(string name) =>
        _query.TryGetValue(name, out IReadOnlyList<string>? values) && values.Count > 0 ? values[^1] : null;

    /// <summary>Every value of a repeated query parameter such as <c>nodes[]</c>.</summary>
    public IReadOnlyList<string> QueryAll(string name) =>
        _query.TryGetValue(name, out IReadOnlyList<string>? values) ? values : Array.Empty<string>();

    /// <summary>An integer query parameter; its form was checked against the spec before the operation ran.</summary>
    public long? QueryInt64(string name) =>
        Query(name) is { } text ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : null;

    /// <summary>Whether the body sent this field at all (an update leaves absent fields unchanged).</summary>
    public bool Has(string name) => Body.ContainsKey(name);
}
