using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>The IDE runs the generator on every keystroke: unrelated edits must re-run nothing.</summary>
public sealed class IncrementalTests
{
    private static readonly SpecFile Pulsetic = new("/specs/pulsetic.openapi.yaml", GeneratorHarness.PulseticSpec);

    private const string Other = """
        openapi: 3.1.0
        info: { title: Other, version: '1' }
        paths:
          /ping: { get: { operationId: ping, responses: { '204': { description: pong } } } }
        """;

    [Fact]
    public void An_unrelated_source_edit_reruns_no_step()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Pulsetic }, trackSteps: true);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation("class A { }");
        driver = driver.RunGenerators(compilation);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class B { }", new CSharpParseOptions(LanguageVersion.CSharp12))));

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        AssertAll(run, OpenApiClientGenerator.TrackingNames.Results, IncrementalStepRunReason.Cached);
        AssertAll(run, OpenApiClientGenerator.TrackingNames.WithLanguageVersion, IncrementalStepRunReason.Cached);
    }

    [Fact]
    public void A_comment_only_spec_edit_reparses_but_emits_nothing_new()
    {
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Pulsetic }, out var texts, trackSteps: true);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(Pulsetic.Path, Pulsetic.Text + "\n# a comment the model does not see\n");
        driver = driver.ReplaceAdditionalText(texts[0], edited);
        driver = driver.RunGenerators(compilation);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        AssertAll(run, OpenApiClientGenerator.TrackingNames.Inputs, IncrementalStepRunReason.Modified);
        AssertAll(run, OpenApiClientGenerator.TrackingNames.Results, IncrementalStepRunReason.Unchanged);

        // The model compared equal, so the step that feeds the emitter did not produce anything new.
        Assert.All(
            run.TrackedSteps[OpenApiClientGenerator.TrackingNames.WithLanguageVersion].SelectMany(s => s.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void Editing_one_spec_leaves_the_other_cached()
    {
        var other = new SpecFile("/specs/other.yaml", Other);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Pulsetic, other }, out var texts, trackSteps: true);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText(other.Path, Other.Replace("ping", "pong")));
        driver = driver.RunGenerators(compilation);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        IncrementalStepRunReason[] reasons = run.TrackedSteps[OpenApiClientGenerator.TrackingNames.Results]
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToArray();
        Assert.Equal(2, reasons.Length);
        Assert.Contains(IncrementalStepRunReason.Cached, reasons);
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
    }

    [Fact]
    public void Changing_one_items_option_regenerates_only_that_spec()
    {
        var other = new SpecFile("/specs/other.yaml", Other);
        var options = new System.Collections.Generic.Dictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, string>>
        {
            [Pulsetic.Path] = Pulsetic.Metadata(),
            [other.Path] = other.Metadata(),
        };
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { Pulsetic, other }, trackSteps: true);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        options[other.Path] = (other with { Namespace = "Renamed" }).Metadata();
        driver = driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(options)).RunGenerators(compilation);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        IncrementalStepRunReason[] reasons = run.TrackedSteps[OpenApiClientGenerator.TrackingNames.Results]
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToArray();
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified }.OrderBy(r => r), reasons.OrderBy(r => r));
        Assert.Contains(run.GeneratedSources, source => source.HintName.StartsWith("Renamed.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_above_a_diagnostic_moves_the_diagnostic_and_re_emits_nothing()
    {
        const string withWarning = """
            openapi: 3.1.0
            info: { title: Warned, version: '1' }
            paths:
              /a:
                get:
                  operationId: getA
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: { $ref: '#/components/schemas/Missing' }
            """;
        var spec = new SpecFile("/specs/warned.yaml", withWarning);
        GeneratorDriver driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts, trackSteps: true);
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);
        int lineBefore = Unresolved(driver).Location.GetLineSpan().StartLinePosition.Line;

        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(spec.Path, "# a note added at the top\n" + withWarning));
        driver = driver.RunGenerators(compilation);

        GeneratorRunResult run = driver.GetRunResult().Results.Single();
        Assert.Equal(lineBefore + 1, Unresolved(driver).Location.GetLineSpan().StartLinePosition.Line);
        AssertAll(run, OpenApiClientGenerator.TrackingNames.Results, IncrementalStepRunReason.Modified);
        AssertAll(run, OpenApiClientGenerator.TrackingNames.Diagnostics, IncrementalStepRunReason.Modified);
        Assert.All(
            run.TrackedSteps[OpenApiClientGenerator.TrackingNames.WithLanguageVersion].SelectMany(s => s.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
        Assert.NotEmpty(run.GeneratedSources);

        static Diagnostic Unresolved(GeneratorDriver driver) =>
            Assert.Single(driver.GetRunResult().Diagnostics, d => d.Id == "PGEN008");
    }

    private static void AssertAll(GeneratorRunResult run, string step, IncrementalStepRunReason expected)
    {
        var outputs = run.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, output => Assert.Equal(expected, output.Reason));
    }
}
