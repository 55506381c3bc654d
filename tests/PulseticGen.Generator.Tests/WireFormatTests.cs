using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary><c>x-format</c> on a string schema: a time with a fixed wire pattern, typed DateTimeOffset.</summary>
public sealed class WireFormatTests
{
    private const string Path = "/specs/api.yaml";

    private static string Spec(string format) => $$"""
        openapi: 3.1.0
        info: { title: Reports, version: '1' }
        paths:
          /reports/{day}:
            get:
              operationId: getReport
              parameters:
                - { name: day, in: path, required: true, schema: { type: string, x-format: 'yyyy-MM-dd HH:mm:ss' } }
                - { name: since, in: query, schema: { type: string, x-format: '{{format}}' } }
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          generated_at: { type: string, x-format: 'yyyy-MM-dd HH:mm:ss' }
        """;

    [Fact]
    public void Parameters_and_properties_with_x_format_are_DateTimeOffset_converted_by_the_runtime()
    {
        GenerationResult result = GeneratorHarness.Run(Spec("yyyy-MM-dd HH:mm:ss"), Path);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems.Select(d => d.ToString()));
        string source = result.AllSource;
        Assert.Contains("GetReportAsync(global::System.DateTimeOffset day, global::System.DateTimeOffset? since = null", source, System.StringComparison.Ordinal);
        Assert.Contains("ApiUrl.PathSegment(day, \"yyyy-MM-dd HH:mm:ss\")", source, System.StringComparison.Ordinal);
        Assert.Contains("query.Add(\"since\", since, \"yyyy-MM-dd HH:mm:ss\");", source, System.StringComparison.Ordinal);
        Assert.Contains("public global::System.DateTimeOffset? GeneratedAt { get; set; }", source, System.StringComparison.Ordinal);
        Assert.Contains("JsonScalarConverters.DateTimeOffsetIn(\"yyyy-MM-dd HH:mm:ss\")", source, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("HH:mm", "is not a custom date and time pattern with a year, month and day")]
    [InlineData("yyyy-MM-dd", "loses part of the time")]
    [InlineData("yyyy-MM-dd %", "is not a valid .NET custom date and time format")]
    public void An_unusable_x_format_is_a_located_warning_and_the_value_stays_a_string(string format, string reason)
    {
        GenerationResult result = GeneratorHarness.Run(Spec(format), Path);

        Diagnostic warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN018", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains(reason, warning.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(8, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("string? since = null", result.AllSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }
}
