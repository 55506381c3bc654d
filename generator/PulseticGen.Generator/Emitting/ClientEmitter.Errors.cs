using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>The error-body tables the model gives each client: one <c>ErrorBodyTypeN</c> method each.</summary>
    internal sealed partial class ClientEmitter
    {
        // private static JsonTypeInfo? ErrorBodyType1(int status) => status switch
        // {
        //     401 or 403 or 404 or 422 or 429 => PulseticJsonContext.Default.ErrorResponse,
        //     >= 500 and < 600 => …,
        //     _ => null,
        // };
        private void WriteErrorMethods(SourceWriter writer, ClientGroupModel group)
        {
            foreach (ErrorTableModel table in group.ErrorTables)
            {
                writer.Line();
                writer.Line("/// <summary>The type of an error response's body, by status, as the spec declares it.</summary>");
                writer.Line($"private static {TypeNames.Json}.Serialization.Metadata.JsonTypeInfo? {table.MethodName}(int status) => status switch");
                writer.Line("{");
                foreach (var exact in table.Errors.Where(e => e.FirstStatus is not null && !e.IsRange).GroupBy(e => _json.TypeInfo(e.Type)))
                {
                    writer.Line($"    {string.Join(" or ", exact.Select(e => e.Status))} => {exact.Key},");
                }

                foreach (ErrorResponseModel range in table.Errors.Where(e => e.IsRange))
                {
                    writer.Line($"    >= {range.FirstStatus} and < {range.FirstStatus + 100} => {_json.TypeInfo(range.Type)},");
                }

                ErrorResponseModel? fallback = table.Errors.FirstOrDefault(e => e.FirstStatus is null);
                writer.Line($"    _ => {(fallback is null ? "null" : _json.TypeInfo(fallback.Type))},");
                writer.Line("};");
            }
        }
    }
}
