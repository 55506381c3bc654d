namespace PulseticGen.Generator.Model
{
    internal enum TypeRefKind
    {
        String,
        Int32,
        Int64,
        Double,
        Single,
        Decimal,
        Boolean,
        DateTimeOffset,
        DateOnly,
        Guid,
        Bytes,

        /// <summary>Binary content with a file name and media type (<c>format: binary</c>): the runtime's <c>ApiFile</c>.</summary>
        File,

        /// <summary>Any JSON value, kept as a <c>JsonElement</c> (free-form schemas and unions we do not model yet).</summary>
        Any,
        Model,
        Enum,
        List,
        Dictionary,
    }

    /// <summary>
    /// A use of a type. <see cref="ModelName"/> is set for <see cref="TypeRefKind.Model"/> and
    /// <see cref="TypeRefKind.Enum"/>; <see cref="Element"/> for lists and dictionaries (string keys).
    /// Whether the use is nullable is decided where it is used (property, parameter), not here.
    /// </summary>
    internal sealed record TypeRef(TypeRefKind Kind, string? ModelName = null, TypeRef? Element = null)
    {
        /// <summary>
        /// For a <see cref="TypeRefKind.DateTimeOffset"/> whose wire form is a fixed pattern in UTC rather than RFC 3339:
        /// the .NET custom format from the schema's <c>x-format</c> (<c>yyyy-MM-dd HH:mm:ss</c>); null otherwise.
        /// </summary>
        public string? WireFormat { get; init; }

        public static readonly TypeRef String = new(TypeRefKind.String);
        public static readonly TypeRef Int32 = new(TypeRefKind.Int32);
        public static readonly TypeRef Int64 = new(TypeRefKind.Int64);
        public static readonly TypeRef Double = new(TypeRefKind.Double);
        public static readonly TypeRef Boolean = new(TypeRefKind.Boolean);
        public static readonly TypeRef Any = new(TypeRefKind.Any);
        public static readonly TypeRef File = new(TypeRefKind.File);

        public bool IsValueType => Kind switch
        {
            TypeRefKind.String or TypeRefKind.Bytes or TypeRefKind.File or TypeRefKind.Model or TypeRefKind.List or TypeRefKind.Dictionary => false,
            _ => true,
        };

        /// <summary>
        /// True for a value with structure of its own (an object, a map, any JSON, or a list of those): where a wire
        /// format only carries text, such as a multipart part or a query string, it travels as JSON.
        /// </summary>
        public bool IsStructured =>
            Kind is TypeRefKind.Model or TypeRefKind.Dictionary or TypeRefKind.Any
            || (Kind == TypeRefKind.List && Element!.Kind is TypeRefKind.Model or TypeRefKind.List or TypeRefKind.Dictionary or TypeRefKind.Any);

        public static TypeRef ListOf(TypeRef element) => new(TypeRefKind.List, Element: element);

        public static TypeRef DictionaryOf(TypeRef element) => new(TypeRefKind.Dictionary, Element: element);
    }
}
