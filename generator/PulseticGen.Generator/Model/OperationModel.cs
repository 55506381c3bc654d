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

        /// <summary>The JSON body type of each declared error response (<c>404</c>, <c>4XX</c>, <c>default</c>).</summary>
        public EquatableArray<ErrorResponseModel> Errors { get; init; } = EquatableArray<ErrorResponseModel>.Empty;
    }

    /// <summary>A declared error response: its status (<c>"422"</c>, a range <c>"4XX"</c>, or <c>"default"</c>) and body type.</summary>
    internal sealed record ErrorResponseModel(string Status, TypeRef Type);

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
        bool IsDeprecated);

    /// <summary>
    /// A request body. <see cref="IndexedArrays"/> lists the form fields whose arrays are written <c>name[0]</c>
    /// (OpenAPI <c>style: deepObject</c> in the media type's <c>encoding</c>).
    /// </summary>
    internal sealed record RequestBodyModel(TypeRef Type, bool IsRequired, string? Description, ContentEncoding Encoding, string MediaType, EquatableArray<string> IndexedArrays);

    /// <summary>
    /// A page-numbered list (Laravel's paginator: <c>page</c> in the query; <c>current_page</c>, <c>last_page</c> and
    /// <c>data</c> in the response), for which an extra method yields every item across pages.
    /// </summary>
    internal sealed record PaginationModel(
        string MethodName,
        string PageParameterName,
        string ItemsPropertyName,
        string LastPagePropertyName,
        TypeRef ItemType);
}
