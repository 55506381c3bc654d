using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>
/// The smallest specs that reproduce what the fuzzer found. Each test states the behaviour the generator promises; a
/// test of an open finding fails until it is fixed (then drop the matching entry from <see cref="KnownFindings"/>).
/// F1 to F8 are all fixed, including the variants of F1 and F5 found after their first fix, so
/// <see cref="KnownFindings"/> is empty.
/// </summary>
public sealed class FuzzFindingsTests
{
    private const string Path = "/specs/finding.yaml";

    private const string Head = """
        openapi: 3.0.3
        info: { title: Finding, version: '1' }

        """;

    public static TheoryData<string, string> RefCycles() => new()
    {
        { "a schema that is a $ref to itself", Head + "paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/A' }\n" },
        { "two schemas that refer to each other", Head + "paths: {}\ncomponents:\n  schemas:\n    A: { $ref: '#/components/schemas/B' }\n    B: { $ref: '#/components/schemas/A' }\n" },
        { "a parameter cycle", Head + "paths:\n  /a:\n    get:\n      parameters: [ { $ref: '#/components/parameters/P' } ]\n      responses: { '200': { description: ok } }\ncomponents:\n  parameters:\n    P: { $ref: '#/components/parameters/Q' }\n    Q: { $ref: '#/components/parameters/P' }\n" },
        { "a response that is a $ref to itself", Head + "paths:\n  /a:\n    get:\n      responses: { '200': { $ref: '#/components/responses/R' } }\ncomponents:\n  responses:\n    R: { $ref: '#/components/responses/R' }\n" },
        { "a $ref into a property that refers back (3.1)", Head.Replace("3.0.3", "3.1.0", StringComparison.Ordinal) + "paths: {}\ncomponents:\n  schemas:\n    A: { type: object, properties: { x: { $ref: '#/components/schemas/B' } } }\n    B: { $ref: '#/components/schemas/A/properties/x' }\n" },
        { "a list of the schema whose property refers back (3.1)", Head.Replace("3.0.3", "3.1.0", StringComparison.Ordinal) + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: { type: array, items: { $ref: '#/components/schemas/A' } }\ncomponents:\n  schemas:\n    A: { type: object, properties: { x: { $ref: '#/components/schemas/B' } } }\n    B: { $ref: '#/components/schemas/A/properties/x' }\n" },
    };

    /// <summary>
    /// F1. Was PGEN012 "InvalidOperationException: Circular reference detected while resolving reference", at line 1, for
    /// every cycle; since b9cccf7 a warning (PGEN016) at the reference. Still PGEN012: the two OpenAPI 3.1 documents whose
    /// B is a $ref into A's property x, which is a $ref to B.
    /// </summary>
    [Theory]
    [MemberData(nameof(RefCycles))]
    public void F1_a_ref_cycle_is_a_located_diagnostic_not_an_internal_error(string what, string spec)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new SpecFile(Path, spec) });

        Assert.True(!result.GeneratorDiagnostics.Any(d => d.Id == "PGEN012"), what + ": " + string.Join("\n", result.GeneratorDiagnostics));
        Assert.Contains(result.GeneratorDiagnostics, d => d.Location.GetLineSpan().Path == Path && d.Location.GetLineSpan().StartLinePosition.Line > 0);
    }

    /// <summary>F2. Was CS8785 "The hintName 'Finding.FindingClient.Client.g.cs' … must be unique", and neither client existed. Fixed (PGEN017).</summary>
    [Fact]
    public void F2_two_specs_with_the_same_title_do_not_crash_the_generator()
    {
        const string spec = Head + "paths:\n  /a:\n    get:\n      operationId: getA\n      responses: { '204': { description: ok } }\n";
        GenerationResult result = GeneratorHarness.Generate(new[] { new SpecFile("/specs/v1/api.yaml", spec), new SpecFile("/specs/v2/api.yaml", spec) });

        Assert.True(!result.GeneratorDiagnostics.Any(d => d.Id == "CS8785"), string.Join("\n", result.GeneratorDiagnostics));
        bool bothGenerated = result.Files.Select(f => f.HintName).Distinct().Count() == result.Files.Length && result.Files.Length > 0;
        bool explained = result.GeneratorDiagnostics.Any(d => d.Id.StartsWith("PGEN", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        Assert.True(bothGenerated || explained, "neither generated nor explained: " + string.Join("\n", result.GeneratorDiagnostics));
    }

    public static TheoryData<string, string> NullEntries() => new()
    {
        { "a component schema that is a string", Head + "paths: {}\ncomponents:\n  schemas:\n    Broken: just a string\n" },
        { "a component schema that is null", Head + "paths: {}\ncomponents:\n  schemas:\n    Broken: null\n" },
        { "a response media type that is null", Head + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json: null\n" },
        { "an error response media type that is a string", Head + "paths:\n  /a:\n    get:\n      responses:\n        '204': { description: ok }\n        '404':\n          description: missing\n          content:\n            application/json: oops\n" },
    };

    /// <summary>F3. Was PGEN012 "NullReferenceException" (SchemaResolver.Classify, ModelBuilder.BuildOperation). Fixed.</summary>
    [Theory]
    [MemberData(nameof(NullEntries))]
    public void F3_a_value_of_the_wrong_type_is_reported_not_an_internal_error(string what, string spec)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new SpecFile(Path, spec) });

        Assert.True(!result.GeneratorDiagnostics.Any(d => d.Id == "PGEN012"), what + ": " + string.Join("\n", result.GeneratorDiagnostics));
        Assert.True(result.Files.Length > 0 || result.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), what);
    }

    /// <summary>
    /// F5. Was: "openapi: 3.0.3\ninfo: {" (two lines, no final line break) got PGEN001 at line 3, column 1, while its
    /// span [22..22) is the end of line 2: SharpYaml puts the end-of-stream mark on a line after the last, and the locator
    /// took its line as is. Fixed for that. Still wrong: YAML with U+0085 or U+2028 before the error, where SharpYaml
    /// does not end a line and C# (and so the error list) does; the line should come from the span.
    /// </summary>
    [Theory]
    [InlineData("openapi: 3.0.3\ninfo: {")]
    [InlineData("openapi: 3.0.3\ninfo: [a,")]
    [InlineData("---")]
    [InlineData("openapi: 3.0.3\u0085info: {\n")]
    [InlineData("openapi: 3.0.3\u2028info: {\n")]
    [InlineData("openapi: 3.0.3\rinfo: {\n")]
    [InlineData("{\"openapi\": \"3.0.3\",\u0085\"info\": {\n")]
    public void F5_a_syntax_error_names_a_line_that_exists_and_holds_its_span(string spec)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new SpecFile(Path, spec) });

        Diagnostic error = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var text = Microsoft.CodeAnalysis.Text.SourceText.From(spec);
        int lastLine = text.Lines.Count - 1;
        Assert.True(error.Location.GetLineSpan().StartLinePosition.Line <= lastLine, $"{error} names line {error.Location.GetLineSpan().StartLinePosition.Line + 1} of a {lastLine + 1}-line file");
        Assert.Equal(text.Lines.GetLineFromPosition(error.Location.SourceSpan.Start).LineNumber, error.Location.GetLineSpan().StartLinePosition.Line);
    }

    public static TheoryData<string, string> OddReferences()
    {
        // Minimised from the fuzz case: it takes OpenAPI 3.1 and a $ref to a component parameter beside the odd one.
        const string Start = "openapi: 3.1.0\ninfo: { title: Finding, version: '1' }\npaths:\n  /heartbeats/{heartbeatId}:\n    put:\n      parameters: [ { $ref: '#/components/parameters/HeartbeatId' } ]\n      responses:\n        '403': { $ref: '";
        const string End = "' }\ncomponents:\n  parameters:\n    HeartbeatId: { name: heartbeatId, in: path, required: true, schema: { type: integer } }\n";
        return new TheoryData<string, string>
        {
            { "a response $ref that is a description", Start + "Pre-computed statistics keyed by period name. Only `1day` is attested (S10). `7days`, `30days` and `90days` are inferred from the documented 1/7/30/90-day periods, so read the keys dynamically. The example values are illustrative." + End },
            { "a response $ref that is a short sentence", Start + "Only `1day` is attested (S10)." + End },
        };
    }

    /// <summary>
    /// F7. Found by the final 10,000-case run: a $ref whose value is free text (here a description moved onto it) is
    /// PGEN012 "UriFormatException: Invalid URI: The format of the URI could not be determined". It should be the
    /// unresolved-reference warning (PGEN008) at the reference, like any other target that does not exist.
    /// </summary>
    [Theory]
    [MemberData(nameof(OddReferences))]
    public void F7_a_ref_that_is_not_a_uri_is_an_unresolved_reference_not_an_internal_error(string what, string spec)
    {
        GenerationResult result = GeneratorHarness.Generate(new[] { new SpecFile(Path, spec) });

        Assert.True(!result.GeneratorDiagnostics.Any(d => d.Id == "PGEN012"), what + ": " + string.Join("\n", result.GeneratorDiagnostics));
        Assert.True(result.Files.Length > 0 || result.GeneratorDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error), what);
    }

    /// <summary>
    /// F8. Found by the final 10,000-case run: with <c>Namespace="System"</c> on the item, a schema named <c>Attribute</c>
    /// becomes <c>System.Attribute</c> in the user's assembly, which hides the framework's: every
    /// <c>[GeneratedCode]</c> then fails with CS0616. The generator accepts the namespace, so it should either refuse
    /// it (PGEN010) or keep the generated names from hiding framework types there.
    /// </summary>
    [Fact]
    public void F8_a_schema_named_like_a_framework_type_in_the_System_namespace_does_not_break_the_build()
    {
        const string spec = Head + "paths: {}\ncomponents:\n  schemas:\n    Attribute: { type: object, properties: { value: { type: string } } }\n";
        GenerationResult result = GeneratorHarness.Run(new[] { new SpecFile(Path, spec, Namespace: "System") });

        bool refused = result.GeneratorDiagnostics.Any(d => d.Id == "PGEN010");
        Assert.True(refused || !result.CompileProblems.Any(), string.Join("\n", result.CompileProblems.Take(3)));
    }

    /// <summary>What a spec string must never become in the generated client: a member of its own.</summary>
    internal const string InjectedMember = "public static int Injected = 42; //";

    public static TheoryData<string, string> InjectionPoints()
    {
        var data = new TheoryData<string, string>();
        foreach (string where in new[]
        {
            "query parameter name", "header parameter name", "path parameter name", "property name", "property description", "enum value", "tag",
            "operationId", "title", "operation summary", "operation description", "schema name", "api key name",
        })
        {
            data.Add(where, "\\u2028");
        }

        foreach (string lineBreak in new[] { "\\n", "\\r", "\\r\\n", "\\u0085", "\\u2029" })
        {
            data.Add("query parameter name", lineBreak);
        }

        return data;
    }

    /// <summary>
    /// F6. Spec strings reached <c>///</c> comments (and some string literals) with only <c>\r</c>/<c>\n</c> handled, at
    /// some places not even those; C# also ends a line at U+0085, U+2028 and U+2029. The rest of the string was then code:
    /// a query parameter named <c>"x\u2028public static int Injected = 42; //"</c> compiled cleanly and added a member
    /// to <c>IThingsClient</c>, and so did the other places listed here (title, tag, schema and path parameter names
    /// broke the build instead). A spec from a vendor could put code into the user's assembly. Fixed in 6deb926.
    /// </summary>
    /// <remarks><paramref name="lineBreak"/> is a YAML escape, written into a double-quoted scalar.</remarks>
    [Theory]
    [MemberData(nameof(InjectionPoints))]
    public void F6_a_line_break_in_a_spec_string_never_turns_the_rest_into_code(string where, string lineBreak)
    {
        GenerationResult result = GeneratorHarness.Run(InjectionSpec(where, "\"x" + lineBreak + InjectedMember + "\""), Path);

        Assert.Empty(result.OutputCompilation.GetSymbolsWithName("Injected", SymbolFilter.Member));
        Assert.True(!result.CompileProblems.Any(), $"{where}: " + string.Join("\n", result.CompileProblems.Take(3)));
    }

    /// <summary>A small spec with <paramref name="payload"/> (a YAML scalar) at the place <paramref name="where"/> names.</summary>
    private static string InjectionSpec(string where, string payload)
    {
        string At(string place, string normal) => where == place ? payload : normal;
        string path = where == "path parameter name" ? "\"/things/{" + payload.Trim('"') + "}\"" : "'/things/{id}'";
        string reference = where == "schema name" ? Uri.EscapeDataString(Regex.Unescape(payload.Trim('"'))) : "Thing";
        return $$"""
            openapi: 3.0.3
            info: { title: {{At("title", "T")}}, version: '1' }
            tags: [ { name: {{At("tag", "Things")}} } ]
            security: [ { key: [] } ]
            components:
              securitySchemes:
                key: { type: apiKey, in: header, name: {{At("api key name", "X-Key")}} }
              schemas:
                {{At("schema name", "Thing")}}:
                  type: object
                  properties:
                    {{At("property name", "name")}}: { type: string, description: {{At("property description", "n")}} }
                    kind: { type: string, enum: [a, {{At("enum value", "b")}}] }
            paths:
              {{path}}:
                get:
                  operationId: {{At("operationId", "getThing")}}
                  tags: [ {{At("tag", "Things")}} ]
                  summary: {{At("operation summary", "s")}}
                  description: {{At("operation description", "d")}}
                  parameters:
                    - { name: {{At("path parameter name", "id")}}, in: path, required: true, schema: { type: string } }
                    - { name: {{At("query parameter name", "q")}}, in: query, schema: { type: string } }
                    - { name: {{At("header parameter name", "X-H")}}, in: header, schema: { type: string } }
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json: { schema: { $ref: '#/components/schemas/{{reference}}' } }
            """;
    }

    /// <summary>
    /// F4. Alias schemas (a list, a map or a single allOf of the next) were resolved again at every use, so a chain of n
    /// cost n² resolutions: 400 links took about 1.5 s, 800 about 8 s, 1,600 over 20 s (a 60 KB spec stalled the IDE).
    /// Fixed: each resolved alias is remembered, and 1,000 links take 0.4 s.
    /// </summary>
    [Fact]
    public async Task F4_a_long_chain_of_alias_schemas_generates_in_linear_time()
    {
        // Work is measured as bytes allocated on this thread, which does not depend on the machine's load: four times
        // the links must cost about four times the work (n² would be sixteen).
        long shortChain = await AllocatedWhileReadingAsync(AliasChain(400), "S400");
        long longChain = await AllocatedWhileReadingAsync(AliasChain(1_600), "S1600");

        double ratio = (double)longChain / shortChain;
        Assert.True(ratio < 8, $"4x the alias links allocated {ratio:0.0}x as much ({shortChain:N0} → {longChain:N0} bytes): resolution is not linear");
    }

    private static string AliasChain(int links)
    {
        var spec = new StringBuilder(Head + "paths: {}\ncomponents:\n  schemas:\n");
        for (int i = 0; i < links; i++)
        {
            spec.Append("    S").Append(i).Append(": { type: array, items: { $ref: '#/components/schemas/S").Append(i + 1).Append("' } }\n");
        }

        spec.Append("    S").Append(links).Append(": { type: object, properties: { name: { type: string } } }\n");
        return spec.ToString();
    }

    private static async Task<long> AllocatedWhileReadingAsync(string spec, string objectAtTheEnd)
    {
        var input = new Model.SpecInput(Path, spec, new Model.SpecOptions(null, null, null));
        Task<long> run = Task.Run(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Model.SpecResult result = Parsing.SpecReader.Read(input, default);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.NotNull(result.Model);
            Assert.Contains(result.Model!.Types, type => type.Name == objectAtTheEnd);
            return allocated;
        });

        // Only a guard against a hang (a quadratic resolver took minutes here), not a speed bound.
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(2))) == run, "reading the alias chain did not finish");
        return await run;
    }
}
