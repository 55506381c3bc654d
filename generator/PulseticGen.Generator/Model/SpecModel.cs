namespace PulseticGen.Generator.Model
{
    /// <summary>
    /// Everything the emitter needs to write one client, and nothing else.
    /// </summary>
    /// <remarks>
    /// Every model type is a record of strings, numbers, booleans, enums and <see cref="EquatableArray{T}"/>, so the
    /// incremental pipeline can compare two runs by value. It never holds Roslyn objects (symbols, syntax, locations,
    /// SourceText) or Microsoft.OpenApi objects: those would defeat caching and pin a whole compilation or document in
    /// the IDE's memory. A test checks this by reflection.
    /// </remarks>
    internal sealed record SpecModel(
        string HintPrefix,
        string Namespace,
        string ClientName,
        string Accessibility,
        string Title,
        string? Description,
        string DefaultBaseUrl,
        SecuritySchemeModel? Security,
        EquatableArray<ClientGroupModel> Groups,
        EquatableArray<TypeModel> Types,
        string JsonContextName,
        string EndpointsClassName)
    {
        /// <summary>
        /// The list and dictionary types the JSON context has a converter for, each with the converter's name; an
        /// element comes before the collections of it, since their initializers read its converter.
        /// </summary>
        public EquatableArray<JsonValueModel> JsonCollections { get; init; } = EquatableArray<JsonValueModel>.Empty;

        /// <summary>
        /// Request and response types that are not models or enums (a list of monitors, a number, a query object's
        /// map), in the order operations first use them, each with the context property that holds its JsonTypeInfo.
        /// </summary>
        public EquatableArray<JsonValueModel> JsonRoots { get; init; } = EquatableArray<JsonValueModel>.Empty;
    }

    /// <summary>A type the JSON context describes that no schema names, and the member that holds it (<c>ListOfMonitor</c>).</summary>
    internal sealed record JsonValueModel(TypeRef Type, string MemberName);

    /// <summary>
    /// The credential the client sends: an API key in a header (Pulsetic's raw <c>Authorization</c> token), a query
    /// parameter or a cookie; a bearer token; or HTTP Basic (<see cref="Prefix"/> "Basic"). For an OAuth2 scheme with a
    /// client credentials flow, <see cref="TokenUrl"/> is its absolute token endpoint and <see cref="Scopes"/> the scopes
    /// the document's own security requirement asks for.
    /// </summary>
    internal sealed record SecuritySchemeModel(
        string SchemeName,
        CredentialLocation Location,
        string Name,
        string? Prefix,
        string? Description,
        string? TokenUrl = null,
        EquatableArray<string> Scopes = default);

    internal enum CredentialLocation
    {
        Header,
        Query,
        Cookie,
    }

    /// <summary>One sub-client, made from one tag (or the root client for operations without a tag).</summary>
    internal sealed record ClientGroupModel(
        string? Tag,
        string PropertyName,
        string ClassName,
        string InterfaceName,
        string? Description,
        EquatableArray<OperationModel> Operations)
    {
        public bool IsRoot => Tag is null;

        /// <summary>The error tables the client's operations share (<see cref="OperationModel.ErrorTableName"/>).</summary>
        public EquatableArray<ErrorTableModel> ErrorTables { get; init; } = EquatableArray<ErrorTableModel>.Empty;
    }
}
