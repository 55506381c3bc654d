using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>Which operations the endpoint catalog marks as taking an <c>Idempotency-Key</c>.</summary>
public sealed class IdempotencyKeyTests
{
    [Fact]
    public void Only_a_post_or_patch_that_declares_the_header_is_marked_and_the_key_stays_an_optional_argument()
    {
        const string Spec = """
            openapi: 3.0.3
            info: { title: Orders, version: '1' }
            components:
              parameters:
                key: { name: idempotency-key, in: header, schema: { type: string } }
            paths:
              /orders:
                post:
                  operationId: createOrder
                  parameters: [{ $ref: '#/components/parameters/key' }]
                  responses: { '204': { description: ok } }
                get:
                  operationId: listOrders
                  parameters: [{ $ref: '#/components/parameters/key' }]
                  responses: { '204': { description: ok } }
                patch:
                  operationId: patchOrders
                  responses: { '204': { description: ok } }
            """;
        GenerationResult result = GeneratorHarness.Run(Spec, "/specs/orders.yaml", null);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));

        string endpoints = result.File(".Endpoints.g.cs");
        Assert.Contains("new global::PulseticGen.Runtime.ApiEndpoint(\"createOrder\", \"POST\", \"/orders\", null, null, false, acceptsIdempotencyKey: true);", endpoints, StringComparison.Ordinal);
        Assert.Contains("new global::PulseticGen.Runtime.ApiEndpoint(\"listOrders\", \"GET\", \"/orders\", null, null, false);", endpoints, StringComparison.Ordinal);
        Assert.Contains("new global::PulseticGen.Runtime.ApiEndpoint(\"patchOrders\", \"PATCH\", \"/orders\", null, null, false);", endpoints, StringComparison.Ordinal);
        Assert.Contains("string? idempotencyKey = null", result.File(".Client.g.cs"), StringComparison.Ordinal);
    }
}
