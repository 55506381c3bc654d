using System.Globalization;
using System.Linq;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>
/// A build machine's culture must not change what is generated: under ar-SA the negative sign of <c>-1</c> is
/// "\u061C-", and under fr-FR a decimal separator is a comma, either of which would break the emitted C#.
/// </summary>
public sealed class CultureTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Levels, version: '1' }
        paths:
          /levels:
            get:
              operationId: listLevels
              parameters:
                - name: level
                  in: query
                  schema: { $ref: '#/components/schemas/Level' }
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Reading' }
        components:
          schemas:
            Level:
              type: integer
              enum: [-2, -1, 0, 1, 1000000]
            Reading:
              type: object
              properties:
                level: { $ref: '#/components/schemas/Level' }
                value: { type: number, format: double }
        """;

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    [InlineData("de-CH")]
    public void Output_is_the_same_under_any_current_culture(string cultureName)
    {
        GenerationResult invariant = RunUnder(CultureInfo.InvariantCulture);
        GenerationResult local = RunUnder(CultureInfo.GetCultureInfo(cultureName));

        Assert.Empty(local.GeneratorDiagnostics);
        Assert.Empty(local.CompileProblems.Select(d => d.ToString()));
        Assert.Equal(invariant.Files.Select(f => f.HintName), local.Files.Select(f => f.HintName));
        foreach (((string hint, string expected), (_, string actual)) in invariant.Files.Zip(local.Files))
        {
            Assert.True(expected == actual, $"{hint} differs under {cultureName}");
        }

        // The wire values themselves, written as C# literals.
        string enumFile = local.Files.Single(f => f.HintName.EndsWith("Level.g.cs", System.StringComparison.Ordinal)).Source;
        Assert.Contains("-2", enumFile);
        Assert.Contains("1000000", enumFile);
    }

    private static GenerationResult RunUnder(CultureInfo culture)
    {
        CultureInfo previous = CultureInfo.CurrentCulture, previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            return GeneratorHarness.Run(Spec);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous == previousUi ? previous : previousUi;
        }
    }
}
