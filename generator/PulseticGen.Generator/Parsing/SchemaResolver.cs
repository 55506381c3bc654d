using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;
using JsonPointer = PulseticGen.Generator.Locating.JsonPointer;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// Maps OpenAPI schemas to <see cref="TypeRef"/>s and collects the model types (objects and enums) they need.
    /// Component schemas become types named after their key; inline objects and enums get names from where they are
    /// used (<c>Monitor</c> + <c>ssl_certificate</c> → <c>MonitorSslCertificate</c>).
    /// </summary>
    internal sealed partial class SchemaResolver
    {
        private static readonly string[] s_enumMemberReserved = { "Value", "IsKnown", "Equals", "GetHashCode", "ToString", "GetType" };
        private static readonly string[] s_objectMemberReserved = { "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize" };

        private readonly NameScope _typeNames;
        private readonly NameScope _contextMembers;
        private readonly Action<DiagnosticInfo> _report;
        private readonly SpecLocator _locator;
        private readonly Func<string, IOpenApiSchema?> _resolvePointer;
        private readonly ReferenceTargets _references;

        private readonly Dictionary<string, TypeRef> _componentRefs = new(StringComparer.Ordinal);
        // $refs the reader cannot follow (a pointer into a schema, a parameter, a response), by the pointer written.
        private readonly Dictionary<string, (TypeRef Type, bool Nullable)> _pointerRefs = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolvingAliases = new(StringComparer.Ordinal);
        private readonly Queue<PendingType> _pending = new();
        private readonly List<TypeModel> _types = new();

        public SchemaResolver(NameScope typeNames, NameScope contextMembers, SpecLocator locator, Action<DiagnosticInfo> report, Func<string, IOpenApiSchema?> resolvePointer, ReferenceTargets references)
        {
            _references = references;
            _resolvePointer = resolvePointer;
            _typeNames = typeNames;
            _contextMembers = contextMembers;
            _locator = locator;
            _report = report;
        }

        public IReadOnlyList<TypeModel> Types => _types;

        public TypeModel? FindType(string name) => _types.FirstOrDefault(type => type.Name == name);

        /// <summary>Registers every component schema first, so they keep their own names ahead of inline types.</summary>
        public void RegisterComponents(IDictionary<string, IOpenApiSchema>? schemas)
        {
            if (schemas is null)
            {
                return;
            }

            foreach (KeyValuePair<string, IOpenApiSchema> entry in schemas)
            {
                // A component that is not a schema at all (a string, null) was already reported by the reader.
                if (entry.Value is null)
                {
                    continue;
                }

                string pointer = "#/components/schemas/" + JsonPointer.Escape(entry.Key);
                try
                {
                    ResolveComponent(entry.Key, entry.Value);
                }
                catch (InvalidOperationException exception) when (IsCircularReference(exception))
                {
                    _report(SpecReader.Diagnostic(DiagnosticDescriptors.CircularReference, _locator.Locate(pointer), pointer, "a $ref that refers to itself", "not generated"));
                }
            }
        }

        /// <summary>Builds the types queued so far (building one may queue more, e.g. its inline properties).</summary>
        public void BuildPending()
        {
            while (_pending.Count > 0)
            {
                PendingType next = _pending.Dequeue();
                try
                {
                    _types.Add(next.IsUnion ? BuildUnion(next) : next.IsEnum ? BuildEnum(next) : BuildObject(next));
                }
                catch (Exception exception) when (IsReferenceFailure(exception))
                {
                    // Other types already refer to this one by name, so it is still generated, as an empty class.
                    _report(SpecReader.Diagnostic(DiagnosticDescriptors.CircularReference, _locator.Locate(next.Pointer), next.Pointer, "a schema the reader cannot resolve", "generated without properties"));
                    _types.Add(new TypeModel(TypeKind.Object, next.Name, next.SchemaName, null, false, EquatableArray<PropertyModel>.Empty, EquatableArray<EnumMemberModel>.Empty, _contextMembers.Reserve(next.Name + "Converter"), _contextMembers.Reserve(next.Name)));
                }
            }
        }

        /// <summary>The type of a schema where it is used, and whether the use allows null.</summary>
        public TypeRef Resolve(IOpenApiSchema? schema, DeferredText nameHint, DeferredText pointer, out bool nullable)
        {
            nullable = false;
            if (schema is null)
            {
                return TypeRef.Any;
            }

            try
            {
                return ResolveChecked(schema, nameHint, pointer, out nullable);
            }
            catch (InvalidOperationException exception) when (IsCircularReference(exception))
            {
                // The reader resolves references lazily and throws on a loop (A: $ref B, B: $ref A); such a schema
                // describes no value, so it is typed as free JSON.
                string at = pointer.ToString();
                _report(SpecReader.Diagnostic(DiagnosticDescriptors.CircularReference, _locator.Locate(at), at, "a $ref that refers to itself", "exposed as System.Text.Json.JsonElement"));
                nullable = true;
                return TypeRef.Any;
            }
            catch (Exception exception) when (IsReferenceFailure(exception))
            {
                string at = pointer.ToString();
                _report(SpecReader.Diagnostic(DiagnosticDescriptors.UnresolvedReference, _locator.Locate(at), at));
                nullable = true;
                return TypeRef.Any;
            }
        }

        internal static bool IsCircularReference(Exception exception) =>
            exception.Message.IndexOf("Circular reference", StringComparison.OrdinalIgnoreCase) >= 0;

        /// <summary>What the reader throws when it follows a reference lazily and cannot (a loop, not a URI, nowhere).</summary>
        internal static bool IsReferenceFailure(Exception exception) =>
            exception is UriFormatException or InvalidOperationException or ArgumentException or OpenApiException or KeyNotFoundException;

        private TypeRef ResolveChecked(IOpenApiSchema schema, DeferredText nameHint, DeferredText pointer, out bool nullable)
        {
            nullable = false;

            if (schema is OpenApiSchemaReference reference)
            {
                IOpenApiSchema? target = _references.TargetOf(reference);
                string? id = reference.Reference?.Id;
                if (target is null && _locator.ReferenceAt(pointer.ToString()) is { } written && _resolvePointer(written) is { } deep)
                {
                    // A pointer into another schema ("#/components/schemas/Field/properties/name") or into a shared
                    // response, which the reader leaves unresolved. Every $ref to the same place shares one type, named
                    // after that place: PagerDuty points 2,064 error responses at one body.
                    if (!_pointerRefs.TryGetValue(written, out (TypeRef Type, bool Nullable) shared))
                    {
                        // A placeholder first: a pointer that leads back to itself ends as free JSON, not in a loop.
                        _pointerRefs[written] = (TypeRef.Any, true);
                        shared = (ResolveInline(deep, PointerNameHint(written), written), IsNullable(deep));
                        _pointerRefs[written] = shared;
                    }

                    nullable = shared.Nullable;
                    return shared.Type;
                }

                if (target is null || id is null)
                {
                    _report(SpecReader.Diagnostic(DiagnosticDescriptors.UnresolvedReference, _locator.Locate(pointer.ToString()), reference.Reference?.ReferenceV3 ?? id ?? "(unknown)"));
                    return TypeRef.Any;
                }

                nullable = IsNullable(target);
                return ResolveComponent(id, target);
            }

            nullable = IsNullable(schema);
            return ResolveInline(schema, nameHint, pointer);
        }

        /// <summary>
        /// A type name for what a local pointer names: the component, then each property on the way and <c>Item</c> for
        /// array items ("#/components/schemas/Field/properties/sizes/items" → FieldSizesItem); a shared response or
        /// request body gets <c>Response</c> or <c>Body</c> after its name.
        /// </summary>
        internal static string PointerNameHint(string pointer)
        {
            string[] segments = pointer.TrimStart('#', '/').Split('/');
            if (segments.Length < 3)
            {
                return "Shared";
            }

            var name = new System.Text.StringBuilder(Identifiers.ToPascalCase(JsonPointer.Unescape(segments[2]), "Shared"));
            name.Append(segments[1] switch { "responses" => "Response", "requestBodies" => "Body", _ => string.Empty });
            for (int i = 3; i < segments.Length; i++)
            {
                if (segments[i] == "properties" && i + 1 < segments.Length)
                {
                    name.Append(Identifiers.ToPascalCase(JsonPointer.Unescape(segments[++i]), "Property"));
                }
                else if (segments[i] == "items")
                {
                    name.Append("Item");
                }
            }

            return name.ToString();
        }

        private TypeRef ResolveComponent(string componentName, IOpenApiSchema schema)
        {
            if (_componentRefs.TryGetValue(componentName, out TypeRef? known))
            {
                return known;
            }

            string pointer = "#/components/schemas/" + JsonPointer.Escape(componentName);
            SchemaShape shape = Classify(schema);
            if (shape is SchemaShape.Object or SchemaShape.StringEnum or SchemaShape.IntegerEnum or SchemaShape.Union)
            {
                // Registered before its properties are built, so recursive schemas refer to themselves.
                TypeRef named = Enqueue(schema, Identifiers.ToPascalCase(componentName, "Model"), componentName, pointer, shape);
                _componentRefs[componentName] = named;
                return named;
            }

            // An alias (a list, a scalar, a dictionary): inline it wherever it is used. A self-referencing alias
            // (A = array of A) has no C# shape, so the inner use becomes JsonElement.
            if (!_resolvingAliases.Add(componentName))
            {
                return TypeRef.Any;
            }

            try
            {
                // Remembered once resolved: a chain of n aliases (S0 = list of S1, S1 = list of S2, …) then costs n
                // resolutions, not n².
                TypeRef alias = ResolveInline(schema, Identifiers.ToPascalCase(componentName, "Model"), pointer);
                _componentRefs[componentName] = alias;
                return alias;
            }
            finally
            {
                _resolvingAliases.Remove(componentName);
            }
        }

        private TypeRef ResolveInline(IOpenApiSchema schema, DeferredText nameHint, DeferredText pointer)
        {
            SchemaShape shape = Classify(schema);
            switch (shape)
            {
                case SchemaShape.Object:
                case SchemaShape.StringEnum:
                case SchemaShape.IntegerEnum:
                case SchemaShape.Union:
                    return Enqueue(schema, nameHint.ToString(), schemaName: null, pointer.ToString(), shape);
                case SchemaShape.Alias:
                    IOpenApiSchema single = NonNullAlternatives(schema).Single();
                    return Resolve(single, nameHint, pointer.ToString() + "/" + CompositionKeyword(schema) + "/0", out _);
                case SchemaShape.List:
                    return TypeRef.ListOf(Resolve(schema.Items, DeferredText.Concat(nameHint.ToString(), "Item"), DeferredText.Concat(pointer.ToString(), "/items"), out _));
                case SchemaShape.Dictionary:
                    return TypeRef.DictionaryOf(Resolve(schema.AdditionalProperties, DeferredText.Concat(nameHint.ToString(), "Value"), DeferredText.Concat(pointer.ToString(), "/additionalProperties"), out _));
                case SchemaShape.Scalar:
                    return WireFormattedTime(schema, pointer) ?? ScalarType(EffectiveTypes(schema), schema.Format);
                case SchemaShape.ScalarUnion:
                    return ScalarUnion(schema);
                case SchemaShape.Unsupported:
                    string at = pointer.ToString();
                    _report(SpecReader.Diagnostic(DiagnosticDescriptors.SchemaNotModelled, _locator.Locate(at), at, DescribeUnsupported(schema)));
                    return TypeRef.Any;
                default:
                    return TypeRef.Any;
            }
        }

        private TypeRef Enqueue(IOpenApiSchema schema, string preferredName, string? schemaName, string pointer, SchemaShape shape)
        {
            string name = _typeNames.Reserve(preferredName);
            if (name != preferredName && schemaName is not null)
            {
                _report(SpecReader.Diagnostic(DiagnosticDescriptors.NameChanged, _locator.Locate(pointer), "Schema", schemaName, name, preferredName));
            }

            bool isEnum = shape is SchemaShape.StringEnum or SchemaShape.IntegerEnum;
            _pending.Enqueue(new PendingType(name, schemaName ?? name, schema, pointer, isEnum, shape == SchemaShape.IntegerEnum, shape == SchemaShape.Union));
            return new TypeRef(isEnum ? TypeRefKind.Enum : TypeRefKind.Model, ModelName: name);
        }

        private TypeModel BuildObject(PendingType pending)
        {
            List<(string Name, IOpenApiSchema Schema, DeferredText Pointer)> collected = CollectProperties(pending.Schema, pending.Pointer, out HashSet<string> requiredNames);
            var members = new NameScope(s_objectMemberReserved.Concat(new[] { pending.Name }), capacity: s_objectMemberReserved.Length + 1 + collected.Count);
            var properties = new List<PropertyModel>(collected.Count);
            var seen = new Dictionary<string, bool>(collected.Count, StringComparer.Ordinal);

            foreach ((string jsonName, IOpenApiSchema propertySchema, DeferredText propertyPointer) in collected)
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
                TypeRef type = Resolve(propertySchema, DeferredText.Concat(pending.Name, preferred), propertyPointer, out bool nullable);
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
            var members = new NameScope(s_enumMemberReserved.Concat(new[] { pending.Name }), capacity: s_enumMemberReserved.Length + 1 + (pending.Schema.Enum?.Count ?? 0));
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
            var members = new NameScope(s_objectMemberReserved.Concat(new[] { pending.Name, "Unknown", "Value" }));
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
        private List<(string Name, IOpenApiSchema Schema, DeferredText Pointer)> CollectProperties(IOpenApiSchema schema, string pointer, out HashSet<string> required)
        {
            required = new HashSet<string>(StringComparer.Ordinal);
            var collected = new List<(string, IOpenApiSchema, DeferredText)>(schema.Properties?.Count ?? 0);
            Collect(schema, pointer, required, collected, depth: 0);
            return collected;
        }

        private static void Collect(IOpenApiSchema schema, string pointer, HashSet<string> required, List<(string, IOpenApiSchema, DeferredText)> collected, int depth)
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

                    collected.Add((property.Key, property.Value, DeferredText.Pointer(pointer, "/properties/", property.Key)));
                }
            }
        }

        private enum SchemaShape
        {
            Any,
            Object,
            StringEnum,
            IntegerEnum,
            Alias,
            List,
            Dictionary,
            Scalar,
            ScalarUnion,
            Union,
            Unsupported,
        }

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

        private sealed record PendingType(string Name, string SchemaName, IOpenApiSchema Schema, string Pointer, bool IsEnum, bool IsIntegerEnum, bool IsUnion);
    }
}
