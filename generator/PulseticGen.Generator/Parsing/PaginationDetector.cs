using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>What the builder saw of one operation that pagination needs beyond its model.</summary>
    /// <param name="IsGet">Only a GET is walked: repeating any other method could change state.</param>
    /// <param name="DeclaresLinkHeader">A 2xx response declares a <c>Link</c> header.</param>
    /// <param name="Extension">The operation's <c>x-pagination</c> value, when present.</param>
    /// <param name="Pointer">The operation's JSON pointer, for diagnostics.</param>
    internal sealed record PagingSource(bool IsGet, bool DeclaresLinkHeader, JsonNode? Extension, bool HasExtension, string Pointer);

    /// <summary>
    /// Decides which operations get a <c>…AllAsync</c> method and how it asks for the next page. Detection is deliberately
    /// narrow (a wrong guess would loop or skip items silently); <c>x-pagination</c> on the operation overrides it.
    /// </summary>
    internal sealed class PaginationDetector
    {
        internal const string Extension = "x-pagination";

        private static readonly string[] s_cursorParameters = { "cursor", "after", "page_token", "pageToken" };
        private static readonly string[][] s_nextCursorFields =
        {
            new[] { "next_cursor" },
            new[] { "nextCursor" },
            new[] { "response_metadata", "next_cursor" },
            new[] { "next_page_token" },
            new[] { "nextPageToken" },
        };

        // Keys only Datadog's dialect uses, and keys only ours does (limitParam, pageParam and cursorParam are in both).
        private static readonly string[] s_foreignKeys = { "pageOffsetParam", "resultsPath", "cursorPath" };
        private static readonly string[] s_ownKeys = { "style", "items", "nextCursor", "hasMore", "cursorFromItem", "lastPage", "offsetParam", "firstPage" };

        private readonly SchemaResolver _schemas;
        private readonly SpecLocator _locator;
        private readonly List<DiagnosticInfo> _diagnostics;

        public PaginationDetector(SchemaResolver schemas, SpecLocator locator, List<DiagnosticInfo> diagnostics)
        {
            _schemas = schemas;
            _locator = locator;
            _diagnostics = diagnostics;
        }

        public OperationModel Apply(OperationModel operation, PagingSource? source)
        {
            if (source is null || operation.ResultType is null || operation.ResultEncoding != ContentEncoding.Json)
            {
                return operation;
            }

            string methodName = MemberNames.AllPages(operation.MethodName);
            PaginationModel? pagination;
            if (source.HasExtension)
            {
                pagination = FromExtension(operation, source, methodName, out string? problem);
                if (problem is not null)
                {
                    _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.PaginationInvalid, _locator.Locate(source.Pointer + "/" + Extension), operation.OperationId, problem));
                }
            }
            else
            {
                pagination = source.IsGet ? Detect(operation, source, methodName) : null;
            }

            return pagination is null ? operation : operation with { Pagination = pagination };
        }

        private PaginationModel? Detect(OperationModel operation, PagingSource source, string methodName)
        {
            // Laravel's paginator: page in the query; current_page, last_page and data[] in the response.
            ParameterModel? page = Integer(operation, "page");
            TypeModel? body = BodyType(operation);
            if (page is not null && body is not null && body.Properties.Any(p => p.JsonName == "current_page")
                && Path(body, new[] { "data" }, IsList) is { } data && Path(body, new[] { "last_page" }, IsInteger) is { } lastPage)
            {
                return Create(methodName, PaginationStyle.PageNumber, page.CSharpName, data, ItemType(operation, data)!, lastPage: lastPage);
            }

            // Stripe: starting_after=<last item's id> while has_more is true.
            if (Text(operation, "starting_after") is { } startingAfter && body is not null
                && Path(body, new[] { "has_more" }, t => t.Kind == TypeRefKind.Boolean) is { } hasMore
                && Path(body, new[] { "data" }, IsList) is { } stripeData && ItemIdProperty(ItemType(operation, stripeData)) is { } id)
            {
                return Create(methodName, PaginationStyle.Cursor, startingAfter.CSharpName, stripeData, ItemType(operation, stripeData)!, hasMore: hasMore, itemCursor: id);
            }

            // A cursor parameter and a next-cursor string in the body (Slack's response_metadata.next_cursor).
            foreach (string name in s_cursorParameters)
            {
                if (Text(operation, name) is not { } cursor || body is null)
                {
                    continue;
                }

                EquatableArray<string>? next = s_nextCursorFields.Select(field => Path(body, field, t => t.Kind == TypeRefKind.String)).FirstOrDefault(path => path is not null);
                if (next is not null && SingleList(body) is { } items)
                {
                    return Create(methodName, PaginationStyle.Cursor, cursor.CSharpName, items, ItemType(operation, items)!, nextCursor: next);
                }
            }

            // RFC 8288 Link header with a page parameter (GitHub): follow rel="next".
            if (source.DeclaresLinkHeader && page is not null && ItemsOf(operation, body) is { } linkItems)
            {
                return Create(methodName, PaginationStyle.LinkHeader, null, linkItems, ItemType(operation, linkItems)!, hidden: page.CSharpName);
            }

            // offset + limit and an array of items.
            if (Integer(operation, "offset") is { } offset && Integer(operation, "limit") is not null && ItemsOf(operation, body) is { } offsetItems)
            {
                return Create(methodName, PaginationStyle.OffsetLimit, offset.CSharpName, offsetItems, ItemType(operation, offsetItems)!);
            }

            return null;
        }

        private PaginationModel? FromExtension(OperationModel operation, PagingSource source, string methodName, out string? problem)
        {
            problem = null;
            if (source.Extension is JsonValue off && off.TryGetValue(out bool enabled) && !enabled)
            {
                return null;
            }

            if (source.Extension is not JsonObject declared)
            {
                problem = "it is not an object (or false)";
                return null;
            }

            if (!source.IsGet)
            {
                problem = "only a GET operation can be walked page by page";
                return null;
            }

            string? style = Member(declared, "style");
            bool foreign = style is null
                && (s_foreignKeys.Any(declared.ContainsKey) || (declared.ContainsKey("limitParam") && !s_ownKeys.Any(declared.ContainsKey)));
            if (foreign)
            {
                // Datadog's own dialect (limitParam, pageOffsetParam, resultsPath, cursorParam, cursorPath, no style):
                // read where its meaning is unambiguous; its page numbers (0 or 1 first?) are not, so they are left alone.
                style = Member(declared, "pageOffsetParam") is not null ? "offset"
                    : Member(declared, "cursorParam") is not null && Member(declared, "cursorPath") is not null ? "cursor"
                    : null;
                if (style is null)
                {
                    return null;
                }
            }

            TypeModel? body = BodyType(operation);
            EquatableArray<string>? items;
            string? itemsText = Member(declared, "items") ?? Member(declared, "resultsPath");
            if (itemsText is null)
            {
                items = operation.ResultType!.Kind == TypeRefKind.List ? EquatableArray<string>.Empty : (EquatableArray<string>?)null;
                if (items is null)
                {
                    problem = "'items' is missing and the response is not an array";
                    return null;
                }
            }
            else
            {
                items = body is null ? null : Path(body, itemsText.Split('.'), IsList);
                if (items is null)
                {
                    problem = $"'items: {itemsText}' is not an array property of the response";
                    return null;
                }
            }

            TypeRef itemType = ItemType(operation, items.Value)!;
            switch (style)
            {
                case "page":
                {
                    string pageName = Member(declared, "pageParam") ?? "page";
                    if (Integer(operation, pageName) is not { } page)
                    {
                        problem = $"'{pageName}' is not an optional integer query parameter";
                        return null;
                    }

                    EquatableArray<string>? lastPage = null;
                    if (Member(declared, "lastPage") is { } lastText && (body is null || (lastPage = Path(body, lastText.Split('.'), IsInteger)) is null))
                    {
                        problem = $"'lastPage: {lastText}' is not an integer property of the response";
                        return null;
                    }

                    int firstPage = 1;
                    if (declared.TryGetPropertyValue("firstPage", out JsonNode? first)
                        && !(first is JsonValue firstValue && int.TryParse(firstValue.ToJsonString().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out firstPage) && firstPage is 0 or 1))
                    {
                        problem = "'firstPage' is not 0 or 1";
                        return null;
                    }

                    return Create(methodName, PaginationStyle.PageNumber, page.CSharpName, items.Value, itemType, lastPage: lastPage) with { FirstPage = firstPage };
                }

                case "offset":
                {
                    string offsetName = Member(declared, "offsetParam") ?? Member(declared, "pageOffsetParam") ?? "offset";
                    if (Integer(operation, offsetName) is not { } offset)
                    {
                        problem = $"'{offsetName}' is not an optional integer query parameter";
                        return null;
                    }

                    return Create(methodName, PaginationStyle.OffsetLimit, offset.CSharpName, items.Value, itemType);
                }

                case "cursor":
                {
                    string cursorName = Member(declared, "cursorParam") ?? "cursor";
                    if (Text(operation, cursorName) is not { } cursor)
                    {
                        problem = $"'{cursorName}' is not an optional string query parameter";
                        return null;
                    }

                    EquatableArray<string>? next = null, hasMore = null;
                    string? itemCursor = null;
                    if ((Member(declared, "nextCursor") ?? Member(declared, "cursorPath")) is { } nextText && (body is null || (next = Path(body, nextText.Split('.'), t => t.Kind == TypeRefKind.String)) is null))
                    {
                        problem = $"'nextCursor: {nextText}' is not a string property of the response";
                        return null;
                    }

                    if (Member(declared, "hasMore") is { } hasMoreText && (body is null || (hasMore = Path(body, hasMoreText.Split('.'), t => t.Kind == TypeRefKind.Boolean)) is null))
                    {
                        problem = $"'hasMore: {hasMoreText}' is not a boolean property of the response";
                        return null;
                    }

                    if (Member(declared, "cursorFromItem") is { } itemText && (itemCursor = ItemProperty(itemType, itemText)) is null)
                    {
                        problem = $"'cursorFromItem: {itemText}' is not a string property of the items";
                        return null;
                    }

                    if (next is null && itemCursor is null)
                    {
                        problem = "a cursor style needs 'nextCursor' or 'cursorFromItem'";
                        return null;
                    }

                    return Create(methodName, PaginationStyle.Cursor, cursor.CSharpName, items.Value, itemType, nextCursor: next, hasMore: hasMore, itemCursor: itemCursor);
                }

                case "link":
                {
                    string? hidden = Integer(operation, Member(declared, "pageParam") ?? "page")?.CSharpName;
                    return Create(methodName, PaginationStyle.LinkHeader, null, items.Value, itemType, hidden: hidden);
                }

                default:
                    problem = style is null ? "'style' is missing (page, offset, cursor or link)" : $"'style: {style}' is not page, offset, cursor or link";
                    return null;
            }
        }

        private static PaginationModel Create(
            string methodName,
            PaginationStyle style,
            string? parameter,
            EquatableArray<string> items,
            TypeRef itemType,
            EquatableArray<string>? lastPage = null,
            EquatableArray<string>? nextCursor = null,
            EquatableArray<string>? hasMore = null,
            string? itemCursor = null,
            string? hidden = null) =>
            new(
                methodName,
                style,
                parameter,
                items,
                itemType,
                lastPage ?? EquatableArray<string>.Empty,
                nextCursor ?? EquatableArray<string>.Empty,
                hasMore ?? EquatableArray<string>.Empty,
                itemCursor,
                hidden is null ? EquatableArray<string>.Empty : new[] { hidden }.ToEquatableArray());

        private static string? Member(JsonObject declared, string name) =>
            declared.TryGetPropertyValue(name, out JsonNode? node) && node is JsonValue value && value.TryGetValue(out string? text) && text.Length > 0 ? text : null;

        private static ParameterModel? Integer(OperationModel operation, string wireName) =>
            operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Query && p.WireName == wireName && !p.IsRequired && IsInteger(p.Type));

        private static ParameterModel? Text(OperationModel operation, string wireName) =>
            operation.Parameters.FirstOrDefault(p => p.Location == ParameterLocation.Query && p.WireName == wireName && !p.IsRequired && p.Type.Kind == TypeRefKind.String);

        private static bool IsInteger(TypeRef type) => type.Kind is TypeRefKind.Int32 or TypeRefKind.Int64;

        private static bool IsList(TypeRef type) => type.Kind == TypeRefKind.List && type.Element is not null;

        private TypeModel? BodyType(OperationModel operation) =>
            operation.ResultType is { Kind: TypeRefKind.Model, ModelName: { } name } ? _schemas.FindType(name) : null;

        /// <summary>The bare array, or the one array property of the body; null when there are several (ambiguous).</summary>
        private EquatableArray<string>? ItemsOf(OperationModel operation, TypeModel? body) =>
            operation.ResultType is { Kind: TypeRefKind.List, Element: not null } ? EquatableArray<string>.Empty : body is null ? null : SingleList(body);

        private static EquatableArray<string>? SingleList(TypeModel body)
        {
            List<PropertyModel> lists = body.Properties.Where(p => IsList(p.Type)).ToList();
            return lists.Count == 1 ? new[] { lists[0].CSharpName }.ToEquatableArray() : null;
        }

        /// <summary>Walks JSON names through model properties; returns their C# names when the last one satisfies <paramref name="accept"/>.</summary>
        private EquatableArray<string>? Path(TypeModel body, IReadOnlyList<string> jsonNames, Func<TypeRef, bool> accept)
        {
            var names = new List<string>();
            TypeModel current = body;
            for (int i = 0; i < jsonNames.Count; i++)
            {
                PropertyModel? property = current.Properties.FirstOrDefault(p => p.JsonName == jsonNames[i]);
                if (property is null)
                {
                    return null;
                }

                names.Add(property.CSharpName);
                if (i == jsonNames.Count - 1)
                {
                    return accept(property.Type) ? names.ToEquatableArray() : null;
                }

                if (property.Type is not { Kind: TypeRefKind.Model, ModelName: { } next } || _schemas.FindType(next) is not { } nested)
                {
                    return null;
                }

                current = nested;
            }

            return null;
        }

        private TypeRef? ItemType(OperationModel operation, EquatableArray<string> items)
        {
            if (items.IsEmpty)
            {
                return operation.ResultType!.Element;
            }

            // Walks the C# names again: the path was validated, so each step is a model property.
            TypeModel? current = BodyType(operation);
            TypeRef? type = null;
            foreach (string name in items)
            {
                type = current?.Properties.First(p => p.CSharpName == name).Type;
                current = type is { Kind: TypeRefKind.Model, ModelName: { } next } ? _schemas.FindType(next) : null;
            }

            return type?.Element;
        }

        private string? ItemIdProperty(TypeRef? itemType) => itemType is null ? null : ItemProperty(itemType, "id");

        private string? ItemProperty(TypeRef itemType, string jsonName) =>
            itemType is { Kind: TypeRefKind.Model, ModelName: { } name } && _schemas.FindType(name) is { } item
                && item.Properties.FirstOrDefault(p => p.JsonName == jsonName && p.Type.Kind == TypeRefKind.String) is { } property
                ? property.CSharpName
                : null;
    }
}
