using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>
/// Small specs written for one feature each: the output compiles warning-free and has the expected shape, and where the
/// feature is wire behaviour (URLs, credentials, error bodies) a compiled client is run and the request it sent is checked.
/// </summary>
public sealed class FeatureTests
{
    private static GenerationResult Generate(string spec, string? userCode = null)
    {
        GenerationResult result = GeneratorHarness.Run(spec, "/specs/feature.yaml", userCode);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        return result;
    }

    [Fact]
    public void Required_and_nullable_map_to_the_four_NRT_shapes()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Quadrants, version: '1' }
            paths: {}
            components:
              schemas:
                Item:
                  type: object
                  required: [requiredValue, requiredNullable]
                  properties:
                    requiredValue: { type: string }
                    requiredNullable: { type: [string, 'null'] }
                    optionalValue: { type: string }
                    optionalNullable: { type: [string, 'null'] }
                    count: { type: integer, format: int32 }
            """;

        // Reading a required non-nullable property into a non-nullable local is warning-free; the compile check
        // in Generate fails on any warning, so this proves the annotations are right.
        GenerationResult result = Generate(spec, """
            public static class Use
            {
                public static string Read(Quadrants.Item item) => item.RequiredValue + (item.RequiredNullable ?? "") + (item.OptionalValue ?? "") + (item.OptionalNullable ?? "");
                public static Quadrants.Item Make() => new Quadrants.Item { RequiredValue = "a", RequiredNullable = null };
            }
            """);
        string model = result.File(".Models.Item.g.cs");
        Assert.Contains("public required string RequiredValue { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public required string? RequiredNullable { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public string? OptionalValue { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public string? OptionalNullable { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public int? Count { get; set; }", model, StringComparison.Ordinal);

        // An optional property read as non-nullable is flagged: the annotation is really there.
        GenerationResult misuse = GeneratorHarness.Run(spec, "/specs/feature.yaml", "public static class Use { public static string Read(Quadrants.Item item) => item.OptionalValue; }");
        Assert.Contains(misuse.CompileProblems, d => d.Id == "CS8603");
    }

    [Fact]
    public async Task OpenApi_30_nullable_and_20_documents_are_understood()
    {
        const string v30 = """
            openapi: 3.0.3
            info: { title: Thirty, version: '1' }
            paths: {}
            components:
              schemas:
                Thing:
                  type: object
                  required: [name]
                  properties:
                    name: { type: string, nullable: true }
            """;
        Assert.Contains("public required string? Name", Generate(v30).File(".Models.Thing.g.cs"), StringComparison.Ordinal);

        const string v20 = """
            swagger: '2.0'
            info: { title: Twenty, version: '1' }
            host: api.example.com
            basePath: /v1
            schemes: [https]
            paths:
              /items:
                get:
                  operationId: listItems
                  parameters:
                    - { name: ids, in: query, type: array, items: { type: string }, collectionFormat: csv }
                    - { name: tags, in: query, type: array, items: { type: string }, collectionFormat: multi }
                  responses:
                    '200': { description: ok, schema: { type: array, items: { $ref: '#/definitions/Item' } } }
                post:
                  operationId: createItem
                  parameters:
                    - { name: body, in: body, required: true, schema: { $ref: '#/definitions/Item' } }
                  responses:
                    '200': { description: ok, schema: { $ref: '#/definitions/Item' } }
            definitions:
              Item: { type: object, required: [id], properties: { id: { type: integer, format: int64 } } }
            """;
        const string probe = """
            public static class Probe
            {
                public static async System.Threading.Tasks.Task<string> RunAsync()
                {
                    var recorder = new Recorder(200, "[]");
                    using var client = new Twenty.TwentyClient(new System.Net.Http.HttpClient(recorder));
                    await client.ListItemsAsync(ids: new[] { "a", "b c" }, tags: new[] { "x", "y" });
                    return recorder.Requests[0];
                }
            }
            """;

        // The base address comes from host + basePath + schemes; csv joins with commas, multi repeats the name.
        Assert.Equal("GET https://api.example.com/v1/items?ids=a,b%20c&tags=x&tags=y", await CompiledClient.RunAsync(v20, probe));
        Assert.Contains("CreateItemAsync(global::Twenty.Item body", Generate(v20).File(".Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_values_that_are_not_identifiers_get_distinct_member_names()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Enums, version: '1' }
            paths: {}
            components:
              schemas:
                Odd:
                  type: string
                  enum: ['', '+1', '-1', 'class', '1day', 'a b', 'A', 'a', '||', 'Value', null]
                Level:
                  type: integer
                  enum: [1, 2, -3]
            """;
        string odd = Generate(spec).File(".Models.Odd.g.cs");
        foreach (string member in new[] { "Empty", "Plus1", "Minus1", "Class", "_1day", "AB", "A", "A2", "OrOr", "Value2" })
        {
            Assert.Contains($" {member} {{ get; }}", odd, StringComparison.Ordinal);
        }

        Assert.Contains("new Odd(\"+1\")", odd, StringComparison.Ordinal);
        Assert.Contains("new Odd(\"||\")", odd, StringComparison.Ordinal);
        Assert.Contains("public static Level ValueMinus3 { get; } = new Level(-3L);", Generate(spec).File(".Models.Level.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Awkward_names_become_valid_unique_identifiers()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Names, version: '1' }
            paths:
              /things/{class}:
                get:
                  operationId: get-thing.by id
                  parameters:
                    - { name: class, in: path, required: true, schema: { type: string } }
                    - { name: event, in: query, schema: { type: string } }
                    - { name: X-Request-Id, in: header, schema: { type: string } }
                    - { name: $top, in: query, schema: { type: integer } }
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/thing' } } } }
              /things:
                get:
                  responses:
                    '200': { description: ok }
            components:
              schemas:
                thing:
                  type: object
                  properties:
                    thing: { type: string }
                    namespace: { type: string }
                    '2fa': { type: boolean }
                    some-value: { type: string }
                    some_value: { type: string }
                Thing: { type: object, properties: { id: { type: integer } } }
            """;
        GenerationResult result = Generate(spec);
        string client = result.File(".Client.g.cs");
        Assert.Contains("GetThingByIdAsync(string @class, string? @event = null, string? xRequestId = null, long? top = null", client, StringComparison.Ordinal);
        Assert.Contains("GetThingsAsync(", client, StringComparison.Ordinal);
        string model = result.File(".Models.Thing.g.cs");
        Assert.Contains("public string? ThingValue { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public bool? _2fa { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public string? SomeValue2 { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains(".Models.Thing2.g.cs", string.Join(" ", result.Files.Select(f => f.HintName)), StringComparison.Ordinal);
    }

    [Fact]
    public void Recursive_schemas_dictionaries_and_scalar_unions_are_typed()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Shapes, version: '1' }
            paths: {}
            components:
              schemas:
                Node:
                  type: object
                  properties:
                    children: { type: array, items: { $ref: '#/components/schemas/Node' } }
                    labels: { type: object, additionalProperties: { type: string } }
                    flag: { oneOf: [{ type: boolean }, { type: integer, enum: [0, 1] }] }
                    when: { oneOf: [{ type: string, format: date-time }, { type: integer }] }
                    score: { oneOf: [{ type: number }, { type: string }] }
                    either: { type: [integer, boolean] }
                    anything: {}
                    parent: { oneOf: [{ $ref: '#/components/schemas/Node' }, { type: 'null' }] }
            """;
        string model = Generate(spec).File(".Models.Node.g.cs");
        Assert.Contains("IReadOnlyList<global::Shapes.Node>? Children", model, StringComparison.Ordinal);
        Assert.Contains("IReadOnlyDictionary<string, string>? Labels", model, StringComparison.Ordinal);
        Assert.Contains("public bool? Flag", model, StringComparison.Ordinal);
        Assert.Contains("public global::System.DateTimeOffset? When", model, StringComparison.Ordinal);
        Assert.Contains("public double? Score", model, StringComparison.Ordinal);
        Assert.Contains("public bool? Either", model, StringComparison.Ordinal);
        Assert.Contains("public global::System.Text.Json.JsonElement? Anything", model, StringComparison.Ordinal);
        Assert.Contains("public global::Shapes.Node? Parent", model, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_options_set_client_name_namespace_and_visibility()
    {
        GenerationResult result = GeneratorHarness.Run(new[] { new SpecFile("/specs/p.yaml", GeneratorHarness.PulseticSpec, ClientName: "UptimeClient", Namespace: "Acme.Uptime", Visibility: "internal") });
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        string client = result.File(".Client.g.cs");
        Assert.Contains("namespace Acme.Uptime", client, StringComparison.Ordinal);
        Assert.Contains("internal sealed partial class UptimeClient", client, StringComparison.Ordinal);
        Assert.Contains("internal sealed partial class UptimeJsonContext", result.File(".JsonContext.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_specs_in_one_project_generate_side_by_side()
    {
        const string other = """
            openapi: 3.1.0
            info: { title: Other Service, version: '1' }
            paths:
              /ping: { get: { operationId: ping, responses: { '204': { description: pong } } } }
            """;
        GenerationResult result = GeneratorHarness.Run(new[] { new SpecFile("/specs/p.yaml", GeneratorHarness.PulseticSpec), new SpecFile("/specs/o.yaml", other) });
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Contains(result.Files, f => f.HintName.StartsWith("OtherService.OtherServiceClient.", StringComparison.Ordinal));
        Assert.Contains(result.Files, f => f.HintName.StartsWith("Pulsetic.PulseticClient.", StringComparison.Ordinal));
    }

    [Fact]
    public void Deprecated_operations_are_marked_obsolete_without_warnings_in_generated_code()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Old, version: '1' }
            paths:
              /legacy:
                get:
                  operationId: legacy
                  deprecated: true
                  summary: Old way
                  responses: { '204': { description: gone soon } }
            """;
        string client = Generate(spec).File(".Client.g.cs");
        Assert.Contains("[global::System.Obsolete(\"The API marks operation 'legacy' as deprecated.\")]", client, StringComparison.Ordinal);
    }

    [Fact]
    public void OneOf_with_a_discriminator_becomes_a_union_that_keeps_unknown_kinds()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Zoo, version: '1' }
            paths:
              /pets/{id}:
                get:
                  operationId: getPet
                  parameters: [{ name: id, in: path, required: true, schema: { type: integer } }]
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Pet' } } } }
            components:
              schemas:
                Pet:
                  oneOf: [{ $ref: '#/components/schemas/Dog' }, { $ref: '#/components/schemas/Cat' }, { type: string }]
                  discriminator:
                    propertyName: kind
                    mapping: { dog: '#/components/schemas/Dog' }
                Dog: { type: object, required: [kind, bark], properties: { kind: { type: string }, bark: { type: boolean } } }
                Cat: { type: object, required: [kind], properties: { kind: { type: string }, lives: { type: integer } } }
            """;
        GenerationResult result = Generate(spec, """
            public static class Use
            {
                public static Zoo.Pet Make() => new Zoo.Dog { Kind = "dog", Bark = true };
                public static string Describe(Zoo.Pet pet) => pet.Dog is { } dog ? "dog " + dog.Bark : pet.Cat is { } cat ? "cat " + cat.Lives : pet.String ?? pet.Unknown?.ToString() ?? "";
            }
            """);
        string model = result.File(".Models.Pet.g.cs");
        Assert.Contains("public global::Zoo.Dog? Dog { get; }", model, StringComparison.Ordinal);
        Assert.Contains("public string? String { get; }", model, StringComparison.Ordinal);
        Assert.Contains("public global::System.Text.Json.JsonElement? Unknown { get; }", model, StringComparison.Ordinal);
        string json = result.File(".JsonContext.g.cs");
        Assert.Contains("case \"dog\":", json, StringComparison.Ordinal);
        Assert.Contains("case \"Cat\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void References_into_other_schemas_and_parameters_are_followed()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Deep, version: '1' }
            paths: {}
            components:
              parameters:
                kind: { name: kind, in: query, schema: { type: string, enum: [a, b] } }
              schemas:
                Field:
                  type: object
                  properties:
                    name: { type: string, maxLength: 10 }
                    sizes: { type: array, items: { type: integer } }
                Copy:
                  type: object
                  properties:
                    name: { $ref: '#/components/schemas/Field/properties/name' }
                    size: { $ref: '#/components/schemas/Field/properties/sizes/items' }
                    kind: { $ref: '#/components/parameters/kind/schema' }
            """;
        GenerationResult result = Generate(spec);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "PGEN008");
        string model = result.File(".Models.Copy.g.cs");
        Assert.Contains("public string? Name { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public long? Size { get; set; }", model, StringComparison.Ordinal);
        // Named after what the pointer names, so every $ref to it can share the type.
        Assert.Contains("public global::Deep.Kind? Kind { get; set; }", model, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pointers_into_shared_responses_are_followed_and_share_one_type()
    {
        // PagerDuty's shape: error responses whose schema points into another response's body.
        const string spec = """
            openapi: 3.0.3
            info: { title: Shared, version: '1' }
            paths:
              /a: { get: { operationId: getA, responses: { '204': { description: ok }, '401': { $ref: '#/components/responses/Unauthorized' } } } }
              /b: { get: { operationId: getB, responses: { '204': { description: ok }, '401': { $ref: '#/components/responses/Unauthorized' }, '403': { $ref: '#/components/responses/Forbidden' } } } }
            components:
              responses:
                Conflict:
                  description: conflict
                  content: { application/json: { schema: { type: object, properties: { error: { type: object, properties: { code: { type: integer }, message: { type: string } } } } } } }
                Unauthorized:
                  description: no credentials
                  content: { application/json: { schema: { $ref: '#/components/responses/Conflict/content/application~1json/schema' } } }
                Forbidden:
                  description: not allowed
                  content: { application/json: { schema: { $ref: '#/components/responses/Conflict/content/application~1json/schema' } } }
            """;
        GenerationResult result = Generate(spec);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "PGEN008");
        Assert.Contains("public global::Shared.ConflictResponseError? Error { get; set; }", result.File(".Models.ConflictResponse.g.cs"), StringComparison.Ordinal);
        // One body type (and its inline 'error' object) for the three uses, not one per operation and status.
        Assert.Equal(2, result.Files.Count(f => f.HintName.Contains(".Models.", StringComparison.Ordinal)));

        // On the wire: both operations read a 401 body (and getB a 403 body) as that one type.
        const string probe = """
            public static class Probe
            {
                public static async System.Threading.Tasks.Task<string> RunAsync() =>
                    await Body(401, c => c.GetAAsync()) + " " + await Body(401, c => c.GetBAsync()) + " " + await Body(403, c => c.GetBAsync());

                private static async System.Threading.Tasks.Task<string> Body(int status, System.Func<Shared.SharedClient, System.Threading.Tasks.Task> call)
                {
                    using var client = new Shared.SharedClient(new System.Net.Http.HttpClient(new Recorder(status, "{\"error\":{\"code\":7,\"message\":\"no\"}}")) { BaseAddress = new System.Uri("https://api.test/") });
                    try
                    {
                        await call(client);
                        return "no exception";
                    }
                    catch (PulseticGen.Runtime.ApiException exception) when (exception.TryGetError(out Shared.ConflictResponse? body))
                    {
                        return status + ":" + body.Error?.Code + ":" + body.Error?.Message;
                    }
                }
            }
            """;
        Assert.Equal("401:7:no 401:7:no 403:7:no", await CompiledClient.RunAsync(spec, probe));
    }

    [Theory]
    [InlineData("{ type: apiKey, in: query, name: api_key }", "GET https://api.test/me?api_key=user%3Apw")]
    [InlineData("{ type: apiKey, in: cookie, name: sid }", "GET https://api.test/me | Cookie: sid=user:pw")]
    [InlineData("{ type: apiKey, in: header, name: X-API-Key }", "GET https://api.test/me | X-API-Key: user:pw")]
    [InlineData("{ type: http, scheme: basic }", "GET https://api.test/me | Authorization: Basic dXNlcjpwdw==")]
    [InlineData("{ type: http, scheme: bearer }", "GET https://api.test/me | Authorization: Bearer user:pw")]
    public async Task Security_schemes_put_the_credential_where_the_scheme_says_and_public_operations_send_none(string scheme, string expected)
    {
        string spec = $$"""
            openapi: 3.1.0
            info: { title: Secure, version: '1' }
            security: [{ main: [] }]
            paths:
              /me: { get: { operationId: me, responses: { '204': { description: ok } } } }
              /health: { get: { operationId: health, security: [], responses: { '204': { description: ok } } } }
            components:
              securitySchemes:
                main: {{scheme}}
            """;
        const string probe = """
            public static class Probe
            {
                public static async System.Threading.Tasks.Task<string> RunAsync()
                {
                    var recorder = new Recorder();
                    using var client = Secure.SecureClient.Create("user:pw", new System.Uri("https://api.test/"), recorder);
                    await client.MeAsync();
                    await client.HealthAsync();
                    return string.Join("\n", recorder.Requests);
                }
            }
            """;
        Assert.Equal(expected + "\nGET https://api.test/health", await CompiledClient.RunAsync(spec, probe));

        GenerationResult result = Generate(spec);
        string endpoints = result.File(".Endpoints.g.cs");
        Assert.Contains("Health { get; } = new global::PulseticGen.Runtime.ApiEndpoint(\"health\", \"GET\", \"/health\", null, null, false, requiresAuthentication: false);", endpoints, StringComparison.Ordinal);
        Assert.Contains("Me { get; } = new global::PulseticGen.Runtime.ApiEndpoint(\"me\", \"GET\", \"/me\", null, null, false);", endpoints, StringComparison.Ordinal);
    }

    [Fact]
    public void Tag_and_operation_filters_keep_part_of_the_api_and_only_the_schemas_it_reaches()
    {
        var spec = new SpecFile("/specs/p.yaml", GeneratorHarness.PulseticSpec)
        {
            Extra = new Dictionary<string, string> { ["IncludeTags"] = "Monitors;Heartbeats", ["ExcludeOperations"] = "deleteHeartbeat" },
        };
        GenerationResult result = GeneratorHarness.Run(new[] { spec });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        string client = result.File(".Client.g.cs");
        Assert.Contains("IMonitorsClient Monitors { get; }", client, StringComparison.Ordinal);
        Assert.Contains("IHeartbeatsClient Heartbeats { get; }", client, StringComparison.Ordinal);
        Assert.DoesNotContain("StatusPages", client, StringComparison.Ordinal);
        Assert.DoesNotContain("DeleteAsync", result.File(".HeartbeatsClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains(result.Files, f => f.HintName.EndsWith(".Models.Monitor.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.HintName.EndsWith(".Models.StatusPage.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Files, f => f.HintName.EndsWith(".Models.Domain.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Formats_map_to_the_dotnet_types_users_expect()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Formats, version: '1' }
            paths: {}
            components:
              schemas:
                Sample:
                  type: object
                  required: [when, day, id, small, big, ratio, exact, share, blob, file, at, link]
                  properties:
                    when: { type: string, format: date-time }
                    day: { type: string, format: date }
                    id: { type: string, format: uuid }
                    small: { type: integer, format: int32 }
                    big: { type: integer, format: int64 }
                    ratio: { type: number, format: float }
                    exact: { type: number, format: decimal }
                    share: { type: number, format: double }
                    blob: { type: string, format: byte }
                    file: { type: string, format: binary }
                    at: { type: string, format: time }
                    link: { type: string, format: uri }
            """;
        string model = Generate(spec).File(".Models.Sample.g.cs");
        foreach (string declaration in new[]
        {
            "required global::System.DateTimeOffset When", "required global::System.DateOnly Day", "required global::System.Guid Id",
            "required int Small", "required long Big", "required float Ratio", "required decimal Exact", "required double Share",
            "required byte[] Blob", "required global::PulseticGen.Runtime.ApiFile File",
            // Times of day carry offsets (RFC 3339 "15:04:05Z") that TimeOnly cannot hold, and URIs may be relative:
            // both stay strings, read and written exactly as sent.
            "required string At", "required string Link",
        })
        {
            Assert.Contains("public " + declaration + " { get; set; }", model, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bodies_and_responses_of_every_media_kind_get_the_matching_types()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Media, version: '1' }
            paths:
              /charges:
                post:
                  operationId: createCharge
                  requestBody:
                    required: true
                    content:
                      application/x-www-form-urlencoded:
                        schema: { $ref: '#/components/schemas/ChargeInput' }
                        encoding: { expand: { style: deepObject, explode: true } }
                  responses:
                    '200': { description: ok, content: { application/json: { schema: { type: object, properties: { id: { type: string } } } } } }
                    '201': { description: created, content: { application/json: { schema: { type: string } } } }
                    4XX: { description: client error, content: { application/json: { schema: { $ref: '#/components/schemas/Problem' } } } }
                    default: { description: other, content: { application/problem+json: { schema: { $ref: '#/components/schemas/Problem' } } } }
              /files:
                post:
                  operationId: uploadFiles
                  requestBody:
                    required: true
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          required: [file]
                          properties:
                            file: { type: string, format: binary }
                            attachments: { type: array, items: { type: string, format: binary } }
                            tags: { type: array, items: { type: string } }
                            size: { type: integer }
                            meta: { type: object, properties: { owner: { type: string } } }
                  responses: { '204': { description: stored } }
              /raw:
                put:
                  operationId: putRaw
                  requestBody: { required: true, content: { application/octet-stream: { schema: { type: string, format: binary } } } }
                  responses: { '200': { description: echo, content: { text/plain: { schema: { type: string } } } } }
              /download:
                get:
                  operationId: download
                  responses: { '200': { description: bytes, content: { application/pdf: { schema: { type: string, format: binary } } } } }
            components:
              schemas:
                ChargeInput:
                  type: object
                  required: [amount]
                  properties:
                    amount: { type: integer }
                    expand: { type: array, items: { type: string } }
                    metadata: { type: object, additionalProperties: { type: string } }
                Problem:
                  type: object
                  properties: { title: { type: string }, status: { type: integer } }
            """;
        GenerationResult result = Generate(spec);
        string client = result.File(".Client.g.cs");

        // What each media kind becomes in the signature; the bytes each one sends are checked on the wire by
        // PulseticGen.Client.Tests' WireRequestTests, which calls a client compiled from the same shapes.
        Assert.Contains("Task<global::Media.CreateChargeResponse> CreateChargeAsync(global::Media.ChargeInput body", client, StringComparison.Ordinal);
        Assert.Contains("global::System.Threading.Tasks.Task UploadFilesAsync(global::Media.UploadFilesRequest body", client, StringComparison.Ordinal);
        Assert.Contains("Task<string> PutRawAsync(global::PulseticGen.Runtime.ApiFile body", client, StringComparison.Ordinal);
        Assert.Contains("Task<global::PulseticGen.Runtime.ApiFile> DownloadAsync(", client, StringComparison.Ordinal);
        Assert.Contains("public required global::PulseticGen.Runtime.ApiFile File { get; set; }", result.File(".Models.UploadFilesRequest.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void OpenApi_31_const_examples_ref_siblings_and_webhooks_are_handled()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Modern, version: '1' }
            paths:
              /events:
                get:
                  operationId: listEvents
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Event', description: A sibling of $ref, allowed in 3.1 }
            webhooks:
              newEvent:
                post:
                  requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Event' } } } }
                  responses: { '200': { description: ok } }
            components:
              schemas:
                Event:
                  type: object
                  required: [kind, id]
                  properties:
                    kind: { const: event, type: string }
                    id: { type: string, examples: [evt_1, evt_2] }
                    tags: { type: [array, 'null'], items: { type: string } }
            """;
        GenerationResult result = Generate(spec);
        Assert.Contains("ListEventsAsync(", result.File(".Client.g.cs"), StringComparison.Ordinal);
        string model = result.File(".Models.Event.g.cs");
        Assert.Contains("public required string Kind { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public global::System.Collections.Generic.IReadOnlyList<string>? Tags { get; set; }", model, StringComparison.Ordinal);
        Assert.Single(result.File(".Endpoints.g.cs").Split("new global::PulseticGen.Runtime.ApiEndpoint(").Skip(1));
    }

    [Fact]
    public void Very_long_names_and_the_same_operation_name_in_two_tags_stay_distinct()
    {
        string longName = "a_" + new string('x', 300) + "_property";
        string spec = $$"""
            openapi: 3.1.0
            info: { title: Names2, version: '1' }
            paths:
              /a: { get: { operationId: listA, tags: [Alpha], responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Big' } } } } } } }
              /b: { get: { operationId: listB, tags: [Beta], responses: { '204': { description: ok } } } }
            components:
              schemas:
                Big: { type: object, properties: { {{longName}}: { type: string }, id: { type: string }, ID: { type: string } } }
            """;
        GenerationResult result = Generate(spec);
        Assert.Contains("ListAAsync(", result.File(".AlphaClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("ListBAsync(", result.File(".BetaClient.g.cs"), StringComparison.Ordinal);
        string model = result.File(".Models.Big.g.cs");
        Assert.Contains("public string? Id { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("public string? Id2 { get; set; }", model, StringComparison.Ordinal);
        Assert.Contains("Xxxxxxxxxx", model, StringComparison.Ordinal);
    }

    [Fact]
    public void Doc_comments_are_complete_and_well_formed_for_projects_that_generate_documentation()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Docs, version: '1' }
            paths:
              /items:
                get:
                  operationId: listItems
                  summary: List items where a < b & c > d
                  description: One line with <tags> & ampersands.
                  responses: { '200': { description: ok, content: { application/json: { schema: { $ref: '#/components/schemas/Item' } } } } }
            components:
              schemas:
                Item:
                  type: object
                  properties:
                    id: { type: string }
                    note: { type: string, description: "Markup <b>stays</b> text & is escaped" }
            """;

        // Generate fails on any warning, and the harness checks doc comments as GenerateDocumentationFile does.
        GenerationResult result = Generate(spec);
        string client = result.File(".Client.g.cs");
        Assert.Contains("/// <para>One line with &lt;tags&gt; &amp; ampersands.</para>", client, StringComparison.Ordinal);
        string model = result.File(".Models.Item.g.cs");
        Assert.Contains("/// <summary>The <c>id</c> property.</summary>", model, StringComparison.Ordinal);
        Assert.Contains("/// <remarks>JSON name <c>note</c>.</remarks>", model, StringComparison.Ordinal);

        // The check is live: the same model without the doc line of 'id' is reported, as a user's build would.
        string undocumented = model.Replace("/// <summary>The <c>id</c> property.</summary>", string.Empty, StringComparison.Ordinal);
        Compilation recompiled = GeneratorHarness.CreateCompilation(undocumented);
        Assert.Contains(recompiled.GetDiagnostics(), d => d.Id == "CS1591" && d.GetMessage().Contains("Item.Id", StringComparison.Ordinal));
    }
}
