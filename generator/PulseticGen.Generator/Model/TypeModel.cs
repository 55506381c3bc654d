namespace PulseticGen.Generator.Model
{
    internal enum TypeKind
    {
        Object,
        StringEnum,
        IntegerEnum,

        /// <summary>A <c>oneOf</c>/<c>anyOf</c>: a class holding exactly one of its alternatives (or the raw JSON).</summary>
        Union,
    }

    /// <summary>A generated model type: a class for an object schema, an extensible enum struct for an enum.</summary>
    internal sealed record TypeModel(
        TypeKind Kind,
        string Name,
        string SchemaName,
        string? Description,
        bool IsDeprecated,
        EquatableArray<PropertyModel> Properties,
        EquatableArray<EnumMemberModel> EnumMembers,
        string ConverterName,
        string ContextPropertyName)
    {
        /// <summary>The alternatives of a union.</summary>
        public EquatableArray<UnionMemberModel> UnionMembers { get; init; } = EquatableArray<UnionMemberModel>.Empty;

        /// <summary>The JSON property that names the alternative, when the spec declares a discriminator.</summary>
        public string? Discriminator { get; init; }

        /// <summary>
        /// Discriminator values that more than one alternative declares (two event shapes both tagged <c>message</c>):
        /// such a value selects nothing, and the reader tries the alternatives in turn.
        /// </summary>
        public EquatableArray<string> SharedDiscriminatorValues { get; init; } = EquatableArray<string>.Empty;

        /// <summary>An object's method in the JSON context that lists its property handlers (<c>DescribeMonitor</c>); null for other kinds.</summary>
        public string? DescribeMethodName { get; init; }
    }

    /// <summary>One alternative of a union and the discriminator values that select it.</summary>
    internal sealed record UnionMemberModel(string CSharpName, TypeRef Type, EquatableArray<string> DiscriminatorValues)
    {
        /// <summary>
        /// How many properties the alternative requires. Without a discriminator the reader tries the most demanding
        /// alternatives first, so a value is not taken by an alternative whose required properties are a subset.
        /// </summary>
        public int RequiredProperties { get; init; }
    }

    internal sealed record PropertyModel(
        string JsonName,
        string CSharpName,
        string FieldName,
        TypeRef Type,
        bool IsRequired,
        bool IsNullable,
        string? Description,
        bool IsDeprecated)
    {
        /// <summary>
        /// Whether the C# property is nullable: when JSON may send <c>null</c>, or may leave the property out (the
        /// generated type has no way to tell "absent" from a default other than null).
        /// </summary>
        public bool IsCSharpNullable => IsNullable || !IsRequired;
    }

    internal sealed record EnumMemberModel(string CSharpName, string WireValue, string? Description);
}
