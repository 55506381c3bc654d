using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.OpenApi;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// The <c>oneOf</c>/<c>anyOf</c> idioms real specs use that are not unions of values: constants with titles (an
    /// enum), lists of required properties (a constraint on one object), empty alternatives (null), and
    /// <c>$recursiveRef</c> back to the schema being defined.
    /// </summary>
    internal sealed partial class SchemaResolver
    {
        /// <summary>An alternative that constrains nothing: <c>{}</c>, or 3.0's <c>{ nullable: true }</c>, which the reader keeps empty.</summary>
        private static bool IsUnconstrained(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference
            && schema.Type is null
            && schema.Properties is not { Count: > 0 }
            && schema.Items is null
            && schema.AdditionalProperties is null
            && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
            && schema.Enum is not { Count: > 0 }
            && schema.Const is null
            && schema.Required is not { Count: > 0 }
            && schema.Not is null
            && schema.UnrecognizedKeywords is not { Count: > 0 };

        /// <summary>An alternative that only lists required properties (or forbids some): <c>{ required: [file_ids] }</c>.</summary>
        private static bool IsConstraintOnly(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference
            && (schema.Required is { Count: > 0 } || schema.Not is not null)
            && (schema.Type is null || schema.Type == JsonSchemaType.Object)
            && schema.Properties is not { Count: > 0 }
            && schema.Items is null
            && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 }
            && schema.Enum is not { Count: > 0 }
            && schema.Const is null;

        /// <summary>JSON Schema 2019-09's <c>$recursiveRef: "#"</c> (or 2020-12's <c>$dynamicRef</c>): the schema this one is part of.</summary>
        private static bool IsRecursiveReference(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference
            && (schema.UnrecognizedKeywords?.ContainsKey("$recursiveRef") == true || (schema.DynamicRef is { Length: > 0 } dynamic && dynamic.StartsWith("#", StringComparison.Ordinal)));

        /// <summary>
        /// <c>type: integer, oneOf: [{ title: ONE_MINUTE, const: 60 }, …]</c> (Discord writes most of its enums this way):
        /// an enum whose members are named by their titles and documented by their descriptions.
        /// </summary>
        private static SchemaShape? ConstEnumKind(IOpenApiSchema schema, List<IOpenApiSchema> alternatives)
        {
            if (alternatives.Count == 0 || !alternatives.All(IsConstant))
            {
                return null;
            }

            JsonSchemaType types = EffectiveTypes(schema);
            foreach (IOpenApiSchema alternative in alternatives)
            {
                types |= EffectiveTypes(alternative);
            }

            bool integral = types != 0 && (types & ~(JsonSchemaType.Integer | JsonSchemaType.Number)) == 0
                && alternatives.All(alternative => long.TryParse(alternative.Const, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
            if (integral)
            {
                return SchemaShape.IntegerEnum;
            }

            return types == 0 || types == JsonSchemaType.String ? SchemaShape.StringEnum : null;
        }

        private static bool IsConstant(IOpenApiSchema schema) =>
            schema is not OpenApiSchemaReference
            && schema.Const is not null
            && schema.Properties is not { Count: > 0 }
            && schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 };

        private TypeModel BuildConstEnum(PendingType pending, NameScope members)
        {
            var enumMembers = new List<EnumMemberModel>();
            var seenValues = new HashSet<string>(StringComparer.Ordinal);
            foreach (IOpenApiSchema alternative in NonNullAlternatives(pending.Schema))
            {
                string wire = alternative.Const!;
                if (!seenValues.Add(wire))
                {
                    continue;
                }

                string? title = string.IsNullOrWhiteSpace(alternative.Title) ? null : alternative.Title;
                string preferred = title is not null ? Identifiers.ToPascalCase(title)
                    : pending.IsIntegerEnum ? "Value" + Identifiers.ToPascalCase(wire)
                    : Identifiers.ToPascalCase(wire, "Empty");
                string? description = string.IsNullOrWhiteSpace(alternative.Description) ? null : alternative.Description!.Trim();
                enumMembers.Add(new EnumMemberModel(members.Reserve(preferred), wire, description));
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

        /// <summary>The component a pointer lies in (<c>#/components/schemas/CompoundFilter/properties/…</c>), as a type.</summary>
        /// <remarks>JSON Schema resolves <c>$recursiveRef</c> to the outermost recursive anchor; specs use it, as OpenAI's does, for "the schema this is defined in".</remarks>
        private TypeRef ResolveEnclosingComponent(string pointer, out string? componentName)
        {
            componentName = null;
            const string Prefix = "#/components/schemas/";
            if (!pointer.StartsWith(Prefix, StringComparison.Ordinal))
            {
                // Inline in an operation there is no enclosing schema to recur into; such values stay in Unknown.
                _report(SpecReader.Diagnostic(DiagnosticDescriptors.SchemaNotModelled, _locator.Locate(pointer), pointer, "$recursiveRef outside a component schema"));
                return TypeRef.Any;
            }

            int end = pointer.IndexOf('/', Prefix.Length);
            string escaped = end < 0 ? pointer.Substring(Prefix.Length) : pointer.Substring(Prefix.Length, end - Prefix.Length);
            if (_resolvePointer(Prefix + escaped) is not { } component)
            {
                return TypeRef.Any;
            }

            componentName = escaped.Replace("~1", "/").Replace("~0", "~");
            return ResolveComponent(componentName, component);
        }

        /// <summary>
        /// The discriminator values an alternative declares itself, when the mapping does not list it: its tag
        /// property's <c>const</c> or <c>enum</c> (<c>type: { enum: [and, or] }</c>).
        /// </summary>
        private static IReadOnlyList<string>? DeclaredTagValues(IOpenApiSchema alternative, string propertyName)
        {
            IOpenApiSchema target = alternative is OpenApiSchemaReference { Target: { } resolved } ? resolved : alternative;
            IOpenApiSchema? tag = null;
            if (target.Properties is { } properties && properties.TryGetValue(propertyName, out IOpenApiSchema? own))
            {
                tag = own;
            }
            else if (target.AllOf is { Count: > 0 } parts)
            {
                tag = parts.Select(part => part?.Properties is { } p && p.TryGetValue(propertyName, out IOpenApiSchema? found) ? found : null).FirstOrDefault(found => found is not null);
            }

            if (tag is null)
            {
                return null;
            }

            if (tag.Const is { } constant)
            {
                return new[] { constant };
            }

            List<string>? values = tag.Enum?
                .Where(value => value is not null && value.GetValueKind() == JsonValueKind.String)
                .Select(value => value!.GetValue<string>())
                .ToList();
            return values is { Count: > 0 } ? values : null;
        }

        /// <summary>Takes every discriminator value that two alternatives claim away from both, and returns those values.</summary>
        private static EquatableArray<string> SeparateSharedTagValues(List<UnionMemberModel> members)
        {
            var shared = members
                .SelectMany(member => member.DiscriminatorValues.Distinct())
                .GroupBy(value => value, StringComparer.Ordinal)
                .Where(group => group.Count() > 1)
                .Select(group => group.Key)
                .ToList();
            if (shared.Count == 0)
            {
                return EquatableArray<string>.Empty;
            }

            for (int i = 0; i < members.Count; i++)
            {
                members[i] = members[i] with { DiscriminatorValues = members[i].DiscriminatorValues.Where(value => !shared.Contains(value)).ToEquatableArray() };
            }

            return shared.ToEquatableArray();
        }

        /// <summary>
        /// <c>type: string, enum: ["true", "false"]</c>: a boolean written as text (GitHub's <c>public</c>), which the
        /// runtime's lenient boolean reader already accepts.
        /// </summary>
        private static bool IsBooleanText(IOpenApiSchema schema) =>
            EffectiveTypes(schema) == JsonSchemaType.String
            && schema.Enum is { Count: > 0 } values
            && values.All(value => value is not null && value.GetValueKind() == JsonValueKind.String
                && (value.GetValue<string>() is "true" or "false"));

        private static int RequiredPropertyCount(IOpenApiSchema alternative)
        {
            IOpenApiSchema target = alternative is OpenApiSchemaReference { Target: { } resolved } ? resolved : alternative;
            int count = target.Required?.Count ?? 0;
            foreach (IOpenApiSchema part in target.AllOf ?? Enumerable.Empty<IOpenApiSchema>())
            {
                IOpenApiSchema partTarget = part is OpenApiSchemaReference { Target: { } r } ? r : part;
                count += partTarget?.Required?.Count ?? 0;
            }

            return count;
        }
    }
}
