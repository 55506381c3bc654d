using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>An OAuth2 client credentials flow gives the generated client its token URL and required scopes.</summary>
public sealed class OAuth2SchemeTests
{
    private static string Spec(string flows, string requirement) => $$"""
        openapi: 3.0.3
        info: { title: Secure, version: '1' }
        servers: [{ url: 'https://api.example.com/v1' }]
        security: [{ oauth: {{requirement}} }]
        paths:
          /me: { get: { operationId: me, responses: { '204': { description: ok } } } }
        components:
          securitySchemes:
            oauth:
              type: oauth2
              flows: {{flows}}
        """;

    private static string ClientSource(string spec)
    {
        GenerationResult result = GeneratorHarness.Run(spec, "/specs/oauth.yaml", null);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        return result.File(".Client.g.cs");
    }

    [Fact]
    public void A_client_credentials_flow_carries_its_token_url_and_the_required_scopes()
    {
        string client = ClientSource(Spec(
            "{ clientCredentials: { tokenUrl: 'https://auth.example.com/oauth/token', scopes: { 'monitors:read': Read, 'monitors:write': Write, admin: All } } }",
            "['monitors:read', 'monitors:write']"));

        Assert.Contains(
            "SecurityScheme { get; } = global::PulseticGen.Runtime.ApiKeyScheme.OAuth2ClientCredentials(new global::System.Uri(\"https://auth.example.com/oauth/token\"), \"monitors:read\", \"monitors:write\");",
            client,
            StringComparison.Ordinal);
        Assert.Contains("OAuth 2.0 access token from the client credentials grant", client, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flow_without_client_credentials_stays_a_plain_bearer_token()
    {
        string client = ClientSource(Spec(
            "{ authorizationCode: { authorizationUrl: 'https://auth.example.com/authorize', tokenUrl: 'https://auth.example.com/oauth/token', scopes: { read: Read } } }",
            "[read]"));

        Assert.Contains("SecurityScheme { get; } = new global::PulseticGen.Runtime.ApiKeyScheme(\"Authorization\", \"Bearer\");", client, StringComparison.Ordinal);
    }
}
