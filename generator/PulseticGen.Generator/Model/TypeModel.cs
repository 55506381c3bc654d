namespace PulseticGen.Generator.Model
{
    internal enum TypeKind
    {
        Object,
        StringEnum,
        IntegerEnum,
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
        string ContextPropertyName);

    internal sealed record PropertyModel(
        string JsonName,
        string CSharpName,
        string FieldName,
        TypeRef Type,
        bool IsRequired,
        bool IsNullable,
        string? Description,
        bool IsDeprecated);

    internal sealed record EnumMemberModel(string CSharpName, string WireValue, string? Description);
}
