using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// Writes the endpoint catalog: one static <c>ApiEndpoint</c> per operation, plus <c>All</c>. Code and tools can
    /// discover the API's surface at compile time; the client passes these to the runtime for errors and logs.
    /// </summary>
    internal static class EndpointCatalogEmitter
    {
        public static string Emit(SpecModel spec, SourceBuffer? buffer = null)
        {
            const string Endpoint = TypeNames.Runtime + ".ApiEndpoint";
            SourceWriter writer = FileHeader.Start(spec, buffer);
            writer.Open("namespace " + spec.Namespace);
            writer.Line($"/// <summary>Every operation of the {SourceWriter.EscapeXml(spec.Title)} API, as described by its OpenAPI spec.</summary>");
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{spec.Accessibility} static partial class {spec.EndpointsClassName}");

            OperationModel[] operations = spec.Groups.SelectMany(group => group.Operations).ToArray();
            foreach (OperationModel operation in operations)
            {
                string summary = operation.Summary is null ? string.Empty : ": " + DocMarkdown.OneLine(operation.Summary);
                writer.Line($"/// <summary><c>{operation.HttpMethod} {SourceWriter.EscapeXml(operation.PathTemplate)}</c>{summary}</summary>");
                string tag = operation.Tag is null ? "null" : SourceWriter.Literal(operation.Tag);
                string summaryLiteral = operation.Summary is null ? "null" : SourceWriter.Literal(operation.Summary);
                string deprecated = operation.IsDeprecated ? "true" : "false";
                string anonymous = operation.RequiresAuthentication ? string.Empty : ", requiresAuthentication: false";
                string idempotencyKey = operation.AcceptsIdempotencyKey ? ", acceptsIdempotencyKey: true" : string.Empty;
                writer.Line($"public static {Endpoint} {operation.EndpointFieldName} {{ get; }} = new {Endpoint}({SourceWriter.Quote(operation.OperationId)}, {SourceWriter.Quote(operation.HttpMethod)}, {SourceWriter.Quote(operation.PathTemplate)}, {tag}, {summaryLiteral}, {deprecated}{anonymous}{idempotencyKey});");
                writer.Line();
            }

            // Declared last: static initializers run in textual order, so every entry above exists by now.
            writer.Line("/// <summary>All operations, in the order of the spec's tags.</summary>");
            writer.Line($"public static global::System.Collections.Generic.IReadOnlyList<{Endpoint}> All {{ get; }} = new {Endpoint}[]");
            writer.Line("{");
            foreach (OperationModel operation in operations)
            {
                writer.Line($"    {operation.EndpointFieldName},");
            }

            writer.Line("};");
            writer.Close();
            writer.Close();
            return writer.Finish();
        }
    }
}
