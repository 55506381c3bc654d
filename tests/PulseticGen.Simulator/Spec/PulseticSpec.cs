using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using NJsonSchema;
using PulseticGen.Simulator.Spec;

namespace PulseticGen.Simulator;

/// <summary>
/// The Pulsetic OpenAPI description (<c>specs/pulsetic.openapi.yaml</c>, embedded in this assembly) as NJsonSchema
/// validators: one per request body, response body and parameter of each of its operations.
/// </summary>
/// <remarks>
/// Loaded once per process: <see cref="Load"/> parses the YAML, rewrites <c>#/components/schemas/...</c> references to
/// <c>#/definitions/...</c>, and places every operation's inline schema next to the component schemas so that a single
/// NJsonSchema document resolves all of them.
/// </remarks>
public sealed class PulseticSpec
{
    private const string ResourceName = "pulsetic.openapi.yaml";
    private static readonly Lazy<PulseticSpec> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, SpecOperation> _byId;

    private PulseticSpec(IReadOnlyList<SpecOperation> operations, JsonSchema root)
    {
        Operations = operations;
        Root = root;
        _byId = operations.ToDictionary(operation => operation.OperationId, StringComparer.Ordinal);
    }

    /// <summary>Every operation of the spec, in document order.</summary>
    public IReadOnlyList<SpecOperation> Operations { get; }

    /// <summary>The document holding every schema under <c>definitions</c>.</summary>
    public JsonSchema Root { get; }

    /// <summary>Returns the spec, parsing it on first use.</summary>
    /// <returns>The shared instance.</returns>
    public static PulseticSpec Load() => Instance.Value;

