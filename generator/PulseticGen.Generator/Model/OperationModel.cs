using System.Linq;

namespace PulseticGen.Generator.Model
{
    internal sealed record OperationModel(
        string OperationId,
        string MethodName,
        string HttpMethod,
        string PathTemplate,
        string? Tag,
        string? Summary,
        string? Description,
        bool IsDeprecated,
        string EndpointFieldName,
        EquatableArray<ParameterModel> Parameters,
        RequestBodyModel? Body,
        TypeRef? ResultType,
        ContentEncoding ResultEncoding,
        PaginationModel? Pagination)
    {
        /// <summary>False when the spec marks the operation public (<c>security: []</c>): the client sends no credential.</summary>
        public bool RequiresAuthentication { get; init; } = true;

        /// <summary>
        /// True for a POST or PATCH that declares an <c>Idempotency-Key</c> header parameter: the client may generate a key
        /// when the caller gives none, and such a request may be retried.
        /// </summary>
        public bool AcceptsIdempotencyKey { get; init; }

        /// <summary>
        /// The private method that builds the request, shared by <see cref="MethodName"/> and its <c>WithResponseAsync</c>
        /// sibling so the two send the same request from one place; reserved in the same scope as the methods.
        /// </summary>
        public string RequestMethodName { get; init; } = string.Empty;

        /// <summary>The sibling that returns an <c>ApiResponse</c> (status, headers and body), reserved with the methods.</summary>
        public string WithResponseMethodName { get; init; } = string.Empty;

        /// <summary>The JSON body type of each declared error response (<c>404</c>, <c>4XX</c>, <c>default</c>).</summary>
        public EquatableArray<ErrorResponseModel> Errors { get; init; } = EquatableArray<ErrorResponseModel>.Empty;

        /// <summary>
        /// <see cref="PathTemplate"/> below the base address, in pieces: literal text (as written, not yet escaped) and
        /// the path parameters whose values go between them.
        /// </summary>
        public EquatableArray<PathSegment> PathSegments { get; init; } = EquatableArray<PathSegment>.Empty;

        /// <summary>The client's error table for <see cref="Errors"/> (see <see cref="ErrorTableModel"/>); null when there are none.</summary>
        public string? ErrorTableName { get; init; }
    }

    /// <summary>A piece of an operation's path: <paramref name="Literal"/> text, or (when it is set) a <paramref name="Parameter"/>'s value.</summary>
    internal sealed record PathSegment(string Literal, ParameterModel? Parameter);

    /// <summary>A declared error response and its body type.</summary>
    /// <param name="Status">As the spec writes it, upper-cased: <c>"422"</c>, a range <c>"4XX"</c>, or <c>"default"</c>.</param>
    /// <param name="FirstStatus">The status as a number, or the first of a range (400 for <c>4XX</c>); null for <c>default</c>.</param>
    /// <param name="IsRange">True for a range: every status from <paramref name="FirstStatus"/> to <paramref name="FirstStatus"/> + 99.</param>
    internal sealed record ErrorResponseModel(string Status, TypeRef Type, int? FirstStatus, bool IsRange);

    /// <summary>
    /// One <c>ErrorBodyTypeN</c> method of a client: the error responses that one or more of its operations declare
    /// alike, numbered in the order the client's operations first use them.
    /// </summary>
    internal sealed record ErrorTableModel(string MethodName, EquatableArray<ErrorResponseModel> Errors);

    /// <summary>How a body travels: which runtime helper writes a request body or reads a response.</summary>
    internal enum ContentEncoding
    {
        Json,
        FormUrlEncoded,
        Multipart,
        Binary,
        Text,

        /// <summary><c>text/event-stream</c>: each event's <c>data</c> is one JSON value of the result type, up to <c>[DONE]</c>.</summary>
        EventStream,

        /// <summary><c>application/x-ndjson</c>, <c>application/jsonl</c>: each line is one JSON value of the result type.</summary>
        JsonLines,
    }

    internal enum ParameterLocation
    {
        Path,
        Query,
        Header,
        Cookie,
    }

    /// <summary>How an array (or object) query parameter is written on the wire (OpenAPI <c>style</c> + <c>explode</c>).</summary>
    internal enum QueryStyle
    {
        /// <summary><c>name=a&amp;name=b</c> (form, explode: true; the OpenAPI default).</summary>
        FormExploded,

        /// <summary><c>name=a,b</c> (form, explode: false).</summary>
        FormJoined,

