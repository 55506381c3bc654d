using System.Collections.Generic;
using Microsoft.OpenApi;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// The targets of a document's local <c>$ref</c>s to schemas, parameters and responses, looked up once per component.
    /// Microsoft.OpenApi resolves a reference anew on every read of its Target or of any field through it (it builds
    /// the reference's URI and looks it up in the workspace), and specs share these components widely: GitHub's has
    /// 1,541 parameter and 884 response <c>$ref</c>s.
    /// </summary>
    /// <remarks>
    /// The target's fields are the reference's fields: the reference reads each of them from it, except the description
    /// a <c>$ref</c> may carry itself, which callers read from the reference. A target that is itself a reference still
    /// detects a loop when a field is read through it. One is built per model, so nothing outlives the document.
    /// </remarks>
    internal sealed class ReferenceTargets
    {
        private readonly OpenApiDocument _document;
        private const string SchemasPrefix = "#/components/schemas/";

        private readonly Dictionary<string, IOpenApiSchema?> _schemas = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, IOpenApiParameter?> _parameters = new(System.StringComparer.Ordinal);
        private readonly Dictionary<string, IOpenApiResponse?> _responses = new(System.StringComparer.Ordinal);

        public ReferenceTargets(OpenApiDocument document) => _document = document;

        /// <summary>The schema a <c>$ref</c> names (its Target), or null when it does not resolve.</summary>
        public IOpenApiSchema? TargetOf(OpenApiSchemaReference reference)
        {
            // Only a $ref to a whole component ("#/components/schemas/Pet") is shared: one into a schema
            // ("#/components/schemas/Pet/properties/id") or to an anchor has an id of its own that says less.
            if (LocalId(reference.Reference) is not { } id || !Names(reference.Reference.ReferenceV3, id))
            {
                return reference.Target;
            }

            if (!_schemas.TryGetValue(id, out IOpenApiSchema? target))
            {
                target = reference.Target;
                _schemas[id] = target;
            }

            return target;
        }

        /// <summary>The parameter a <c>$ref</c> names, or <paramref name="parameter"/> itself (also when the reference does not resolve).</summary>
        public IOpenApiParameter Resolve(IOpenApiParameter parameter)
        {
            if (parameter is not OpenApiParameterReference reference)
            {
                return parameter;
            }

            IOpenApiParameter? target;
            if (LocalId(reference.Reference) is not { } id)
            {
                target = reference.Target;
            }
            else if (!_parameters.TryGetValue(id, out target))
            {
                target = reference.Target;
                _parameters[id] = target;
            }

            return target ?? parameter;
        }

        /// <summary>The response a <c>$ref</c> names, or <paramref name="response"/> itself (also when the reference does not resolve).</summary>
        public IOpenApiResponse? Resolve(IOpenApiResponse? response)
        {
            if (response is not OpenApiResponseReference reference)
            {
                return response;
            }

            IOpenApiResponse? target;
            if (LocalId(reference.Reference) is not { } id)
            {
                target = reference.Target;
            }
            else if (!_responses.TryGetValue(id, out target))
            {
                target = reference.Target;
                _responses[id] = target;
            }

            return target ?? response;
        }

        private static bool Names(string? written, string id) =>
            written is not null
            && written.Length == SchemasPrefix.Length + id.Length
            && written.StartsWith(SchemasPrefix, System.StringComparison.Ordinal)
            && string.CompareOrdinal(written, SchemasPrefix.Length, id, 0, id.Length) == 0;

        // "#/components/parameters/owner" in this document: its target depends on the component's name alone.
        private string? LocalId(BaseOpenApiReference reference) =>
            reference.ExternalResource is null && ReferenceEquals(reference.HostDocument, _document) && reference.Id is { } id && id.IndexOf('/') < 0
                ? id
                : null;
    }
}
