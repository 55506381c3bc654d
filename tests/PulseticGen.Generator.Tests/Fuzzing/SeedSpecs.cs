using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Generator.Tests.Infrastructure;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>One spec the fuzzer starts from: its text, and its tree (parsed once, cloned per case).</summary>
internal sealed class SeedSpec
{
    private readonly Lazy<JsonNode?> _tree;

    public SeedSpec(string name, string text, int weight)
    {
        Name = name;
        Text = text;
        Weight = weight;
        IsJson = text.TrimStart('\uFEFF', ' ', '\r', '\n', '\t').StartsWith('{');
        _tree = new Lazy<JsonNode?>(() => SpecTree.Load(text));
    }

    public string Name { get; }

    public string Text { get; }

    public bool IsJson { get; }

    /// <summary>How often this seed is drawn relative to the others: big specs cost more per case.</summary>
    public int Weight { get; }

    public JsonNode? CloneTree() => _tree.Value?.DeepClone();
}

/// <summary>
/// The specs the fuzzer mutates: Pulsetic, the small specs of the shared corpus (read in place, as the corpus gate does),
/// and three hand-written ones that use much of what the generator supports in few lines.
/// </summary>
internal static class SeedSpecs
{
    /// <summary>The corpus specs small enough to mutate thousands of times; the big ones are the corpus gate's job.</summary>
    private static readonly string[] s_smallCorpusSpecs =
    {
        "oai-petstore.yaml", "oai-petstore-expanded.yaml", "oai-petstore-v2.json", "oai-uspto.yaml", "oai-api-with-examples.yaml",
        "oai-callback-example.yaml", "oai-link-example.yaml", "oai-webhook-example.yaml", "redocly-museum.yaml", "nytimes-books.json",
    };

    public static IReadOnlyList<SeedSpec> Load(string? corpus)
    {
        var seeds = new List<SeedSpec> { new("pulsetic", GeneratorHarness.PulseticSpec, weight: corpus is null ? 20 : 12) };
        if (corpus is not null)
        {
            foreach (string file in s_smallCorpusSpecs)
            {
                string path = Path.Combine(corpus, file);
                if (!File.Exists(path))
                {
                    throw new FileNotFoundException($"The fuzzer's corpus spec is missing: {path}", path);
                }

                seeds.Add(new SeedSpec(file, File.ReadAllText(path), weight: file.StartsWith("nytimes", StringComparison.Ordinal) ? 3 : 6));
            }
        }

        seeds.Add(new SeedSpec("hand-3.1.json", Composition31Json, weight: 10));
        seeds.Add(new SeedSpec("hand-2.0.yaml", Swagger20Yaml, weight: 8));
        seeds.Add(new SeedSpec("hand-3.0.yaml", Features30Yaml, weight: 10));
        return seeds;
    }

    public static SeedSpec Pick(IReadOnlyList<SeedSpec> seeds, Random random)
    {
        int pick = random.Next(seeds.Sum(s => s.Weight));
        foreach (SeedSpec seed in seeds)
        {
            if (pick < seed.Weight)
            {
                return seed;
            }

            pick -= seed.Weight;
        }

        return seeds[^1];
    }

