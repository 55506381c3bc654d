using System.Linq;
using PulseticGen.Generator.Model;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>Path templates are split in the model, so the emitter joins pieces instead of parsing the template again.</summary>
public sealed class PathSegmentTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Paths, version: "1" }
        paths:
          /monitors/{monitorId}/checks/{kind}.json:
            get:
              operationId: listChecks
              parameters:
                - { name: monitorId, in: path, required: true, schema: { type: integer, format: int64 } }
                - { name: kind, in: path, required: true, schema: { type: string } }
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: string } } } }
          /:
            get:
              operationId: root
              responses:
                "204": { description: done }
        """;

    private static OperationModel Operation(string operationId)
    {
        var input = new SpecInput("/specs/paths.yaml", Spec, new SpecOptions(null, null, null));
        SpecModel model = Parsing.SpecReader.Read(input, default).Model!;
        return model.Groups.SelectMany(group => group.Operations).Single(operation => operation.OperationId == operationId);
    }

    [Fact]
    public void Literal_text_and_path_parameters_alternate_without_the_leading_slash()
    {
        OperationModel operation = Operation("listChecks");

        Assert.Equal(
            new[] { "monitors/", "{monitorId}", "/checks/", "{kind}", ".json" },
            operation.PathSegments.Select(segment => segment.Parameter is { } parameter ? "{" + parameter.WireName + "}" : segment.Literal));
        Assert.Equal("monitorId", operation.PathSegments[1].Parameter!.CSharpName);
    }

    [Fact]
    public void The_root_path_is_one_empty_literal()
    {
        // CreateRequest then gets "": the base address itself.
        PathSegment only = Assert.Single(Operation("root").PathSegments);
        Assert.Null(only.Parameter);
        Assert.Equal(string.Empty, only.Literal);
    }
}