        /// <summary><c>name=a%20b</c>.</summary>
        SpaceDelimited,

        /// <summary><c>name=a|b</c>.</summary>
        PipeDelimited,

        /// <summary><c>name=a%09b</c> (Swagger 2.0's <c>tsv</c>).</summary>
        TabDelimited,

        /// <summary><c>name[key]=value</c> and <c>name[0]=value</c>.</summary>
        DeepObject,
    }

    internal sealed record ParameterModel(
        string WireName,
        string CSharpName,
        ParameterLocation Location,
        TypeRef Type,
        bool IsRequired,
        QueryStyle Style,
        string? Description,
        bool IsDeprecated)
    {
        /// <summary>
        /// True for a query value that is not a scalar or a list of scalars in a plain style (an object, a map, a
        /// <c>deepObject</c>, a list of objects): the client serializes it to JSON and flattens that into the query.
        /// </summary>
        public bool IsObjectEncoded =>
            Location == ParameterLocation.Query
            && (Style == QueryStyle.DeepObject
                || Type.IsStructured
                || (Type.Kind == TypeRefKind.List && Type.Element!.Kind is TypeRefKind.Bytes or TypeRefKind.File));
    }

    /// <summary>
    /// A request body. <see cref="IndexedArrays"/> lists the form fields whose arrays are written <c>name[0]</c>
    /// (OpenAPI <c>style: deepObject</c> in the media type's <c>encoding</c>).
    /// </summary>
    internal sealed record RequestBodyModel(TypeRef Type, bool IsRequired, string? Description, ContentEncoding Encoding, string MediaType, EquatableArray<string> IndexedArrays);

    /// <summary>
    /// An extra method that yields every item across pages, decided by the model builder (detected from the spec or
    /// declared with <c>x-pagination</c>). Paths are C# property names from the response body down to the value;
    /// an empty <see cref="ItemsPath"/> means the body itself is the array.
    /// </summary>
    /// <param name="MethodName">The method's name, such as <c>ListAllAsync</c>.</param>
    /// <param name="Style">How the next page is asked for.</param>
    /// <param name="ParameterName">The C# parameter the enumerator fills in (page number, offset or cursor), hidden from the method; null for <see cref="PaginationStyle.LinkHeader"/>.</param>
    /// <param name="ItemsPath">The property path to the page's items.</param>
    /// <param name="ItemType">The item type.</param>
    /// <param name="LastPagePath">Page numbers: the path to the last page's number, or empty to stop at an empty page.</param>
    /// <param name="NextCursorPath">Cursor: the path to the next cursor in the body, or empty when it is the last item's <see cref="ItemCursorProperty"/>.</param>
    /// <param name="HasMorePath">Cursor: the path to a boolean that says whether another page follows (Stripe's <c>has_more</c>), or empty.</param>
    /// <param name="ItemCursorProperty">Cursor: the item property whose value on the last item is the next cursor (Stripe's <c>id</c>), or null.</param>
    /// <param name="FirstPage">Page numbers: the number of the first page (1, or 0 for APIs that count from 0).</param>
    /// <param name="HiddenParameters">Other C# parameters the enumerator owns (GitHub's <c>page</c> when following <c>Link</c>).</param>
    internal sealed record PaginationModel(
        string MethodName,
        PaginationStyle Style,
        string? ParameterName,
        EquatableArray<string> ItemsPath,
        TypeRef ItemType,
        EquatableArray<string> LastPagePath,
        EquatableArray<string> NextCursorPath,
        EquatableArray<string> HasMorePath,
        string? ItemCursorProperty,
        EquatableArray<string> HiddenParameters,
        int FirstPage = 1)
    {
        /// <summary>Whether the enumerator fills in the C# parameter <paramref name="name"/>, which the list method therefore leaves out.</summary>
        public bool Drives(string name) => name == ParameterName || HiddenParameters.Contains(name);
    }

    internal enum PaginationStyle
    {
        /// <summary><c>page=1</c>, <c>page=2</c>, … (Laravel).</summary>
        PageNumber,

        /// <summary><c>offset=0</c>, then the offset plus the items received so far.</summary>
        OffsetLimit,

        /// <summary>An opaque cursor from the previous page (<c>next_cursor</c>, or the last item's id with <c>has_more</c>).</summary>
        Cursor,

        /// <summary>The absolute URL in the response's <c>Link: &lt;…&gt;; rel="next"</c> header (RFC 8288, GitHub).</summary>
        LinkHeader,
    }
}
