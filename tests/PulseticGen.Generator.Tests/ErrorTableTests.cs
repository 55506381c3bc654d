using System.Linq;
using PulseticGen.Generator.Model;
using Xunit;

namespace PulseticGen.Generator.Tests;

/// <summary>
/// Error responses are lowered into the model: each client gets its tables, each operation names its table, and
/// statuses arrive parsed, so the emitter only writes them out.
/// </summary>
public sealed class ErrorTableTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: { title: Errors, version: "1" }
        paths:
          /a:
            get:
              operationId: getA
              tags: [things]
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: string } } } }
                "404": { $ref: "#/components/responses/Problem" }
                "422": { $ref: "#/components/responses/Problem" }
          /b:
            get:
              operationId: getB
              tags: [things]
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: string } } } }
                "404": { $ref: "#/components/responses/Problem" }
                "422": { $ref: "#/components/responses/Problem" }
          /c:
            get:
              operationId: getC
              tags: [things]
              responses:
                "200": { description: ok, content: { application/json: { schema: { type: string } } } }
                "5xx": { $ref: "#/components/responses/Problem" }
                "4X4": { $ref: "#/components/responses/Problem" }
                default: { $ref: "#/components/responses/Problem" }
          /d:
            get:
              operationId: getD
              tags: [things]
              responses:
                "204": { description: done }
        components:
          schemas:
            Problem: { type: object, properties: { message: { type: string } } }
          responses:
            Problem:
              description: failed
              content: { application/json: { schema: { $ref: "#/components/schemas/Problem" } } }
        """;

    private static ClientGroupModel Things()
    {
        var input = new SpecInput("/specs/errors.yaml", Spec, new SpecOptions(null, null, null));
        SpecModel model = Parsing.SpecReader.Read(input, default).Model!;
        return Assert.Single(model.Groups, group => group.Tag == "things");
    }

    [Fact]
    public void Operations_declaring_the_same_errors_share_one_table_numbered_in_operation_order()
    {
        ClientGroupModel things = Things();

        Assert.Equal(new[] { "ErrorBodyType1", "ErrorBodyType2" }, things.ErrorTables.Select(table => table.MethodName));
        Assert.Equal(
            new[] { "ErrorBodyType1", "ErrorBodyType1", "ErrorBodyType2", null },
            things.Operations.Select(operation => operation.ErrorTableName));
    }

    [Fact]
    public void Statuses_arrive_parsed_and_a_status_that_is_not_OpenAPI_is_left_out()
    {
        ErrorTableModel first = Things().ErrorTables[0];
        Assert.Equal(new int?[] { 404, 422 }, first.Errors.Select(error => error.FirstStatus));
        Assert.All(first.Errors, error => Assert.False(error.IsRange));

        ErrorTableModel second = Things().ErrorTables[1];
        Assert.Collection(
            second.Errors,
            range =>
            {
                Assert.Equal("5XX", range.Status);
                Assert.Equal(500, range.FirstStatus);
                Assert.True(range.IsRange);
            },
            fallback =>
            {
                Assert.Equal("default", fallback.Status);
                Assert.Null(fallback.FirstStatus);
            });
    }
}
