using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>What a schema is: its shape (object, enum, union, scalar, list, map), its scalar type and nullability, and how to name it in a diagnostic.</summary>
    internal sealed partial class SchemaResolver
    {
        private static bool IsFreeForm(IOpenApiSchema schema)
        {
            if (IsRecursiveReference(schema) || IsConstraintOnly(schema))
            {
                return false;
            }

            IOpenApiSchema target = schema is OpenApiSchemaReference { Target: { } resolved } ? resolved : schema;
            return target.Type is null && target.Properties is not { Count: > 0 } && target.Items is null && target.AdditionalProperties is null
                && target.AllOf is not { Count: > 0 } && target.OneOf is not { Count: > 0 } && target.AnyOf is not { Count: > 0 } && target.Enum is not { Count: > 0 }
                && schema is not OpenApiSchemaReference;
        }

        private static SchemaShape Classify(IOpenApiSchema schema)
        {
            if (schema.Enum is { Count: > 0 } values)
            {
                List<JsonNode> nonNull = values.Where(v => v is not null && v.GetValueKind() != JsonValueKind.Null).ToList()!;
                if (nonNull.Count == 0)
                {
                    return SchemaShape.Any;
                }

                if (nonNull.All(v => v.GetValueKind() == JsonValueKind.String))
                {
                    return SchemaShape.StringEnum;
                }

                if (nonNull.All(v => v.GetValueKind() == JsonValueKind.Number && long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
                {
                    return SchemaShape.IntegerEnum;
                }

                return SchemaShape.Any;
            }

            bool hasOwnProperties = schema.Properties is { Count: > 0 };
            if (schema.AllOf is { Count: > 0 } allOf)
            {
                return allOf.Count == 1 && !hasOwnProperties ? SchemaShape.Alias : SchemaShape.Object;
            }

            if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
            {
                List<IOpenApiSchema> alternatives = NonNullAlternatives(schema).ToList();
                if (alternatives.Count == 0)
                {
                    return SchemaShape.Any;
                }

                // anyOf: [{required: [a]}, {required: [b]}] beside the object's own properties only says which
                // properties must be sent: the object is the type.
                if (alternatives.All(IsConstraintOnly))
                {
                    return hasOwnProperties || IsSingle(EffectiveTypes(schema), JsonSchemaType.Object) ? SchemaShape.Object : SchemaShape.Any;
                }

                if (ConstEnumKind(schema, alternatives) is { } constEnum)
                {
                    return constEnum;
                }

                if (alternatives.Count == 1)
                {
                    return SchemaShape.Alias;
                }

                if (alternatives.All(IsScalar))
                {
                    return SchemaShape.ScalarUnion;
                }

                // An alternative that accepts anything ({}) makes the whole union free-form.
                // Alternatives that accept anything of some form ({ format: uuid }) are kept by the union's Unknown;
                // only a union of nothing but those has no C# shape.
                return alternatives.All(IsFreeForm) ? SchemaShape.Unsupported : SchemaShape.Union;
            }

            JsonSchemaType types = EffectiveTypes(schema);
            if (hasOwnProperties)
            {
                return SchemaShape.Object;
            }

            if (IsSingle(types, JsonSchemaType.Array) || (types == 0 && schema.Items is not null))
            {
                return SchemaShape.List;
            }

            if (types == 0 || IsSingle(types, JsonSchemaType.Object))
            {
                return schema.AdditionalProperties is not null ? SchemaShape.Dictionary : SchemaShape.Any;
            }

            if (CountFlags(types) == 1)
            {
                return SchemaShape.Scalar;
            }

            // OpenAPI 3.1 type arrays such as [integer, boolean].
            return (types & (JsonSchemaType.Object | JsonSchemaType.Array)) == 0 ? SchemaShape.ScalarUnion : SchemaShape.Any;
        }

        private static bool IsScalar(IOpenApiSchema schema)
        {
            IOpenApiSchema target = schema is OpenApiSchemaReference { Target: { } resolved } ? resolved : schema;
            if (target.Properties is { Count: > 0 } || target.AllOf is { Count: > 0 } || target.OneOf is { Count: > 0 } || target.AnyOf is { Count: > 0 })
            {
                return false;
            }

            JsonSchemaType types = EffectiveTypes(target);
            return types != 0 && (types & (JsonSchemaType.Object | JsonSchemaType.Array)) == 0;
        }

        /// <summary>
        /// A union of scalars (<c>integer | boolean</c>, <c>date-time | unix seconds</c>, <c>number | numeric string</c>)
        /// becomes the richest of its types; the runtime's readers accept every listed form.
        /// </summary>
        private static TypeRef ScalarUnion(IOpenApiSchema schema)
        {
            JsonSchemaType types = 0;
            var formats = new List<string>();
            IEnumerable<IOpenApiSchema> alternatives = schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 }
                ? NonNullAlternatives(schema)
                : new[] { schema };
            foreach (IOpenApiSchema alternative in alternatives)
            {
                IOpenApiSchema target = alternative is OpenApiSchemaReference { Target: { } resolved } ? resolved : alternative;
                types |= IsBooleanText(target) ? JsonSchemaType.Boolean : EffectiveTypes(target);
                if (target.Format is { } format)
                {
                    formats.Add(format);
                }
            }

            if ((types & JsonSchemaType.String) != 0 && formats.Contains("date-time"))
            {
                return new TypeRef(TypeRefKind.DateTimeOffset);
            }

            if ((types & JsonSchemaType.Boolean) != 0 && (types & JsonSchemaType.String) == 0 && (types & JsonSchemaType.Number) == 0)
            {
                return TypeRef.Boolean;
            }

            if ((types & JsonSchemaType.Number) != 0)
            {
                return TypeRef.Double;
            }

            if ((types & JsonSchemaType.Integer) != 0)
            {
                return formats.Contains("int32") ? TypeRef.Int32 : TypeRef.Int64;
            }

            return (types & JsonSchemaType.String) != 0 && (types & JsonSchemaType.Boolean) == 0 ? TypeRef.String : TypeRef.Any;
        }

        private static TypeRef ScalarType(JsonSchemaType types, string? format)
        {
            if (IsSingle(types, JsonSchemaType.Boolean))
            {
                return TypeRef.Boolean;
            }

            if (IsSingle(types, JsonSchemaType.Integer))
            {
                return format == "int32" ? TypeRef.Int32 : TypeRef.Int64;
            }

            if (IsSingle(types, JsonSchemaType.Number))
            {
                return format switch
                {
                    "float" => new TypeRef(TypeRefKind.Single),
                    "decimal" => new TypeRef(TypeRefKind.Decimal),
                    "int32" => TypeRef.Int32,
                    "int64" => TypeRef.Int64,
                    _ => TypeRef.Double,
                };
            }

            if (IsSingle(types, JsonSchemaType.String))
            {
                return format switch
                {
                    "date-time" => new TypeRef(TypeRefKind.DateTimeOffset),
                    "date" => new TypeRef(TypeRefKind.DateOnly),
                    "uuid" => new TypeRef(TypeRefKind.Guid),
                    "byte" => new TypeRef(TypeRefKind.Bytes),
                    "binary" => TypeRef.File,
                    _ => TypeRef.String,
                };
            }

            return TypeRef.Any;
        }

        internal static bool IsNullable(IOpenApiSchema schema)
        {
            if (schema.Type is { } type && (type & JsonSchemaType.Null) != 0)
            {
                return true;
            }

            if (schema.Extensions is { } extensions && extensions.TryGetValue("x-nullable", out IOpenApiExtension? extension)
                && extension is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue(out bool flag) && flag)
            {
                return true;
            }

            IEnumerable<IOpenApiSchema> alternatives = (schema.OneOf ?? Enumerable.Empty<IOpenApiSchema>()).Concat(schema.AnyOf ?? Enumerable.Empty<IOpenApiSchema>());
            if (alternatives.Any(alternative => alternative is not null && (IsNullOnly(alternative) || IsUnconstrained(alternative))))
            {
                return true;
            }

            return schema.Enum is { } values && values.Any(v => v is null || v.GetValueKind() == JsonValueKind.Null);
        }

        private static bool IsNullOnly(IOpenApiSchema schema) => schema.Type == JsonSchemaType.Null;

        private static IEnumerable<IOpenApiSchema> NonNullAlternatives(IOpenApiSchema schema)
        {
            if (schema.AllOf is { Count: > 0 } allOf)
            {
                return allOf.Where(alternative => alternative is not null && !IsNullOnly(alternative));
            }

            // An alternative with no constraint at all ({} or 3.0's lone `nullable: true`) adds only null to a union:
            // every other value is already kept, by the union's Unknown or the scalar's lenient reader.
            IList<IOpenApiSchema> list = schema.OneOf is { Count: > 0 } oneOf ? oneOf : schema.AnyOf ?? new List<IOpenApiSchema>();
            return list.Where(alternative => alternative is not null && !IsNullOnly(alternative) && !IsUnconstrained(alternative));
        }

        private static string CompositionKeyword(IOpenApiSchema schema) =>
            schema.AllOf is { Count: > 0 } ? "allOf" : schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";

        private static JsonSchemaType EffectiveTypes(IOpenApiSchema schema) =>
            schema.Type is { } type ? type & ~JsonSchemaType.Null : 0;

        private static bool IsSingle(JsonSchemaType types, JsonSchemaType flag) => types == flag;

        private static int CountFlags(JsonSchemaType types)
        {
            int count = 0;
            for (int bits = (int)types; bits != 0; bits &= bits - 1)
            {
                count++;
            }

            return count;
        }

        private static string DescribeUnsupported(IOpenApiSchema schema) =>
            schema.OneOf is { Count: > 0 } ? "oneOf whose alternatives give no type" : schema.AnyOf is { Count: > 0 } ? "anyOf whose alternatives give no type" : "this schema";

        private static IList<string>? ReadEnumVarNames(IOpenApiSchema schema)
        {
            if (schema.Extensions is null)
            {
                return null;
            }

            foreach (string key in new[] { "x-enum-varnames", "x-enumNames" })
            {
                if (schema.Extensions.TryGetValue(key, out IOpenApiExtension? extension) && extension is JsonNodeExtension { Node: JsonArray array })
                {
                    return array.Select(item => item is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty).ToList();
                }
            }

            return null;
        }

        internal static string? Describe(IOpenApiSchema schema)
        {
            string? text = schema.Description;
            if (string.IsNullOrWhiteSpace(text))
            {
                text = schema.Title;
            }

            return string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
        }
    }
}
