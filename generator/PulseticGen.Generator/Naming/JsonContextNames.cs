using System;
using System.Collections.Generic;
using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Naming
{
    /// <summary>
    /// Decides what the JSON context describes beyond the models and enums, and names it: a converter per list and
    /// dictionary type, a JsonTypeInfo property per request or response type that is not a model, and each object's
    /// <c>Describe…</c> method. The emitter then only looks these up.
    /// </summary>
    internal sealed class JsonContextNames
    {
        private readonly NameScope _contextMembers;
        private readonly Dictionary<TypeRef, string> _collectionNames = new();
        private readonly List<JsonValueModel> _collections = new();
        private readonly List<JsonValueModel> _roots = new();

        /// <param name="contextMembers">The context's names so far: its fixed members, and each model's property and converter.</param>
        private JsonContextNames(NameScope contextMembers) => _contextMembers = contextMembers;

        /// <summary>Returns <paramref name="spec"/> with <see cref="SpecModel.JsonCollections"/>, <see cref="SpecModel.JsonRoots"/> and the <c>Describe…</c> names set.</summary>
        public static SpecModel Assign(SpecModel spec, NameScope contextMembers)
        {
            var names = new JsonContextNames(contextMembers);
            foreach (TypeModel type in spec.Types)
            {
                foreach (PropertyModel property in type.Properties)
                {
                    names.AddCollection(property.Type);
                }

                foreach (UnionMemberModel member in type.UnionMembers)
                {
                    names.AddCollection(member.Type);
                }
            }

            var modelsByName = spec.Types.ToDictionary(type => type.Name, StringComparer.Ordinal);
            var roots = new HashSet<TypeRef>();
            foreach (OperationModel operation in spec.Groups.SelectMany(group => group.Operations))
            {
                foreach (TypeRef? root in JsonRoots(operation, modelsByName))
                {
                    if (root is null || root.Kind is TypeRefKind.Model or TypeRefKind.Enum || !roots.Add(root))
                    {
                        continue;
                    }

                    names.AddCollection(root);
                    string member = names._collectionNames.TryGetValue(root, out string? known) ? known : contextMembers.Reserve(MemberNames.JsonValue(root));
                    names._roots.Add(new JsonValueModel(root, member));
                }
            }

            // The Converters class holds a field per model and collection, then the Describe methods beside them.
            var converterMembers = new NameScope(spec.Types.Select(t => t.ContextPropertyName).Concat(names._collectionNames.Values).Concat(new[] { "All" }));
            EquatableArray<TypeModel> types = spec.Types.Select(type => type.Kind == TypeKind.Object
                ? type with { DescribeMethodName = converterMembers.Reserve(MemberNames.Describe(type.ContextPropertyName)) }
                : type).ToEquatableArray();

            return spec with
            {
                Types = types,
                JsonCollections = names._collections.ToEquatableArray(),
                JsonRoots = names._roots.ToEquatableArray(),
            };
        }

        /// <summary>The types an operation reads or writes with JsonSerializer, which need a JsonTypeInfo of their own.</summary>
        private static IEnumerable<TypeRef?> JsonRoots(OperationModel operation, Dictionary<string, TypeModel> modelsByName)
        {
            if (operation.ResultEncoding is ContentEncoding.Json or ContentEncoding.EventStream or ContentEncoding.JsonLines)
            {
                yield return operation.ResultType;
            }

            foreach (ErrorResponseModel error in operation.Errors)
            {
                yield return error.Type;
            }

            foreach (ParameterModel parameter in operation.Parameters)
            {
                if (parameter.IsObjectEncoded)
                {
                    yield return parameter.Type;
                }
            }

            switch (operation.Body)
            {
                case { Encoding: ContentEncoding.Json or ContentEncoding.FormUrlEncoded } body:
                    yield return body.Type;
                    break;
                case { Encoding: ContentEncoding.Multipart } multipart:
                    // Structured parts are sent as JSON.
                    foreach (PropertyModel property in modelsByName[multipart.Type.ModelName!].Properties)
                    {
                        if (property.Type.IsStructured)
                        {
                            yield return property.Type;
                        }
                    }

                    break;
            }
        }

        // Element first: a collection's converter is built from its element's.
        private void AddCollection(TypeRef type)
        {
            if (type.Kind is not (TypeRefKind.List or TypeRefKind.Dictionary) || _collectionNames.ContainsKey(type))
            {
                return;
            }

            AddCollection(type.Element!);
            string name = _contextMembers.Reserve(MemberNames.JsonValue(type));
            _collectionNames[type] = name;
            _collections.Add(new JsonValueModel(type, name));
        }
    }
}
