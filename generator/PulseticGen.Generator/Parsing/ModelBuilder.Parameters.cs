using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.OpenApi;
using PulseticGen.Generator.Model;
using ParameterLocation = PulseticGen.Generator.Model.ParameterLocation;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>Operation parameters: merged from the path item and the operation, ordered for C#, and checked against what each location can carry.</summary>
    internal sealed partial class ModelBuilder
    {
        /// <summary>
        /// The operation's parameters, then the path-level ones it does not override (same name and location), each with
        /// where it is written: the pointer of the operation or path item and the index in its list (the pointer itself
        /// is built only if needed). Each comes as written (a <c>$ref</c> may carry its own description) and resolved:
        /// every field read through a reference resolves it again, so the fields are read from its target instead.
        /// </summary>
        private List<(IOpenApiParameter Written, IOpenApiParameter Resolved, string Parent, string Index)> MergeParameters(PendingOperation op, string pointer)
        {
            IList<IOpenApiParameter>? own = op.Operation.Parameters;
            IList<IOpenApiParameter>? shared = op.PathItem.Parameters;
            var merged = new List<(IOpenApiParameter, IOpenApiParameter, string, string)>((own?.Count ?? 0) + (shared?.Count ?? 0));
            var seen = new HashSet<(string, Microsoft.OpenApi.ParameterLocation?)>();
            for (int i = 0; i < (own?.Count ?? 0); i++)
            {
                if (own![i] is { } written && _references.Resolve(written) is var parameter && seen.Add((parameter.Name ?? string.Empty, parameter.In)))
                {
                    merged.Add((written, parameter, pointer, i.ToString(CultureInfo.InvariantCulture)));
                }
            }

            if (shared is { Count: > 0 })
            {
                string pathPointer = pointer.Substring(0, pointer.LastIndexOf('/'));
                for (int i = 0; i < shared.Count; i++)
                {
                    if (shared[i] is { } written && _references.Resolve(written) is var parameter && seen.Add((parameter.Name ?? string.Empty, parameter.In)))
                    {
                        merged.Add((written, parameter, pathPointer, i.ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }

            return merged;
        }

        // A $ref's own description wins over its target's (OpenAPI 3.1); read through the reference, the target's would
        // resolve the reference once more.
        private static string? DescriptionOf(IOpenApiParameter written, IOpenApiParameter resolved) =>
            written is OpenApiParameterReference { Reference.Description: { Length: > 0 } own } ? own : resolved.Description;

        /// <summary>C# needs required parameters before optional ones; within each, the spec's order (path first).</summary>
        private static EquatableArray<ParameterModel> OrderParameters(List<ParameterModel> parameters)
        {
            // A stable sort on two yes/no keys, done as four passes over an operation's few parameters: LINQ's sort
            // (three keys, an index per item) cost more than the rest of building the operation.
            ImmutableArray<ParameterModel>.Builder ordered = ImmutableArray.CreateBuilder<ParameterModel>(parameters.Count);
            for (int rank = 0; rank < 4; rank++)
            {
                foreach (ParameterModel parameter in parameters)
                {
                    if ((parameter.IsRequired ? 0 : 2) + (parameter.Location == ParameterLocation.Path ? 0 : 1) == rank)
                    {
                        ordered.Add(parameter);
                    }
                }
            }

            return new EquatableArray<ParameterModel>(ordered.MoveToImmutable());
        }

        /// <summary>
        /// Swagger 2.0's <c>collectionFormat</c>, read from the spec text: the OpenAPI reader turns every format into
        /// exploded form style, which would send <c>ids=1&amp;ids=2</c> to a server that expects <c>ids=1,2</c>.
        /// </summary>
        private QueryStyle CollectionFormat(string parameterPointer) => _locator.ScalarAt(parameterPointer + "/collectionFormat") switch
        {
            "multi" => QueryStyle.FormExploded,
            "ssv" => QueryStyle.SpaceDelimited,
            "pipes" => QueryStyle.PipeDelimited,
            "tsv" => QueryStyle.TabDelimited,
            _ => QueryStyle.FormJoined,
        };

        private static bool IsSupportedParameterType(TypeRef type, ParameterLocation location, out string? problem)
        {
            problem = null;
            if (location == ParameterLocation.Query)
            {
                // Anything else in a query is serialized and flattened (name[key]=value) by the runtime.
                return type.Kind is not (TypeRefKind.File or TypeRefKind.Bytes);
            }

            bool scalar = type.Kind is not (TypeRefKind.Model or TypeRefKind.List or TypeRefKind.Dictionary or TypeRefKind.Any or TypeRefKind.Bytes or TypeRefKind.File);
            if (scalar)
            {
                return true;
            }

            if (type.Kind == TypeRefKind.List && location == ParameterLocation.Query && type.Element is { } element
                && element.Kind is not (TypeRefKind.Model or TypeRefKind.List or TypeRefKind.Dictionary or TypeRefKind.Any or TypeRefKind.Bytes or TypeRefKind.File))
            {
                return true;
            }

            problem = type.Kind == TypeRefKind.List ? "an array outside the query string" : "an object value";
            return false;
        }

        private static IEnumerable<string> TemplateParameters(string path)
        {
            int open = path.IndexOf('{');
            while (open >= 0)
            {
                int close = path.IndexOf('}', open);
                if (close < 0)
                {
                    yield break;
                }

                yield return path.Substring(open + 1, close - open - 1);
                open = path.IndexOf('{', close);
            }
        }
    }
}