    /// <summary>The corpus folder, found as the corpus gate finds it; null when absent (then only Pulsetic and the hand-written specs are fuzzed).</summary>
    public static string? FindCorpus()
    {
        string? configured = Environment.GetEnvironmentVariable("PULSETICGEN_CORPUS");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : null;
        }

        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "shared", "specs", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private const string Composition31Json = """
        {
          "openapi": "3.1.0",
          "info": { "title": "Shapes", "version": "1.0" },
          "servers": [ { "url": "https://{region}.example.com/v1", "variables": { "region": { "default": "eu", "enum": ["eu", "us"] } } } ],
          "security": [ { "key": [] } ],
          "paths": {
            "/shapes/{shapeId}": {
              "parameters": [ { "name": "shapeId", "in": "path", "required": true, "schema": { "type": "string", "format": "uuid" } } ],
              "get": {
                "operationId": "getShape",
                "parameters": [
                  { "name": "fields", "in": "query", "schema": { "type": "array", "items": { "type": "string" } }, "style": "form", "explode": false },
                  { "name": "filter", "in": "query", "style": "deepObject", "schema": { "type": "object", "properties": { "color": { "type": "string" } } } },
                  { "name": "X-Trace", "in": "header", "schema": { "type": "string" } },
                  { "name": "session", "in": "cookie", "schema": { "type": "string" } }
                ],
                "responses": {
                  "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Shape" } } } },
                  "404": { "description": "missing", "content": { "application/problem+json": { "schema": { "$ref": "#/components/schemas/Problem" } } } }
                }
              },
              "put": {
                "operationId": "putShape",
                "requestBody": { "required": true, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Shape" } } } },
                "responses": { "204": { "description": "saved" } }
              },
              "delete": { "operationId": "deleteShape", "security": [], "responses": { "204": { "description": "gone" } } }
            },
            "/shapes": {
              "post": {
                "operationId": "uploadShape",
                "requestBody": { "content": { "multipart/form-data": { "schema": { "type": "object", "properties": { "file": { "type": "string", "format": "binary" }, "name": { "type": "string" } } } } } },
                "responses": { "201": { "description": "created", "content": { "text/plain": { "schema": { "type": "string" } } } } }
              },
              "get": {
                "operationId": "listShapes",
                "parameters": [ { "name": "page", "in": "query", "schema": { "type": ["integer", "null"], "minimum": 1 } } ],
                "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "type": "array", "items": { "$ref": "#/components/schemas/Shape" } } } } } }
              }
            }
          },
          "webhooks": { "shapeChanged": { "post": { "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Shape" } } } }, "responses": { "200": { "description": "ok" } } } } },
          "components": {
            "securitySchemes": { "key": { "type": "apiKey", "in": "header", "name": "X-Api-Key" } },
            "schemas": {
              "Shape": {
                "oneOf": [ { "$ref": "#/components/schemas/Circle" }, { "$ref": "#/components/schemas/Square" } ],
                "discriminator": { "propertyName": "kind", "mapping": { "circle": "#/components/schemas/Circle", "square": "#/components/schemas/Square" } }
              },
              "Base": { "type": "object", "required": ["kind", "id"], "properties": { "kind": { "type": "string" }, "id": { "type": "integer", "format": "int64", "readOnly": true }, "tags": { "type": "object", "additionalProperties": { "type": "string" } } } },
              "Circle": { "allOf": [ { "$ref": "#/components/schemas/Base" }, { "type": "object", "properties": { "radius": { "type": "number", "exclusiveMinimum": 0 } } } ] },
              "Square": { "allOf": [ { "$ref": "#/components/schemas/Base" }, { "type": "object", "properties": { "side": { "type": ["number", "string"] }, "color": { "$ref": "#/components/schemas/Color" } } } ] },
              "Color": { "type": "string", "enum": ["red", "dark-blue", "3d", "class", null] },
              "Level": { "type": "integer", "enum": [1, 2, 10] },
              "Problem": { "type": "object", "properties": { "title": { "type": "string" }, "status": { "type": "integer" }, "detail": { "type": ["string", "null"] }, "extra": {} } },
              "Stamp": { "anyOf": [ { "type": "string", "format": "date-time" }, { "type": "integer" } ] },
              "Fixed": { "const": "fixed" }
            }
          }
        }
        """;

