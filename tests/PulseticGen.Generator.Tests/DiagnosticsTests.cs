using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>One test per diagnostic ID: bad input gets a located diagnostic, never a crash or a half-written client.</summary>
public sealed class DiagnosticsTests
{
    private const string Path = "/specs/api.yaml";

    [Fact]
    public void PGEN001_unreadable_yaml_is_reported_at_its_line_and_nothing_is_generated()
    {
        const string spec = "openapi: 3.1.0\ninfo:\n  title: Broken\n  version: '1'\npaths:\n  /a:\n    get: [unclosed\n";
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Path, diagnostic.Location.GetLineSpan().Path);
        Assert.True(diagnostic.Location.GetLineSpan().StartLinePosition.Line >= 6, diagnostic.ToString());
        Assert.Empty(result.Files);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
    }

    [Theory]
    [InlineData("openapi: 3.0.0")]
    [InlineData("swagger: '2.0'")]
    public void PGEN001_a_keyword_value_the_reader_cannot_convert_is_located_and_named(string version)
    {
        // OpenAPI Generator's fake-endpoints petstore writes `required: optional`; the parser throws a bare
        // FormatException for it, which used to be reported at line 1 as "String 'optional' was not recognized".
        string spec = version + "\ninfo:\n  title: Fake\n  version: '1'\npaths:\n  /x:\n    get:\n      operationId: x\n      parameters:\n        - name: q\n          in: query\n          required: optional\n"
            + (version.StartsWith("swagger", System.StringComparison.Ordinal) ? "          type: string\n" : "          schema: { type: string }\n")
            + "      responses:\n        '200': { description: ok }\n";
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN001", diagnostic.Id);
        Assert.Contains("'required' must be a boolean, but its value is 'optional'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(11, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void PGEN002_a_document_that_is_not_openapi_is_refused()
    {
        GenerationResult result = GeneratorHarness.Run("openapi: 9.0.0\ninfo:\n  title: Future\n  version: '1'\npaths: {}\n", Path);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(diagnostic.Id is "PGEN002", diagnostic.ToString());
        Assert.Empty(result.Files);
    }

    [Fact]
    public void PGEN003_rule_breaking_but_usable_specs_are_info_and_still_generate()
    {
        const string spec = """
            openapi: 3.0.3
            info: { title: Odd, version: '1' }
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              count: { type: integer, uniqueItems: true }
                              kind: { type: foo }
            """;
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Diagnostic finding = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN003");
        Assert.Equal(DiagnosticSeverity.Info, finding.Severity);
        Assert.True(finding.Location.GetLineSpan().StartLinePosition.Line > 0, finding.ToString());
        Assert.NotEmpty(result.Files);
        Assert.Empty(result.CompileProblems);
    }

    // An object in a path, which the generator cannot put in a URL: PGEN004 at findFiles.
    private const string ObjectPathParameterSpec = """
        openapi: 3.0.3
        info: { title: Files, version: '1' }
        paths:
          /files/{filter}:
            get:
              operationId: findFiles
              parameters:
                - name: filter
                  in: path
                  required: true
                  schema: { type: object, properties: { owner: { type: string } } }
              responses: { '200': { description: ok } }
          /files:
            get:
              operationId: listFiles
              responses: { '200': { description: ok } }
        """;

    [Fact]
    public void PGEN004_an_unsupported_parameter_skips_only_that_operation()
    {
        GenerationResult result = GeneratorHarness.Run(ObjectPathParameterSpec, Path);

        Diagnostic skipped = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN004");
        Assert.Equal(DiagnosticSeverity.Warning, skipped.Severity);
        Assert.Contains("findFiles", skipped.GetMessage(), System.StringComparison.Ordinal);
        Assert.Equal(4, skipped.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("ListFilesAsync", result.AllSource, System.StringComparison.Ordinal);
        Assert.DoesNotContain("FindFilesAsync", result.AllSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void Validation_findings_come_before_what_the_model_build_reports_though_both_run_at_once()
    {
        // The reader's validation runs beside the model build; the order a user reads must not depend on which ends first.
        const string spec = ObjectPathParameterSpec + """

            components:
              schemas:
                Odd: { type: object, properties: { kind: { type: foo } } }
            """;

        for (int run = 0; run < 5; run++)
        {
            GenerationResult result = GeneratorHarness.Run(spec, Path);

            Assert.Equal(new[] { "PGEN003", "PGEN004" }, result.GeneratorDiagnostics.Select(d => d.Id).Distinct());
        }
    }

    [Fact]
    public void PGEN005_a_recursive_reference_with_nothing_to_recur_into_is_reported_and_kept_as_json()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Pets, version: '1' }
            paths:
              /pet:
                get:
                  operationId: getPet
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            oneOf:
                              - { type: object, required: [bark], properties: { bark: { type: boolean } } }
                              - { $recursiveRef: '#' }
            """;
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Diagnostic info = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN005");
        Assert.Contains("$recursiveRef outside a component schema", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Contains("/oneOf/1", info.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Contains("public global::System.Text.Json.JsonElement? Unknown { get; }", result.AllSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_union_with_one_free_form_alternative_is_typed_and_reports_nothing()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Pets, version: '1' }
            paths:
              /pet:
                get:
                  operationId: getPet
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            oneOf:
                              - { type: object, required: [bark], properties: { bark: { type: boolean } } }
                              - { format: uuid }
            """;
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "PGEN005");
        Assert.DoesNotContain("Task<global::System.Text.Json.JsonElement> GetPetAsync", result.AllSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void PGEN006_a_schema_whose_name_is_taken_is_renamed_with_a_warning()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Shop, version: '1' }
            paths: {}
            components:
              schemas:
                ShopClient: { type: object, properties: { id: { type: integer } } }
            """;
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Diagnostic renamed = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN006");
        Assert.Equal(DiagnosticSeverity.Warning, renamed.Severity);
        Assert.Contains("ShopClient2", renamed.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void PGEN007_duplicate_operation_ids_are_made_unique()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Dup, version: '1' }
            paths:
              /a:
                get: { operationId: fetch, responses: { '200': { description: ok } } }
              /b:
                get: { operationId: fetch, responses: { '200': { description: ok } } }
            """;
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "PGEN007" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains("FetchAsync(", result.AllSource, System.StringComparison.Ordinal);
        Assert.Contains("FetchGetAsync(", result.AllSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void PGEN008_an_unresolved_reference_is_reported_and_typed_as_JsonElement()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Refs, version: '1' }
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
            components:
              schemas: {}
            """;
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Diagnostic unresolved = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN008");
        Assert.Equal(DiagnosticSeverity.Warning, unresolved.Severity);
        Assert.Contains("#/components/schemas/Missing", unresolved.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        FileLinePositionSpan where = unresolved.Location.GetLineSpan();
        Assert.Equal(Path, where.Path);
        Assert.Equal(11, where.StartLinePosition.Line); // the `schema: { $ref: ... }` line, zero-based
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("global::System.Text.Json.JsonElement> GetAAsync(", result.AllSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void PGEN009_old_language_versions_get_a_clear_error_instead_of_broken_code()
    {
        GenerationResult result = GeneratorHarness.Run(GeneratorHarness.PulseticSpec, Path, languageVersion: LanguageVersion.CSharp10);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN009", diagnostic.Id);
        Assert.Contains("C# 11", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void PGEN010_an_invalid_client_name_option_is_an_error()
    {
        GenerationResult result = GeneratorHarness.Run(new[] { new SpecFile(Path, GeneratorHarness.PulseticSpec, ClientName: "My Client") });

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("PGEN010", diagnostic.Id);
        Assert.Contains("My Client", diagnostic.GetMessage(), System.StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void PGEN011_a_spec_without_operations_still_generates_its_models()
    {
        const string spec = """
            openapi: 3.1.0
            info: { title: Models Only, version: '1' }
            paths: {}
            components:
              schemas:
                Thing: { type: object, required: [id], properties: { id: { type: integer } } }
            """;
        GenerationResult result = GeneratorHarness.Run(spec, Path);

        Assert.Equal("PGEN011", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Contains("public sealed partial class Thing", result.AllSource, System.StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void PGEN013_a_spec_nested_too_deep_or_too_large_is_refused_before_parsing()
    {
        // 10,000 levels would overflow the YAML reader's stack (and kill the compiler) if it were parsed.
        string deep = "{\"openapi\":\"3.1.0\",\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}";
        GenerationResult nested = GeneratorHarness.Run(deep, "/specs/deep.json");
        Diagnostic depth = Assert.Single(nested.GeneratorDiagnostics);
        Assert.Equal("PGEN013", depth.Id);
        Assert.Matches("nests 10,?001 levels deep, over the limit of 64", depth.GetMessage());
        Assert.Empty(nested.Files);

        var small = new SpecFile(Path, GeneratorHarness.PulseticSpec) { Extra = new System.Collections.Generic.Dictionary<string, string> { ["MaxSpecSize"] = "1000" } };
        Diagnostic size = Assert.Single(GeneratorHarness.Run(new[] { small }).GeneratorDiagnostics);
        Assert.Equal("PGEN013", size.Id);
        Assert.Contains("MaxSpecSize", size.GetMessage(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_has_a_stable_id_and_a_help_link()
    {
        var descriptors = Diagnostics.DiagnosticCatalog.All.ToList();
        Assert.Equal(20, descriptors.Count);
        Assert.All(descriptors, d =>
        {
            Assert.Matches("^PGEN0[0-9]{2}$", d.Id);
            Assert.EndsWith("#" + d.Id.ToLowerInvariant(), d.HelpLinkUri, System.StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Files_not_marked_as_specs_are_ignored()
    {
        GenerationResult result = GeneratorHarness.Run(new[] { new SpecFile("/config/settings.yaml", "openapi: 3.1.0\n", Marked: false) });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Files);
    }
}