    /// <summary>Returns the embedded spec's YAML text.</summary>
    /// <returns>The text of <c>specs/pulsetic.openapi.yaml</c> as built into this assembly.</returns>
    public static string ReadYaml()
    {
        using Stream stream = typeof(PulseticSpec).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(PulseticSpec).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Returns the operation with this <c>operationId</c>.</summary>
    /// <param name="operationId">Such as <c>createMonitors</c>.</param>
    /// <returns>The operation.</returns>
    /// <exception cref="KeyNotFoundException">The spec has no such operation.</exception>
    public SpecOperation Operation(string operationId) =>
        _byId.TryGetValue(operationId, out SpecOperation? operation)
            ? operation
            : throw new KeyNotFoundException($"The spec has no operation '{operationId}'.");

    private static PulseticSpec Create()
    {
        JsonObject document = YamlJson.Parse(new StringReader(ReadYaml())) as JsonObject
            ?? throw new InvalidDataException("The spec is not a YAML mapping.");
        JsonObject components = Child(document, "components");
        JsonObject responses = Child(components, "responses");
        JsonObject parameters = Child(components, "parameters");

        var definitions = new JsonObject();
        foreach (KeyValuePair<string, JsonNode?> schema in Child(components, "schemas"))
        {
            definitions[schema.Key] = schema.Value?.DeepClone();
        }

        var drafts = new List<OperationDraft>();
        foreach (KeyValuePair<string, JsonNode?> path in Child(document, "paths"))
        {
            foreach (KeyValuePair<string, JsonNode?> entry in (JsonObject)path.Value!)
            {
                if (entry.Value is not JsonObject operation || operation["operationId"] is null)
                {
                    continue;
                }

                var draft = new OperationDraft((string)operation["operationId"]!, entry.Key.ToUpperInvariant(), path.Key);
                if (operation["requestBody"]?["content"]?["application/json"]?["schema"] is JsonNode requestSchema)
                {
                    draft.RequestDefinition = Add(definitions, $"op.{draft.OperationId}.request", requestSchema);
                }

                foreach (KeyValuePair<string, JsonNode?> response in Child(operation, "responses"))
                {
                    JsonObject resolved = Resolve(response.Value!, responses);
                    JsonNode? schema = resolved["content"]?["application/json"]?["schema"];
                    int status = int.Parse(response.Key, System.Globalization.CultureInfo.InvariantCulture);
                    draft.Responses[status] = schema is null ? null : Add(definitions, $"op.{draft.OperationId}.response.{status}", schema);
                }

                foreach (JsonNode? reference in operation["parameters"] as JsonArray ?? new JsonArray())
                {
                    JsonObject parameter = Resolve(reference!, parameters);
                    string name = (string)parameter["name"]!;
                    string location = (string)parameter["in"]!;
                    string definition = Add(definitions, $"op.{draft.OperationId}.parameter.{name}", parameter["schema"]!);
                    draft.Parameters.Add((name, location, parameter["required"]?.GetValue<bool>() == true, definition));
                }

                drafts.Add(draft);
            }
        }

        string json = new JsonObject { ["definitions"] = definitions }.ToJsonString()
            .Replace("\"#/components/schemas/", "\"#/definitions/", StringComparison.Ordinal);
        JsonSchema root = JsonSchema.FromJsonAsync(json).GetAwaiter().GetResult();

        var operations = drafts.Select(draft => draft.Build(root)).ToList();
        return new PulseticSpec(operations, root);
    }

    private static string Add(JsonObject definitions, string name, JsonNode schema)
    {
        definitions[name] = schema.DeepClone();
        return name;
    }

    private static JsonObject Resolve(JsonNode node, JsonObject components)
    {
        if (node["$ref"] is JsonNode reference)
        {
            string name = ((string)reference!).Split('/')[^1];
            return components[name] as JsonObject ?? throw new InvalidDataException($"Unresolved reference {reference}.");
        }

        return (JsonObject)node;
    }

    private static JsonObject Child(JsonObject parent, string name) =>
        parent[name] as JsonObject ?? throw new InvalidDataException($"The spec has no '{name}' mapping.");

    private sealed class OperationDraft(string operationId, string method, string pathTemplate)
    {
        public string OperationId { get; } = operationId;

        public string? RequestDefinition { get; set; }

        public Dictionary<int, string?> Responses { get; } = new();

        public List<(string Name, string In, bool Required, string Definition)> Parameters { get; } = new();

        public SpecOperation Build(JsonSchema root)
        {
            JsonSchema Lookup(string name) => root.Definitions[name];
            return new SpecOperation(
                OperationId,
                method,
                pathTemplate,
                RequestDefinition is null ? null : Lookup(RequestDefinition),
                Responses.ToDictionary(response => response.Key, response => response.Value is null ? null : Lookup(response.Value)),
                Parameters.Select(parameter => new SpecParameter(parameter.Name, parameter.In, parameter.Required, Lookup(parameter.Definition))).ToList());
        }
    }
}

/// <summary>One operation of the spec: its identity and the schemas of its request, responses and parameters.</summary>
/// <param name="OperationId">Such as <c>createMonitors</c>.</param>
/// <param name="Method">The HTTP method in upper case.</param>
/// <param name="PathTemplate">The path below the server URL, such as <c>/monitors/{monitorId}</c>.</param>
/// <param name="RequestSchema">The JSON request body's schema, or <see langword="null"/> when the operation takes no body.</param>
/// <param name="ResponseSchemas">The JSON body schema per documented status; <see langword="null"/> for a status documented without a body.</param>
/// <param name="Parameters">The path and query parameters.</param>
public sealed record SpecOperation(
    string OperationId,
    string Method,
    string PathTemplate,
    JsonSchema? RequestSchema,
    IReadOnlyDictionary<int, JsonSchema?> ResponseSchemas,
    IReadOnlyList<SpecParameter> Parameters);

/// <summary>A path or query parameter of an operation.</summary>
/// <param name="Name">The name as sent, such as <c>per_page</c> or <c>nodes[]</c>.</param>
/// <param name="In"><c>path</c> or <c>query</c>.</param>
/// <param name="Required">Whether the parameter must be present.</param>
/// <param name="Schema">The schema of its value (for repeated query parameters, an array schema).</param>
public sealed record SpecParameter(string Name, string In, bool Required, JsonSchema Schema);
