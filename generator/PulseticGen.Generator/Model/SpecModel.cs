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
        string EndpointsClassName);

    /// <summary>An API key carried in a request header, e.g. Pulsetic's raw <c>Authorization</c> token.</summary>
    internal sealed record SecuritySchemeModel(string SchemeName, string HeaderName, string? Prefix, string? Description);

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
    }
}
