using System.Linq;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>
/// Spec names that are also names the generator writes on its own: a schema called <c>Converters</c> or
/// <c>ListOfThing</c>, a tag called <c>Dispose</c> or <c>ErrorBodyType1</c>, an operation called
/// <c>getThingWithResponse</c> beside <c>getThing</c>. Each must get another name, never a compile error.
/// </summary>
public sealed class NameCollisionTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Collide, version: "1" }
        paths:
          /thing:
            get:
              operationId: getThing
              tags: [things]
              parameters:
                - { name: cancellationToken, in: query, schema: { type: string } }
                - { name: request, in: query, schema: { type: string } }
                - { name: query, in: query, schema: { type: string } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Thing" } } } }
          /thing/with-response:
            get:
              operationId: getThingWithResponse
              tags: [things]
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Thing" } } } } }
          /thing/two:
            get:
              operationId: get_thing
              tags: [things]
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: integer, format: int64 } } } }
          /root:
            get:
              operationId: all
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/Converters" } } } }
                "404": { description: missing, content: { application/json: { schema: { $ref: "#/components/schemas/Default" } } } }
          /dispose:
            post:
              operationId: dispose
              tags: [Dispose]
              requestBody:
                content: { application/json: { schema: { $ref: "#/components/schemas/ListOfThing" } } }
              responses:
                "204": { description: done }
          /tables:
            get:
              operationId: getTable
              tags: [ErrorBodyType1]
              responses:
                "200": { description: ok, content: { application/json: { schema: { $ref: "#/components/schemas/DescribeThing" } } } }
                "400": { description: bad, content: { application/json: { schema: { $ref: "#/components/schemas/Options" } } } }
          /a: { get: { operationId: getA, tags: [DefaultBaseAddress], responses: { "204": { description: done } } } }
          /b: { get: { operationId: getB, tags: [SecurityScheme], responses: { "204": { description: done } } } }
          /c: { get: { operationId: getC, tags: [Create], responses: { "204": { description: done } } } }
        components:
          schemas:
            Thing:
              type: object
              properties:
                equals: { type: string }
                getHashCode: { type: string }
                toString: { type: string }
                getType: { type: string }
                memberwiseClone: { type: string }
                finalize: { type: string }
                thing: { type: string }
                tags: { type: array, items: { type: string } }
            Converters: { type: object, properties: { all: { type: array, items: { $ref: "#/components/schemas/Thing" } } } }
            Default: { type: object, properties: { options: { type: string } } }
            Options: { type: object, properties: { getTypeInfo: { type: string } } }
            ListOfThing: { type: object, properties: { items: { type: array, items: { $ref: "#/components/schemas/Thing" } } } }
            DescribeThing: { type: object, properties: { kind: { $ref: "#/components/schemas/Kind" }, shape: { $ref: "#/components/schemas/Shape" } } }
            Int64: { type: object, properties: { value: { type: integer, format: int64 } } }
            GetTypeInfo: { type: object, properties: { name: { type: string } } }
            ShapeConverter: { type: object, properties: { name: { type: string } } }
            Kind: { type: string, enum: [Value, IsKnown, PrintMembers, ToString, Equals] }
            Unknown: { type: object, required: [unknown], properties: { unknown: { type: string } } }
            Shape: { oneOf: [{ $ref: "#/components/schemas/Unknown" }, { $ref: "#/components/schemas/Thing" }] }
        """;

    [Fact]
    public void Every_clash_with_a_generated_member_is_renamed_and_the_client_compiles()
    {
        GenerationResult result = GeneratorHarness.Run(Spec);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompileProblems);
    }

    [Fact]
    public void An_operation_named_like_another_operations_sibling_does_not_share_its_name()
    {
        OperationModel[] things = Model().Groups.Single(g => g.Tag == "things").Operations.ToArray();
        string[] members = things.SelectMany(o => new[] { o.MethodName, o.WithResponseMethodName, o.RequestMethodName }).ToArray();

        Assert.Equal(members.Length, members.Distinct().Count());
        OperationModel getThing = things.Single(o => o.OperationId == "getThing");
        Assert.Equal(("GetThingAsync", "GetThingWithResponseAsync"), (getThing.MethodName, getThing.WithResponseMethodName));

        // The second "GetThing" is renamed; its sibling is named from the renamed method, not cut from it.
        OperationModel renamed = things.Single(o => o.OperationId == "get_thing");
        Assert.Equal("GetThingAsync2", renamed.MethodName);
        Assert.Equal("GetThingAsync2WithResponseAsync", renamed.WithResponseMethodName);
    }

    [Fact]
    public void Sub_client_properties_keep_clear_of_the_root_clients_own_members()
    {
        SpecModel model = Model();
        ClientGroupModel root = model.Groups.Single(g => g.IsRoot);
        string[] properties = model.Groups.Where(g => !g.IsRoot).Select(g => g.PropertyName).ToArray();

        Assert.Contains("Dispose2", properties);
        Assert.Contains("DefaultBaseAddress2", properties);
        Assert.Contains("SecurityScheme2", properties);
        Assert.Contains("Create2", properties);
        Assert.Contains("ErrorBodyType1", properties);
        // The root client's error table came after the property and took the next free name.
        Assert.DoesNotContain(root.ErrorTables.Single().MethodName, properties);
    }

    [Fact]
    public void Json_context_names_that_schemas_already_took_get_suffixes()
    {
        SpecModel model = Model();
        string[] contextMembers = model.Types.Select(t => t.ContextPropertyName)
            .Concat(model.JsonRoots.Select(r => r.MemberName))
            .Concat(model.JsonCollections.Select(c => c.MemberName))
            .Distinct()
            .ToArray();
        string[] converterMembers = model.Types.Select(t => t.ContextPropertyName)
            .Concat(model.JsonCollections.Select(c => c.MemberName))
            .Concat(model.Types.Where(t => t.DescribeMethodName is not null).Select(t => t.DescribeMethodName!))
            .ToArray();

        Assert.Equal(converterMembers.Length, converterMembers.Distinct().Count());
        Assert.DoesNotContain("Default", contextMembers);
        Assert.DoesNotContain("Options", contextMembers);
        Assert.DoesNotContain("Converters", contextMembers);
        Assert.DoesNotContain("GetTypeInfo", contextMembers);
        Assert.Equal("ListOfThing2", model.JsonCollections.Single(c => c.Type.Equals(TypeRef.ListOf(new TypeRef(TypeRefKind.Model, "Thing")))).MemberName);
        Assert.Equal("Int642", model.JsonRoots.Single(r => r.Type.Equals(TypeRef.Int64)).MemberName);
        Assert.Equal("DescribeThing2", model.Types.Single(t => t.Name == "Thing").DescribeMethodName);
    }

    [Fact]
    public void Members_every_object_has_are_not_taken_by_properties_or_enum_values()
    {
        SpecModel model = Model();
        string[] thing = model.Types.Single(t => t.Name == "Thing").Properties.Select(p => p.CSharpName).ToArray();
        string[] kind = model.Types.Single(t => t.Name == "Kind").EnumMembers.Select(m => m.CSharpName).ToArray();
        string[] shape = model.Types.Single(t => t.Name == "Shape").UnionMembers.Select(m => m.CSharpName).ToArray();

        Assert.Empty(thing.Intersect(new[] { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "Thing" }));
        Assert.Empty(kind.Intersect(new[] { "Value", "IsKnown", "PrintMembers", "ToString", "Equals" }));
        Assert.DoesNotContain("Unknown", shape);
    }

    private static SpecModel Model() =>
        Parsing.SpecReader.Read(new SpecInput("/specs/collide.yaml", Spec, new SpecOptions(null, null, null)), default).Model!;
}
