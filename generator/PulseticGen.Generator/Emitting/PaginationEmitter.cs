using System.Collections.Generic;
using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>The <c>…AllAsync</c> methods: one call into the runtime's <c>ApiPager</c> per pagination style.</summary>
    internal sealed partial class ClientEmitter
    {
        
        private string PagingReturns(PaginationModel pagination) =>
            $"global::System.Collections.Generic.IAsyncEnumerable<{_names.Of(pagination.ItemType)}>";

        private static void WritePagingDocs(SourceWriter writer, OperationModel operation, PaginationModel pagination)
        {
            writer.Doc("summary", (operation.Summary ?? operation.OperationId) + " (every page)");
            string how = pagination.Style switch
            {
                PaginationStyle.PageNumber => $"page by page from page {pagination.FirstPage.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
                PaginationStyle.OffsetLimit => "from offset 0, advancing the offset by the items received",
                PaginationStyle.Cursor => "page by page, passing each page's cursor to the next request",
                _ => "page by page, following each response's <c>Link: rel=\"next\"</c> URL (only on the API's own host)",
            };
            string until = pagination.Style switch
            {
                PaginationStyle.PageNumber => pagination.LastPagePath.IsEmpty ? "an empty page" : "the last page",
                PaginationStyle.OffsetLimit => "an empty page",
                PaginationStyle.Cursor => "a page with no next cursor",
                _ => "a response without a next link",
            };
            writer.Line($"/// <remarks>Calls <see cref=\"{operation.MethodName}\"/> {how}, fetching the next page only when the previous one has been consumed, until {until}.</remarks>");
            // The list method's own parameter docs, less the parameters the enumerator fills in.
            string hidden = string.Join(" or ", operation.Parameters
                .Where(parameter => pagination.Drives(parameter.CSharpName))
                .Select(parameter => $"@name='{parameter.CSharpName.TrimStart('@')}'"));
            writer.Line(hidden.Length == 0
                ? $"/// <inheritdoc cref=\"{operation.MethodName}\" path=\"/param\"/>"
                : $"/// <inheritdoc cref=\"{operation.MethodName}\" path=\"/param[not({hidden})]\"/>");
            writer.Line("/// <returns>Every item of every page, in order.</returns>");
        }

        // public IAsyncEnumerable<Monitor> ListAllAsync(…) =>
        //     ApiPager.EnumerateByCursorAsync<MonitorPage, Monitor>(
        //         (pageCursor, pageCancellationToken) => ListAsync(cursor: pageCursor, cancellationToken: pageCancellationToken),
        //         static page => page.Data,
        //         static (page, items) => page.Meta?.NextCursor,
        //         cancellationToken);
        private void WritePagingImplementation(SourceWriter writer, OperationModel operation, OperationText text, PaginationModel pagination)
        {
            string page = _names.Of(operation.ResultType!);
            string item = _names.Of(pagination.ItemType);
            string key = pagination.Style switch
            {
                PaginationStyle.Cursor => "pageCursor",
                PaginationStyle.LinkHeader => "nextPage",
                PaginationStyle.OffsetLimit => "pageOffset",
                _ => "pageNumber",
            };
            string method = pagination.Style switch
            {
                PaginationStyle.PageNumber => "EnumerateAsync",
                PaginationStyle.OffsetLimit => "EnumerateByOffsetAsync",
                PaginationStyle.Cursor => "EnumerateByCursorAsync",
                _ => "EnumerateByLinkAsync",
            };

            MethodSignature signature = text.PagingSignature!.Value;
            writer.Line($"public {signature.Returns} {signature.Name}({signature.Parameters}) =>");
            writer.Line($"    {TypeNames.Pager}.{method}<{page}, {item}>(");
            if (pagination.Style == PaginationStyle.PageNumber)
            {
                writer.Line($"        {pagination.FirstPage.ToString(System.Globalization.CultureInfo.InvariantCulture)},");
            }

            string call = $"{(pagination.Style == PaginationStyle.LinkHeader ? operation.WithResponseMethodName : operation.MethodName)}({string.Join(", ", Forwarded(operation, pagination, key))})";
            if (pagination.Style == PaginationStyle.LinkHeader)
            {
                string endpoint = text.Endpoint;
                string errors = operation.ErrorTableName is { } table ? ", " + table : string.Empty;
                writer.Line($"        ({key}, pageCancellationToken) => {key} is null");
                writer.Line($"            ? {call}");
                writer.Line($"            : _connection.SendForResponseAsync(_connection.CreateNextPageRequest({endpoint}, {key}{errors}), {endpoint}, {_json.TypeInfo(operation.ResultType!)}, pageCancellationToken),");
            }
            else
            {
                writer.Line($"        ({key}, pageCancellationToken) => {call},");
            }

            writer.Line($"        static page => {Access(pagination.ItemsPath)},");
            if (pagination.Style == PaginationStyle.PageNumber && !pagination.LastPagePath.IsEmpty)
            {
                writer.Line($"        static page => {Access(pagination.LastPagePath)},");
            }
            else if (pagination.Style == PaginationStyle.Cursor)
            {
                string next = pagination.ItemCursorProperty is { } property ? $"items[items.Count - 1].{property}" : Access(pagination.NextCursorPath);
                if (!pagination.HasMorePath.IsEmpty)
                {
                    next = $"{Access(pagination.HasMorePath)} == true ? {next} : null";
                }

                writer.Line($"        static (page, items) => {next},");
            }

            writer.Line("        cancellationToken);");
        }

        private static IEnumerable<string> Forwarded(OperationModel operation, PaginationModel pagination, string key) =>
            operation.Parameters
                .Where(p => !pagination.HiddenParameters.Contains(p.CSharpName))
                .Select(p => p.CSharpName == pagination.ParameterName ? $"{p.CSharpName}: {key}" : $"{p.CSharpName}: {p.CSharpName}")
                .Concat(operation.Body is null ? Enumerable.Empty<string>() : new[] { "body: body" })
                .Concat(new[] { "cancellationToken: pageCancellationToken" });

        /// <summary><c>page</c>, <c>page.Data</c>, <c>page.Meta?.NextCursor</c>: each step after the first may be a missing object.</summary>
        private static string Access(EquatableArray<string> path) =>
            path.IsEmpty ? "page" : "page." + string.Join("?.", path);
    }
}
