using System;
using System.Collections.Generic;
using System.Linq;
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
        public TypeRef Resolve(IOpenApiSchema? schema, string nameHint, string pointer, out bool nullable)
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
                string at = pointer;
                _report(SpecReader.Diagnostic(DiagnosticDescriptors.CircularReference, _locator.Locate(at), at, "a $ref that refers to itself", "exposed as System.Text.Json.JsonElement"));
                nullable = true;
                return TypeRef.Any;
            }
            catch (Exception exception) when (IsReferenceFailure(exception))
            {
                string at = pointer;
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

        private TypeRef ResolveChecked(IOpenApiSchema schema, string nameHint, string pointer, out bool nullable)
        {
            nullable = false;

            if (schema is OpenApiSchemaReference reference)
            {
                IOpenApiSchema? target = _references.TargetOf(reference);
                string? id = reference.Reference?.Id;
                if (target is null && _locator.ReferenceAt(pointer) is { } written && _resolvePointer(written) is { } deep)
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
                    _report(SpecReader.Diagnostic(DiagnosticDescriptors.UnresolvedReference, _locator.Locate(pointer), reference.Reference?.ReferenceV3 ?? id ?? "(unknown)"));
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

        private TypeRef ResolveInline(IOpenApiSchema schema, string nameHint, string pointer)
        {
            SchemaShape shape = Classify(schema);
            switch (shape)
            {
                case SchemaShape.Object:
                case SchemaShape.StringEnum:
                case SchemaShape.IntegerEnum:
                case SchemaShape.Union:
                    return Enqueue(schema, nameHint, schemaName: null, pointer, shape);
                case SchemaShape.Alias:
                    IOpenApiSchema single = NonNullAlternatives(schema).Single();
                    return Resolve(single, nameHint, pointer + "/" + CompositionKeyword(schema) + "/0", out _);
                case SchemaShape.List:
                    return TypeRef.ListOf(Resolve(schema.Items, nameHint + "Item", pointer + "/items", out _));
                case SchemaShape.Dictionary:
                    return TypeRef.DictionaryOf(Resolve(schema.AdditionalProperties, nameHint + "Value", pointer + "/additionalProperties", out _));
                case SchemaShape.Scalar:
                    return WireFormattedTime(schema, pointer) ?? ScalarType(EffectiveTypes(schema), schema.Format);
                case SchemaShape.ScalarUnion:
                    return ScalarUnion(schema);
                case SchemaShape.Unsupported:
                    string at = pointer;
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

        private sealed record PendingType(string Name, string SchemaName, IOpenApiSchema Schema, string Pointer, bool IsEnum, bool IsIntegerEnum, bool IsUnion);
    }
}