    private const string Swagger20Yaml = """
        swagger: '2.0'
        info: { title: Legacy Store, version: '2' }
        host: store.example.com
        basePath: /api
        schemes: [https]
        consumes: [application/json]
        produces: [application/json]
        securityDefinitions:
          basic: { type: basic }
          token: { type: apiKey, in: query, name: access_token }
        security: [ { token: [] } ]
        paths:
          /orders:
            get:
              operationId: listOrders
              parameters:
                - { name: status, in: query, type: array, items: { type: string, enum: [open, closed] }, collectionFormat: csv }
                - { name: limit, in: query, type: integer, format: int32, default: 20 }
              responses:
                '200': { description: ok, schema: { type: array, items: { $ref: '#/definitions/Order' } } }
                default: { description: error, schema: { $ref: '#/definitions/Error' } }
            post:
              operationId: createOrder
              parameters:
                - { name: body, in: body, required: true, schema: { $ref: '#/definitions/Order' } }
              responses:
                '201': { description: created, schema: { $ref: '#/definitions/Order' } }
          /orders/{id}/attachment:
            post:
              operationId: attach
              consumes: [multipart/form-data]
              parameters:
                - { name: id, in: path, required: true, type: integer }
                - { name: file, in: formData, type: file }
                - { name: note, in: formData, type: string }
              responses:
                '204': { description: attached }
        definitions:
          Order:
            type: object
            required: [id]
            properties:
              id: { type: integer, format: int64 }
              placed: { type: string, format: date-time }
              lines: { type: array, items: { $ref: '#/definitions/Line' } }
              meta: { type: object, additionalProperties: { type: string } }
          Line:
            type: object
            properties:
              sku: { type: string }
              quantity: { type: integer, minimum: 1 }
              order: { $ref: '#/definitions/Order' }
          Error:
            type: object
            properties:
              code: { type: integer }
              message: { type: string }
        """;

    private const string Features30Yaml = """
        openapi: 3.0.3
        info:
          title: Tree Service
          version: '0.3'
        servers:
          - url: https://trees.example.com
        paths:
          /nodes/{nodeId}:
            parameters:
              - name: nodeId
                in: path
                required: true
                schema: { type: integer }
            get:
              operationId: getNode
              tags: [Nodes]
              parameters:
                - $ref: '#/components/parameters/Depth'
              responses:
                '200':
                  description: the node
                  headers:
                    X-Rate-Limit: { schema: { type: integer } }
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Node' }
                  links:
                    parent: { operationId: getNode, parameters: { nodeId: '$response.body#/parentId' } }
                '4XX': { $ref: '#/components/responses/Error' }
            patch:
              operationId: renameNode
              tags: [Nodes]
              requestBody:
                content:
                  application/x-www-form-urlencoded:
                    schema: { type: object, properties: { name: { type: string } } }
              callbacks:
                renamed:
                  '{$request.query.callback}':
                    post:
                      requestBody: { content: { application/json: { schema: { $ref: '#/components/schemas/Node' } } } }
                      responses: { '200': { description: ok } }
              responses:
                '200': { description: renamed }
          /nodes/{nodeId}/name:
            get:
              operationId: getNodeName
              tags: [Nodes, Names]
              parameters:
                - { name: nodeId, in: path, required: true, schema: { type: integer } }
              responses:
                '200':
                  description: the name
                  content:
                    text/plain: { schema: { type: string } }
          /export:
            get:
              operationId: exportTree
              tags: [Export]
              deprecated: true
              responses:
                '200':
                  description: a file
                  content:
                    application/octet-stream: { schema: { type: string, format: binary } }
        components:
          parameters:
            Depth: { name: depth, in: query, schema: { type: integer, default: 1, maximum: 10 } }
          responses:
            Error:
              description: a failure
              content:
                application/json:
                  schema: { $ref: '#/components/schemas/Error' }
          securitySchemes:
            bearer: { type: http, scheme: bearer, bearerFormat: JWT }
          schemas:
            Node:
              type: object
              required: [id, name]
              properties:
                id: { type: integer, format: int64 }
                name: { type: string, maxLength: 100 }
                parentId: { type: integer, nullable: true }
                children: { type: array, items: { $ref: '#/components/schemas/Node' } }
                kind: { type: string, enum: [leaf, branch, root] }
                weight: { type: number, format: double }
                createdAt: { type: string, format: date-time }
                attributes: { type: object, additionalProperties: { $ref: '#/components/schemas/Attribute' } }
                label: { $ref: '#/components/schemas/Attribute/properties/value' }
            Attribute:
              type: object
              properties:
                value: { type: string }
                flags: { type: array, items: { type: boolean } }
            Error:
              type: object
              properties:
                message: { type: string }
                errors:
                  type: object
                  additionalProperties: { type: array, items: { type: string } }
        security:
          - bearer: []
        """;
}
