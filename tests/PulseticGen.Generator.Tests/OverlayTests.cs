using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>OpenAPI Overlay 1.0 documents applied at compile time, so a vendor's spec can be fixed without forking it.</summary>
public sealed class OverlayTests
{
    private static readonly SpecFile Pulsetic = new("/repo/specs/pulsetic.openapi.yaml", GeneratorHarness.PulseticSpec);

    private static SpecFile Overlay(string text, string spec = "specs/pulsetic.openapi.yaml") =>
        new("/repo/fixes/pulsetic.overlay.yaml", text, Marked: false)
        {
            Extra = new Dictionary<string, string> { ["Overlay"] = "true", ["OverlaySpec"] = spec },
        };

    [Fact]
    public void Update_and_remove_actions_change_the_generated_client()
    {
        const string overlay = """
            overlay: 1.0.0
            info: { title: Pulsetic fixes, version: '1' }
            actions:
              - target: $.paths['/domains/{domainId}'].delete
                remove: true
              - target: $.paths.*[?(@.operationId == 'listMonitors')]
                update: { summary: List every monitor on the account }
              - target: $.components.schemas.Monitor.properties
                update:
                  region: { type: string, description: Added by the overlay. }
            """;
        GenerationResult result = GeneratorHarness.Run(new[] { Pulsetic, Overlay(overlay) });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain("DeleteAsync", result.File(".DomainsClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("/// <summary>List every monitor on the account</summary>", result.File(".MonitorsClient.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public string? Region { get; set; }", result.File(".Models.Monitor.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlay_for_another_spec_changes_nothing()
    {
        const string overlay = "overlay: 1.0.0\ninfo: { title: x, version: '1' }\nactions:\n  - target: $.paths['/domains/{domainId}'].delete\n    remove: true\n";
        GenerationResult result = GeneratorHarness.Run(new[] { Pulsetic, Overlay(overlay, spec: "specs/other.yaml") });

        Assert.Contains("DeleteAsync", result.File(".DomainsClient.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void PGEN014_a_broken_overlay_is_reported_in_the_overlay_file_and_nothing_is_generated()
    {
        const string overlay = "overlay: 1.0.0\ninfo: { title: x, version: '1' }\nactions:\n  - target: paths.monitors\n    remove: true\n";
        GenerationResult result = GeneratorHarness.Run(new[] { Pulsetic, Overlay(overlay) });

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN014", diagnostic.Id);
        Assert.Equal("/repo/fixes/pulsetic.overlay.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void PGEN015_a_target_that_selects_nothing_is_a_warning()
    {
        const string overlay = "overlay: 1.0.0\ninfo: { title: x, version: '1' }\nactions:\n  - target: $.paths['/nowhere'].get\n    remove: true\n";
        GenerationResult result = GeneratorHarness.Run(new[] { Pulsetic, Overlay(overlay) });

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.NotEmpty(result.Files);
    }
}
