using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>
/// A spec split over several files (<c>$ref: ./schemas/user.yaml#/User</c>): the root is the OpenApiSpec item, the
/// other files are OpenApiSpecPart items, and the generator reads them from what the build hands in.
/// </summary>
public sealed class MultiFileSpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs", "split");

    // Paths as a build gives them: absolute, in the project folder.
    private const string Root = "/repo/specs/split/api/openapi.yaml";

    private static readonly string[] PartFiles = { "api/paths/pets.yaml", "api/schemas/pet.yaml", "api/schemas/user.yaml", "common/errors.yaml" };

    private static string Text(string relative) => File.ReadAllText(Path.Combine(Folder, relative));

    private static SpecFile Spec() => new(Root, Text("api/openapi.yaml"));

    private static SpecFile Part(string relative, string? text = null, string? spec = "specs/split/api/openapi.yaml")
    {
        var extra = new Dictionary<string, string> { ["SpecPart"] = "true" };
        if (spec is not null)
        {
            extra["OverlaySpec"] = spec;
        }

        return new SpecFile("/repo/specs/split/" + relative, text ?? Text(relative), Marked: false) { Extra = extra };
    }

    private static SpecFile[] AllFiles() => PartFiles.Select(file => Part(file)).Prepend(Spec()).ToArray();

    [Fact]
    public void A_split_spec_generates_the_same_client_as_its_single_file_equivalent()
    {
        GenerationResult split = GeneratorHarness.Run(AllFiles());
        GenerationResult single = GeneratorHarness.Run(Text("single.yaml"), "/repo/specs/petstore.yaml");

        Assert.Empty(split.GeneratorDiagnostics);
        Assert.Empty(split.CompileProblems);
        // The same files, in the same order, with the same content: components from other files come in reading order.
        Assert.Equal(single.Files.Select(f => f.HintName), split.Files.Select(f => f.HintName));
        foreach (((string hintName, string expected), (_, string actual)) in single.Files.Zip(split.Files))
        {
            Assert.True(expected == actual, $"{hintName} differs:\n{actual}");
        }

        // The schemas from other files keep their names, are generated once, and may refer to each other in a loop.
        string source = split.AllSource;
        Assert.Contains("class Pet", source, StringComparison.Ordinal);
        Assert.Contains("class User", source, StringComparison.Ordinal);
        Assert.Contains("class Error", source, StringComparison.Ordinal);
        Assert.Contains("ListPetsAsync", source, StringComparison.Ordinal);
        Assert.Contains("CreatePetAsync", source, StringComparison.Ordinal);
        Assert.Contains("GetUserAsync", source, StringComparison.Ordinal);
        Assert.DoesNotContain("CommonErrors", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whole_file_schema_is_named_after_its_file_and_two_schemas_of_one_name_both_keep_a_type()
    {
        const string root = """
            openapi: 3.1.0
            info: { title: Names, version: '1' }
            paths:
              /pet:
                get:
                  operationId: getPet
                  responses: { '200': { description: ok, content: { application/json: { schema: { $ref: './schemas/pet.yaml' } } } } }
              /users:
                get:
                  operationId: getUsers
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              staff: { $ref: './staff/user.yaml#/User' }
                              customer: { $ref: './customers/user.yaml#/User' }
            """;
        SpecFile[] files =
        {
            new("/repo/names/openapi.yaml", root),
            Part("pet.yaml", "type: object\nproperties: { name: { type: string } }\n", spec: null) with { Path = "/repo/names/schemas/pet.yaml" },
            Part("user.yaml", "User: { type: object, properties: { badge: { type: string } } }\n", spec: null) with { Path = "/repo/names/staff/user.yaml" },
            Part("user.yaml", "User: { type: object, properties: { loyalty: { type: integer } } }\n", spec: null) with { Path = "/repo/names/customers/user.yaml" },
        };

        GenerationResult result = GeneratorHarness.Run(files);

        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains("public sealed partial class Pet", result.AllSource, StringComparison.Ordinal);
        Assert.Contains("Badge", result.File(".Models.User.g.cs"), StringComparison.Ordinal);
        Assert.Contains("Loyalty", result.File(".Models.User2.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_ref_to_a_url_is_not_fetched_and_stays_an_unresolved_warning()
    {
        const string root = """
            openapi: 3.0.3
            info: { title: Remote, version: '1' }
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
                            type: object
                            properties:
                              local: { $ref: './pet.yaml' }
                              remote: { $ref: 'https://example.com/schemas/common.json#/Money' }
            """;
        SpecFile[] files =
        {
            new("/repo/remote/openapi.yaml", root),
            Part("pet.yaml", "type: object\nproperties: { name: { type: string } }\n", spec: null) with { Path = "/repo/remote/pet.yaml" },
        };

        GenerationResult result = GeneratorHarness.Run(files);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "PGEN019");
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "PGEN008");
        Assert.Contains("public sealed partial class Pet", result.AllSource, StringComparison.Ordinal);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void A_swagger_2_spec_may_be_split_too_and_a_part_may_refer_back_to_the_root()
    {
        const string root = """
            swagger: '2.0'
            info: { title: Kennel, version: '1' }
            host: example.com
            paths:
              /pets:
                get:
                  operationId: listPets
                  produces: [application/json]
                  responses: { '200': { description: ok, schema: { type: array, items: { $ref: './pet.yaml' } } } }
            definitions:
              Owner: { type: object, properties: { name: { type: string } } }
            """;
        SpecFile[] files =
        {
            new("/repo/kennel/openapi.yaml", root),
            Part("pet.yaml", "type: object\nproperties:\n  owner: { $ref: './openapi.yaml#/definitions/Owner' }\n", spec: null) with { Path = "/repo/kennel/pet.yaml" },
        };

        GenerationResult result = GeneratorHarness.Run(files);

        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains("global::Kennel.Owner? Owner", result.File(".Models.Pet.g.cs"), StringComparison.Ordinal);
        Assert.Single(result.Files, f => f.HintName.EndsWith(".Models.Owner.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_discriminator_mapping_to_other_files_names_the_joined_components()
    {
        const string root = """
            openapi: 3.0.3
            info: { title: Zoo, version: '1' }
            paths:
              /animal:
                get:
                  operationId: getAnimal
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            oneOf: [ { $ref: './animals/cat.yaml' }, { $ref: './animals/dog.yaml' } ]
                            discriminator:
                              propertyName: kind
                              mapping: { cat: './animals/cat.yaml', dog: './animals/dog.yaml' }
            """;
        SpecFile[] files =
        {
            new("/repo/zoo/openapi.yaml", root),
            Part("cat.yaml", "type: object\nrequired: [kind]\nproperties: { kind: { type: string }, lives: { type: integer } }\n", spec: null) with { Path = "/repo/zoo/animals/cat.yaml" },
            Part("dog.yaml", "type: object\nrequired: [kind]\nproperties: { kind: { type: string }, good: { type: boolean } }\n", spec: null) with { Path = "/repo/zoo/animals/dog.yaml" },
        };

        GenerationResult result = GeneratorHarness.Run(files);
        GenerationResult single = GeneratorHarness.Run(root
            .Replace("'./animals/cat.yaml'", "'#/components/schemas/cat'")
            .Replace("'./animals/dog.yaml'", "'#/components/schemas/dog'")
            + "\ncomponents:\n  schemas:\n    cat: { type: object, required: [kind], properties: { kind: { type: string }, lives: { type: integer } } }\n    dog: { type: object, required: [kind], properties: { kind: { type: string }, good: { type: boolean } } }\n", "/repo/zoo/openapi.yaml");

        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Equal(single.AllSource, result.AllSource);
    }

    [Fact]
    public void Json_files_join_like_yaml_ones_and_a_key_written_twice_is_reported_in_its_file()
    {
        const string root = """
            { "openapi": "3.0.3", "info": { "title": "Json", "version": "1" },
              "paths": { "/pet": { "get": { "operationId": "getPet", "responses": { "200": { "description": "ok",
                "content": { "application/json": { "schema": { "$ref": "./pet.json" } } } } } } } } }
            """;
        SpecFile Pet(string tag) =>
            Part("pet.json", "{ \"type\": \"object\", \"properties\": { \"name\": { \"type\": \"string\" }, \"tag\": " + tag + " } }", spec: null) with { Path = "/repo/json/pet.json" };
        SpecFile tags = Part("tag.json", """{ "Tag": { "type": "object", "properties": { "label": { "type": "string" } } } }""", spec: null) with { Path = "/repo/json/tag.json" };

        GenerationResult result = GeneratorHarness.Run(new[] { new SpecFile("/repo/json/openapi.json", root), Pet("""{ "$ref": "./tag.json#/Tag" }"""), tags });
        GenerationResult twice = GeneratorHarness.Run(new[] { new SpecFile("/repo/json/openapi.json", root), Pet("""{ "type": "string", "type": "integer" }"""), tags });

        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains("global::Json.Tag? Tag", result.File(".Models.Pet.g.cs"), StringComparison.Ordinal);
        Assert.Contains("Label", result.File(".Models.Tag.g.cs"), StringComparison.Ordinal);
        Diagnostic duplicate = Assert.Single(twice.GeneratorDiagnostics, d => d.Id == "PGEN019");
        Assert.Equal("/repo/json/pet.json", duplicate.Location.GetLineSpan().Path);
        Assert.Contains("Duplicate key", duplicate.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_generates_no_client_of_its_own_even_when_it_is_a_whole_openapi_document()
    {
        GenerationResult result = GeneratorHarness.Run(new[] { Part("common/errors.yaml") });

        Assert.Empty(result.Files);
        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void A_part_without_a_spec_serves_the_spec_that_refers_to_it()
    {
        SpecFile[] files = PartFiles.Select(file => Part(file, spec: null)).Prepend(Spec()).ToArray();

        GenerationResult result = GeneratorHarness.Run(files);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompileProblems);
        Assert.Contains("class User", result.AllSource, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_reported_at_the_ref_that_names_it_and_nothing_is_generated()
    {
        SpecFile[] files = AllFiles().Where(file => !file.Path.EndsWith("common/errors.yaml", StringComparison.Ordinal)).ToArray();

        GenerationResult result = GeneratorHarness.Run(files);

        Assert.Empty(result.Files);
        Diagnostic[] missing = result.GeneratorDiagnostics.Where(d => d.Id == "PGEN019").ToArray();
        Assert.Equal(2, missing.Length);
        Assert.All(missing, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));

        // One in the root, one in the paths file: each at the line of its own $ref.
        Diagnostic inRoot = Assert.Single(missing, d => d.Location.GetLineSpan().Path == "/repo/specs/split/api/openapi.yaml");
        Diagnostic inPaths = Assert.Single(missing, d => d.Location.GetLineSpan().Path == "/repo/specs/split/api/paths/pets.yaml");
        Assert.Equal(Line(Text("api/openapi.yaml"), "../common/errors.yaml"), inRoot.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(Line(Text("api/paths/pets.yaml"), "../../common/errors.yaml"), inPaths.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("'/repo/specs/split/common/errors.yaml' is not one of the spec's parts", inRoot.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pointer_the_file_does_not_have_is_reported_at_its_ref()
    {
        SpecFile[] files = AllFiles()
            .Select(file => file.Path == Root ? file with { Text = file.Text.Replace("user.yaml#/User", "user.yaml#/Account") } : file)
            .ToArray();

        GenerationResult result = GeneratorHarness.Run(files);

        Diagnostic missing = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN019");
        Assert.Equal(Line(files[0].Text, "user.yaml#/Account"), missing.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("has nothing at '#/Account'", missing.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_part_that_is_not_yaml_is_reported_in_that_part()
    {
        SpecFile[] files = AllFiles()
            .Select(file => file.Path.EndsWith("pet.yaml", StringComparison.Ordinal) ? file with { Text = "type: object\nproperties: [unclosed\n" } : file)
            .ToArray();

        GenerationResult result = GeneratorHarness.Run(files);

        Diagnostic invalid = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN019");
        Assert.Empty(result.Files);
        Assert.Equal("/repo/specs/split/api/schemas/pet.yaml", invalid.Location.GetLineSpan().Path);
        Assert.Contains("is not valid YAML or JSON", invalid.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_part_nested_past_the_depth_limit_is_reported_in_that_part_not_read()
    {
        string deep = "type: object\nproperties:\n" + string.Concat(Enumerable.Range(0, 80).Select(i => new string(' ', 2 + (4 * i)) + "p" + i + ":\n" + new string(' ', 4 + (4 * i)) + "properties:\n"));
        SpecFile[] files = AllFiles()
            .Select(file => file.Path.EndsWith("pet.yaml", StringComparison.Ordinal) ? file with { Text = deep } : file)
            .ToArray();

        GenerationResult result = GeneratorHarness.Run(files);

        Diagnostic limit = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "PGEN013");
        Assert.Equal("/repo/specs/split/api/schemas/pet.yaml", limit.Location.GetLineSpan().Path);
        Assert.Contains("MaxDepth", limit.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void A_long_chain_of_schemas_across_files_is_read_without_deep_recursion()
    {
        // 300 files, each schema referring to the next: the join works through a queue, not one call per link.
        const int Count = 300;
        var files = new List<SpecFile>
        {
            new("/repo/chain/openapi.yaml", """
                openapi: 3.1.0
                info: { title: Chain, version: '1' }
                paths:
                  /first:
                    get:
                      operationId: getFirst
                      responses: { '200': { description: ok, content: { application/json: { schema: { $ref: './s0.yaml#/Link0' } } } } }
                """),
        };
        for (int i = 0; i < Count; i++)
        {
            string next = i + 1 < Count ? $"next: {{ $ref: './s{i + 1}.yaml#/Link{i + 1}' }}" : "end: { type: boolean }";
            files.Add(Part("s.yaml", $"Link{i}: {{ type: object, properties: {{ {next} }} }}\n", spec: null) with { Path = $"/repo/chain/s{i}.yaml" });
        }

        GenerationResult result = GeneratorHarness.Run(files);

        Assert.Empty(result.CompileProblems);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains("class Link299", result.AllSource, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_items_that_refer_to_each_other_in_a_loop_are_reported_not_followed_forever()
    {
        const string root = """
            openapi: 3.1.0
            info: { title: Loop, version: '1' }
            paths:
              /a: { $ref: './a.yaml' }
            """;
        SpecFile[] files =
        {
            new("/repo/loop/openapi.yaml", root),
            Part("a.yaml", "$ref: './b.yaml'\n", spec: null) with { Path = "/repo/loop/a.yaml" },
            Part("b.yaml", "$ref: './a.yaml'\n", spec: null) with { Path = "/repo/loop/b.yaml" },
        };

        GenerationResult result = GeneratorHarness.Run(files);

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "PGEN016" && d.Location.GetLineSpan().Path.EndsWith("b.yaml", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "PGEN012");
    }

    [Fact]
    public void Editing_a_part_regenerates_its_spec_and_editing_an_unrelated_part_does_not()
    {
        SpecFile unrelated = Part("other/unused.yaml", "Thing: { type: string }\n", spec: null);
        SpecFile[] files = AllFiles().Append(unrelated).ToArray();
        GeneratorDriver driver = GeneratorHarness.CreateDriver(files, out var texts, trackSteps: true);
        Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        driver = driver.RunGenerators(compilation);

        int last = files.Length - 1;
        driver = driver.ReplaceAdditionalText(texts[last], new InMemoryAdditionalText(unrelated.Path, "Thing: { type: integer }\n"));
        driver = driver.RunGenerators(compilation);
        Assert.All(Reasons(driver), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));

        int user = Array.FindIndex(files, file => file.Path.EndsWith("user.yaml", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(texts[user], new InMemoryAdditionalText(files[user].Path, files[user].Text.Replace("email:", "nickname:")));
        driver = driver.RunGenerators(compilation);
        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, Reasons(driver));
        Assert.Contains("Nickname", string.Join("\n", driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.SourceText.ToString())), StringComparison.Ordinal);
    }

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().TrackedSteps[OpenApiClientGenerator.TrackingNames.Results]
            .SelectMany(step => step.Outputs)
            .Select(output => output.Reason)
            .ToArray();

    private static int Line(string text, string needle) =>
        text.Substring(0, text.IndexOf(needle, StringComparison.Ordinal)).Count(c => c == '\n');
}
