using System.Linq;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>Writes one model type: a class for an object schema, an extensible enum struct for an enum.</summary>
    internal static class ModelEmitter
    {
        public static string Emit(SpecModel spec, TypeModel type, TypeNames names, SourceBuffer? buffer = null)
        {
            SourceWriter writer = FileHeader.Start(spec, buffer);
            writer.Open("namespace " + spec.Namespace);
            if (type.Kind == TypeKind.Object)
            {
                WriteObject(writer, spec, type, names);
            }
            else if (type.Kind == TypeKind.Union)
            {
                WriteUnion(writer, spec, type, names);
            }
            else
            {
                WriteEnum(writer, spec, type);
            }

            writer.Close();
            return writer.Finish();
        }

        // public sealed partial class Monitor
        // {
        //     public required long Id { get; set; }
        //     public string? Name { get; set; }
        // }
        private static void WriteObject(SourceWriter writer, SpecModel spec, TypeModel type, TypeNames names)
        {
            writer.Doc("summary", type.Description ?? $"The '{type.SchemaName}' schema.");
            WriteDeprecatedRemark(writer, type.IsDeprecated);
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{spec.Accessibility} sealed partial class {type.Name}");

            bool first = true;
            foreach (PropertyModel property in type.Properties)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                // The signature already says whether the property is always present (required) and may be null (?);
                // the docs add what it does not: the description, the JSON name and deprecation.
                string jsonName = SourceWriter.EscapeXml(property.JsonName);
                if (property.Description is null)
                {
                    writer.Line($"/// <summary>The <c>{jsonName}</c> property.{Deprecated(property.IsDeprecated)}</summary>");
                }
                else
                {
                    writer.Doc("summary", property.Description);
                    writer.Line($"/// <remarks>JSON name <c>{jsonName}</c>.{Deprecated(property.IsDeprecated)}</remarks>");
                }

                string required = property.IsRequired ? "required " : string.Empty;
                string nullable = property.IsCSharpNullable ? "?" : string.Empty;
                writer.Line($"public {required}{names.Of(property.Type)}{nullable} {property.CSharpName} {{ get; set; }}");
            }

            writer.Close();
        }

        private const string WireEnum = TypeNames.Runtime + ".Serialization.IWireEnum";

        // public readonly partial record struct MonitorStatus : IWireEnum<MonitorStatus, string>
        // {
        //     public static MonitorStatus Online { get; } = new("online");
        //     public string Value { get; }   // any value the server sends, listed or not
        // }
        private static void WriteEnum(SourceWriter writer, SpecModel spec, TypeModel type)
        {
            bool integer = type.Kind == TypeKind.IntegerEnum;
            string valueType = integer ? "long" : "string";
            string name = type.Name;
            string WireLiteral(EnumMemberModel member) => integer ? member.WireValue + "L" : SourceWriter.Literal(member.WireValue);

            writer.Doc("summary", type.Description ?? "Values of the " + type.SchemaName + " schema.");
            writer.Line("/// <remarks>An extensible enum: a value the spec does not list is kept, not rejected (see <see cref=\"IsKnown\"/>).</remarks>");
            writer.Line(TypeNames.GeneratedCodeAttribute);
            // A record struct: the compiler writes value equality (ordinal for strings) and the operators.
            // IWireEnum gives the JSON converter its way in and out without a lambda per converter (see the interface).
            writer.Open($"{spec.Accessibility} readonly partial record struct {name} : {WireEnum}<{name}, {valueType}>");
            if (!integer)
            {
                writer.Line("private readonly string? _value;");
                writer.Line();
            }

            writer.Line($"/// <summary>Creates a value from its wire form; use it for values the spec does not list.</summary>");
            writer.Open($"public {name}({valueType} value)");
            writer.Line(integer ? "Value = value;" : "_value = value ?? throw new global::System.ArgumentNullException(nameof(value));");
            writer.Close();

            foreach (EnumMemberModel member in type.EnumMembers)
            {
                writer.Line();
                if (member.Description is null)
                {
                    writer.Line($"/// <summary>The wire value <c>{SourceWriter.EscapeXml(member.WireValue)}</c>.</summary>");
                }
                else
                {
                    writer.Doc("summary", member.Description);
                    writer.Line($"/// <remarks>The wire value <c>{SourceWriter.EscapeXml(member.WireValue)}</c>.</remarks>");
                }

                writer.Line($"public static {name} {member.CSharpName} {{ get; }} = new {name}({WireLiteral(member)});");
            }

            writer.Line();
            writer.Line("/// <summary>The value as sent on the wire.</summary>");
            writer.Line(integer ? "public long Value { get; }" : "public string Value => _value ?? string.Empty;");
            writer.Line();
            writer.Line("/// <summary>Whether the value is one the spec lists.</summary>");
            if (type.EnumMembers.Count == 0)
            {
                writer.Line("public bool IsKnown => false;");
            }
            else
            {
                // A table lookup, not `Value is "a" or "b" or ...`: the compiler checks every or-pattern for redundant
                // alternatives in time that grows faster than their number, and specs list hundreds (Stripe has a
                // 594-value time zone enum). Compiling Stripe's 1480 enums took 13.5 s with the patterns, 10.7 s without.
                writer.Line($"public bool IsKnown => global::System.Array.IndexOf({MemberNames.EnumKnownValues}, Value) >= 0;");
                writer.Line();
                writer.Open($"private static readonly {valueType}[] {MemberNames.EnumKnownValues} = new {valueType}[]");
                foreach (EnumMemberModel member in type.EnumMembers)
                {
                    writer.Line(WireLiteral(member) + ",");
                }

                writer.Close(";");
            }

            writer.Line();
            writer.Line("/// <summary>The wire value.</summary>");
            writer.Line(integer ? "public override string ToString() => Value.ToString(global::System.Globalization.CultureInfo.InvariantCulture);" : "public override string ToString() => Value;");
            writer.Line();
            writer.Line($"static {name} {WireEnum}<{name}, {valueType}>.FromWire({valueType} value) => new {name}(value);");
            writer.Close();
        }

        // public sealed partial class PaymentSource
        // {
        //     public PaymentSource(Card value) { Card = value; }
        //     public Card? Card { get; }
        //     public JsonElement? Unknown { get; }          // JSON that fit no alternative, kept as sent
        //     public static implicit operator PaymentSource(Card value) => new(value);
        // }
        private static void WriteUnion(SourceWriter writer, SpecModel spec, TypeModel type, TypeNames names)
        {
            string name = type.Name;
            writer.Doc("summary", type.Description ?? $"The '{type.SchemaName}' schema: one of several shapes.");
            writer.Line("/// <remarks>");
            writer.Line("/// Exactly one alternative property is set. A value that fits none of them (for example a kind the API added after");
            writer.Line("/// this client was generated) is kept in <see cref=\"Unknown\"/> instead of failing the response.");
            if (type.Discriminator is { } discriminator)
            {
                writer.Line($"/// The alternative is chosen by the <c>{SourceWriter.EscapeXml(discriminator)}</c> property.");
            }

            writer.Line("/// </remarks>");
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{spec.Accessibility} sealed partial class {name}");
            foreach (UnionMemberModel member in type.UnionMembers)
            {
                string csharp = names.Of(member.Type);
                writer.Line($"/// <summary>Holds a {SourceWriter.EscapeXml(member.CSharpName)} alternative.</summary>");
                writer.Open($"public {name}({csharp} value)");
                writer.Line(member.Type.IsValueType ? $"{member.CSharpName} = value;" : $"{member.CSharpName} = value ?? throw new global::System.ArgumentNullException(nameof(value));");
                writer.Close();
                writer.Line();
            }

            writer.Line("/// <summary>Holds JSON that fits none of the alternatives.</summary>");
            writer.Open($"public {name}({TypeNames.Json}.JsonElement unknown)");
            writer.Line("Unknown = unknown;");
            writer.Close();

            foreach (UnionMemberModel member in type.UnionMembers)
            {
                writer.Line();
                writer.Line($"/// <summary>The value when it is the {SourceWriter.EscapeXml(member.CSharpName)} alternative{Values(member)}; otherwise null.</summary>");
                writer.Line($"public {names.Of(member.Type)}? {member.CSharpName} {{ get; }}");
            }

            writer.Line();
            writer.Line("/// <summary>The JSON as received when it fit none of the alternatives; otherwise null.</summary>");
            writer.Line($"public {TypeNames.Json}.JsonElement? Unknown {{ get; }}");
            // Conversions from interfaces (IReadOnlyList) or from the union itself are not allowed in C#.
            foreach (UnionMemberModel member in type.UnionMembers.Where(m => m.Type.Kind is not (TypeRefKind.List or TypeRefKind.Dictionary) && m.Type.ModelName != type.Name))
            {
                writer.Line();
                writer.Line($"/// <summary>Wraps a {SourceWriter.EscapeXml(member.CSharpName)}.</summary>");
                writer.Line($"public static implicit operator {name}({names.Of(member.Type)} value) => new {name}(value);");
            }

            writer.Close();
        }

        private static string Values(UnionMemberModel member) =>
            member.DiscriminatorValues.Count == 0 ? string.Empty : " (discriminator " + string.Join(", ", member.DiscriminatorValues.Select(v => "<c>" + SourceWriter.EscapeXml(v) + "</c>")) + ")";

        private static void WriteDeprecatedRemark(SourceWriter writer, bool deprecated)
        {
            if (deprecated)
            {
                writer.Line("/// <remarks>Deprecated by the API.</remarks>");
            }
        }

        private static string Deprecated(bool deprecated) => deprecated ? " Deprecated by the API." : string.Empty;
    }
}
