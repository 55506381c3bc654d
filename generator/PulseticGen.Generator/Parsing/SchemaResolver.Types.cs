using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;
using JsonPointer = PulseticGen.Generator.Locating.JsonPointer;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>Building the queued types: objects with their collected properties (allOf merged), enums and unions.</summary>
    internal sealed partial class SchemaResolver
    {
        private TypeModel BuildObject(PendingType pending)
        {
            List<(string Name, IOpenApiSchema Schema, string Pointer)> collected = CollectProperties(pending.Schema, pending.Pointer, out HashSet<string> requiredNames);
            var members = new NameScope(MemberNames.OfModel.Concat(new[] { pending.Name }), capacity: MemberNames.OfModel.Length + 1 + collected.Count);
            var properties = new List<PropertyModel>(collected.Count);
            var seen = new Dictionary<string, bool>(collected.Count, StringComparer.Ordinal);

            foreach ((string jsonName, IOpenApiSchema propertySchema, string propertyPointer) in collected)
            {
                bool required = requiredNames.Contains(jsonName);
                if (seen.ContainsKey(jsonName))
                {
                    continue;
                }

                seen[jsonName] = true;

                // A member may not share its type's name (CS0542): "Domain.domain" reads best as DomainValue.
                string preferred = Identifiers.ToPascalCase(jsonName);
                string csharpName = members.Reserve(preferred == pending.Name ? preferred + "Value" : preferred);
                TypeRef type = Resolve(propertySchema, pending.Name + preferred, propertyPointer, out bool nullable);
                properties.Add(new PropertyModel(
                    jsonName,
                    csharpName,
                    "s_" + csharpName,
                    type,
                    required,
                    nullable || (type.Kind == TypeRefKind.Any && !required),
                    Describe(propertySchema),
                    propertySchema.Deprecated));
            }

            return new TypeModel(
                TypeKind.Object,
                pending.Name,
                pending.SchemaName,
                Describe(pending.Schema),
                pending.Schema.Deprecated,
                properties.ToEquatableArray(),
                EquatableArray<EnumMemberModel>.Empty,
                _contextMembers.Reserve(pending.Name + "Converter"),
                _contextMembers.Reserve(pending.Name));
        }

        private TypeModel BuildEnum(PendingType pending)
        {
            var members = new NameScope(MemberNames.OfEnum.Concat(new[] { pending.Name }), capacity: MemberNames.OfEnum.Length + 1 + (pending.Schema.Enum?.Count ?? 0));
            var enumMembers = new List<EnumMemberModel>();
            var seenValues = new HashSet<string>(StringComparer.Ordinal);
            IList<string>? varNames = ReadEnumVarNames(pending.Schema);
            int index = 0;
            if (pending.Schema.Enum is not { Count: > 0 })
            {
                return BuildConstEnum(pending, members);
            }

            foreach (JsonNode? value in pending.Schema.Enum)
            {
                int position = index++;
                if (value is null || value.GetValueKind() == JsonValueKind.Null)
                {
                    continue;
                }

                string wire = pending.IsIntegerEnum ? value.ToJsonString() : value.GetValue<string>();
                if (!seenValues.Add(wire))
                {
                    continue;
                }

                string preferred = varNames is not null && position < varNames.Count && !string.IsNullOrWhiteSpace(varNames[position])
                    ? Identifiers.ToPascalCase(varNames[position])
                    : pending.IsIntegerEnum ? "Value" + Identifiers.ToPascalCase(wire) : Identifiers.ToPascalCase(wire, "Empty");
                enumMembers.Add(new EnumMemberModel(members.Reserve(preferred), wire, null));
            }

            return new TypeModel(
                pending.IsIntegerEnum ? TypeKind.IntegerEnum : TypeKind.StringEnum,
                pending.Name,
                pending.SchemaName,
                Describe(pending.Schema),
                pending.Schema.Deprecated,
                EquatableArray<PropertyModel>.Empty,
                enumMembers.ToEquatableArray(),
                _contextMembers.Reserve(pending.Name + "Converter"),
                _contextMembers.Reserve(pending.Name));
        }

        // public sealed partial class PaymentSource { public Card? Card { get; } public BankAccount? BankAccount { get; } … }
        private TypeModel BuildUnion(PendingType pending)
        {
            var members = new NameScope(MemberNames.OfUnion.Concat(new[] { pending.Name }));
            var unionMembers = new List<UnionMemberModel>();
            var seen = new HashSet<TypeRef>();
            string keyword = pending.Schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
            IList<IOpenApiSchema> alternatives = pending.Schema.OneOf is { Count: > 0 } oneOf ? oneOf : pending.Schema.AnyOf!;
            OpenApiDiscriminator? discriminator = pending.Schema.Discriminator;

            for (int i = 0; i < alternatives.Count; i++)
            {
                IOpenApiSchema alternative = alternatives[i];
                if (alternative is null || IsNullOnly(alternative) || IsUnconstrained(alternative))
                {
                    continue;
                }

                string? componentName = (alternative as OpenApiSchemaReference)?.Reference?.Id;
                string hint = pending.Name + Identifiers.ToPascalCase(alternative.Title ?? "Variant" + (i + 1));
                string alternativePointer = pending.Pointer + "/" + keyword + "/" + i;
                TypeRef type = IsRecursiveReference(alternative)
                    ? ResolveEnclosingComponent(alternativePointer, out componentName)
                    : Resolve(alternative, hint, alternativePointer, out _);
                if (type.Kind == TypeRefKind.Any || !seen.Add(type))
                {
                    continue;
                }

                // Discriminator values: the mapping's keys that point at this schema, else its component name.
                var values = new List<string>();
                if (discriminator?.PropertyName is not null && componentName is not null)
                {
                    foreach (KeyValuePair<string, OpenApiSchemaReference> mapping in discriminator.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
                    {
                        if (mapping.Value?.Reference?.Id == componentName)
                        {
                            values.Add(mapping.Key);
                        }
                    }

                    if (values.Count == 0)
                    {
                        values.AddRange(DeclaredTagValues(alternative, discriminator.PropertyName) ?? new[] { componentName });
                    }
                }

                unionMembers.Add(new UnionMemberModel(members.Reserve(MemberName(type)), type, values.ToEquatableArray()) { RequiredProperties = RequiredPropertyCount(alternative) });
            }

            EquatableArray<string> ambiguous = SeparateSharedTagValues(unionMembers);
            return new TypeModel(
                TypeKind.Union,
                pending.Name,
                pending.SchemaName,
                Describe(pending.Schema),
                pending.Schema.Deprecated,
                EquatableArray<PropertyModel>.Empty,
                EquatableArray<EnumMemberModel>.Empty,
                _contextMembers.Reserve(pending.Name + "Converter"),
                _contextMembers.Reserve(pending.Name))
            {
                UnionMembers = unionMembers.ToEquatableArray(),
                Discriminator = unionMembers.Any(m => m.DiscriminatorValues.Count > 0) || ambiguous.Count > 0 ? discriminator!.PropertyName : null,
                SharedDiscriminatorValues = ambiguous,
            };
        }

        private static string MemberName(TypeRef type) => type.Kind switch
        {
            TypeRefKind.Model or TypeRefKind.Enum => type.ModelName!,
            TypeRefKind.List => MemberName(type.Element!) + "List",
            TypeRefKind.Dictionary => MemberName(type.Element!) + "Map",
            TypeRefKind.Bytes => "Bytes",
            _ => type.Kind.ToString(),
        };

        /// <summary>The properties of an object schema and of its allOf parts, in order (a name may repeat), and the required names.</summary>
        private List<(string Name, IOpenApiSchema Schema, string Pointer)> CollectProperties(IOpenApiSchema schema, string pointer, out HashSet<string> required)
        {
            required = new HashSet<string>(StringComparer.Ordinal);
            var collected = new List<(string, IOpenApiSchema, string)>(schema.Properties?.Count ?? 0);
            Collect(schema, pointer, required, collected, depth: 0);
            return collected;
        }

        private static void Collect(IOpenApiSchema schema, string pointer, HashSet<string> required, List<(string, IOpenApiSchema, string)> collected, int depth)
        {
            if (depth > 32)
            {
                return;
            }

            if (schema.AllOf is { Count: > 0 } parts)
            {
                for (int i = 0; i < parts.Count; i++)
                {
                    if (parts[i] is not { } part)
                    {
                        continue;
                    }

                    string partPointer = part is OpenApiSchemaReference r && r.Reference?.Id is { } id
                        ? "#/components/schemas/" + id
                        : pointer + "/allOf/" + i;
                    Collect(part, partPointer, required, collected, depth + 1);
                }
            }

            if (schema.Required is { } names)
            {
                foreach (string name in names)
                {
                    required.Add(name);
                }
            }

            if (schema.Properties is { } properties)
            {
                foreach (KeyValuePair<string, IOpenApiSchema> property in properties)
                {
                    if (property.Value is null)
                    {
                        continue;
                    }

                    collected.Add((property.Key, property.Value, JsonPointer.Append(pointer, "/properties/", property.Key)));
                }
            }
        }
    }
}
