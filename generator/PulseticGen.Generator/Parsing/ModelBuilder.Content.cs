using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using PulseticGen.Generator.Model;
using JsonPointer = PulseticGen.Generator.Locating.JsonPointer;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>Request and response bodies: which media type the client uses, how it is encoded, and the components a body can refer to.</summary>
    internal sealed partial class ModelBuilder
    {
        private RequestBodyModel? BuildBody(IOpenApiRequestBody requestBody, IDictionary<string, IOpenApiMediaType> content, SchemaResolver schemas, string typeHint, string pointer, out string? problem)
        {
            problem = null;
            KeyValuePair<string, IOpenApiMediaType> chosen = Choose(content);
            ContentEncoding encoding = EncodingOf(chosen.Key);
            string schemaPointer = JsonPointer.Append(pointer, "/requestBody/content/", chosen.Key, "/schema");
            TypeRef type = encoding switch
            {
                ContentEncoding.Binary => TypeRef.File,
                ContentEncoding.Text => TypeRef.String,
                _ => chosen.Value.Schema is null ? TypeRef.Any : schemas.Resolve(chosen.Value.Schema, typeHint + "Request", schemaPointer, out _),
            };

            if (encoding == ContentEncoding.Multipart && type.Kind != TypeRefKind.Model)
            {
                problem = $"its multipart/form-data body is not an object schema, so its parts cannot be named";
                return null;
            }

            if (encoding == ContentEncoding.FormUrlEncoded && type.Kind is not (TypeRefKind.Model or TypeRefKind.Dictionary or TypeRefKind.Any))
            {
                problem = $"its form body is not an object schema";
                return null;
            }

            // Form fields declared deepObject in the media type's encoding are written name[0]=…, not repeated.
            IEnumerable<string> indexed = (chosen.Value.Encoding ?? new Dictionary<string, OpenApiEncoding>())
                .Where(entry => entry.Value?.Style == ParameterStyle.DeepObject)
                .Select(entry => entry.Key)
                .OrderBy(name => name, StringComparer.Ordinal);
            return new RequestBodyModel(type, requestBody.Required, Clean(requestBody.Description), encoding, chosen.Key, indexed.ToEquatableArray());
        }

        /// <summary>The media type the client uses when several are offered: JSON first, then form, multipart, binary and text; among equals, the first listed.</summary>
        private static KeyValuePair<string, IOpenApiMediaType> Choose(IDictionary<string, IOpenApiMediaType> content)
        {
            KeyValuePair<string, IOpenApiMediaType> best = default;
            int bestRank = int.MaxValue;
            foreach (KeyValuePair<string, IOpenApiMediaType> entry in content)
            {
                if (entry.Value is null)
                {
                    continue;
                }

                int rank = EncodingOf(entry.Key) switch
                {
                    ContentEncoding.Json => 0,
                    ContentEncoding.FormUrlEncoded => 1,
                    ContentEncoding.Multipart => 2,
                    ContentEncoding.Binary => 3,
                    _ => 4,
                };
                if (rank < bestRank)
                {
                    best = entry;
                    bestRank = rank;
                }
            }

            return bestRank == int.MaxValue ? throw new InvalidOperationException("Sequence contains no elements") : best;
        }

        /// <summary>The event-stream and JSON-lines media types a response can be read from as a sequence of JSON values, else null.</summary>
        private static ContentEncoding? StreamEncodingOf(string mediaTypeWithParameters)
        {
            int semicolon = mediaTypeWithParameters.IndexOf(';');
            string mediaType = (semicolon < 0 ? mediaTypeWithParameters : mediaTypeWithParameters.Substring(0, semicolon)).Trim().ToLowerInvariant();
            return mediaType switch
            {
                "text/event-stream" => ContentEncoding.EventStream,
                "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines" => ContentEncoding.JsonLines,
                _ => null,
            };
        }

        private static ContentEncoding EncodingOf(string mediaTypeWithParameters)
        {
            int semicolon = mediaTypeWithParameters.IndexOf(';');
            string mediaType = (semicolon < 0 ? mediaTypeWithParameters : mediaTypeWithParameters.Substring(0, semicolon)).Trim().ToLowerInvariant();
            if (mediaType is "application/json" or "text/json" or "*/*" || mediaType.EndsWith("+json", StringComparison.Ordinal) || mediaType.EndsWith("/json", StringComparison.Ordinal))
            {
                return ContentEncoding.Json;
            }

            if (mediaType == "application/x-www-form-urlencoded")
            {
                return ContentEncoding.FormUrlEncoded;
            }

            if (mediaType.StartsWith("multipart/", StringComparison.Ordinal))
            {
                return ContentEncoding.Multipart;
            }

            return mediaType.StartsWith("text/", StringComparison.Ordinal) || mediaType.EndsWith("+xml", StringComparison.Ordinal) || mediaType == "application/xml"
                ? ContentEncoding.Text
                : ContentEncoding.Binary;
        }

        private static bool IsSuccess(string statusCode) =>
            statusCode.Length == 3 && statusCode[0] == '2';

        /// <summary>
        /// Finds the schema a local JSON pointer names, through components, parameters and the keywords that nest
        /// schemas (properties, items, additionalProperties, allOf/oneOf/anyOf). Null when it names nothing.
        /// </summary>
        private IOpenApiSchema? ResolvePointer(string reference)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return null;
            }

            string[] segments = reference.Substring(2).Split('/').Select(JsonPointer.Unescape).ToArray();
            if (segments.Length < 3 || segments[0] != "components")
            {
                return null;
            }

            IOpenApiSchema? current;
            int next;
            if (segments[1] == "schemas" && _document.Components?.Schemas?.TryGetValue(segments[2], out IOpenApiSchema? schema) == true)
            {
                current = schema;
                next = 3;
            }
            else if (segments[1] == "parameters" && segments.Length > 3 && segments[3] == "schema"
                && _document.Components?.Parameters?.TryGetValue(segments[2], out IOpenApiParameter? parameter) == true)
            {
                current = parameter?.Schema;
                next = 4;
            }
            else if (segments.Length > 5 && segments[3] == "content" && segments[5] == "schema"
                && ComponentContent(segments[1], segments[2]) is { } content
                && content.TryGetValue(segments[4], out IOpenApiMediaType? media))
            {
                // Into a shared response or request body ("#/components/responses/Conflict/content/application~1json/schema",
                // as PagerDuty's spec reuses one error body): the reader turns this into a schema name it cannot find.
                current = media?.Schema;
                next = 6;
            }
            else
            {
                return null;
            }

            for (int i = next; i < segments.Length && current is not null; i++)
            {
                IOpenApiSchema target = current is OpenApiSchemaReference { Target: { } resolved } ? resolved : current;
                string segment = segments[i];
                current = segment switch
                {
                    "properties" when i + 1 < segments.Length => target.Properties is { } properties && properties.TryGetValue(segments[++i], out IOpenApiSchema? property) ? property : null,
                    "items" => target.Items,
                    "additionalProperties" => target.AdditionalProperties,
                    "allOf" or "oneOf" or "anyOf" when i + 1 < segments.Length && int.TryParse(segments[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int index) =>
                        (segment == "allOf" ? target.AllOf : segment == "oneOf" ? target.OneOf : target.AnyOf) is { } list && index < list.Count && ++i > 0 ? list[index] : null,
                    _ => null,
                };
            }

            return current is OpenApiSchemaReference { Target: { } final } ? final : current;
        }

        /// <summary>The media types of a response or request body component, or null when there is no such component.</summary>
        private IDictionary<string, IOpenApiMediaType>? ComponentContent(string kind, string name)
        {
            IDictionary<string, IOpenApiMediaType>? content = null;
            if (kind == "responses" && _document.Components?.Responses?.TryGetValue(name, out IOpenApiResponse? response) == true)
            {
                content = response?.Content;
            }
            else if (kind == "requestBodies" && _document.Components?.RequestBodies?.TryGetValue(name, out IOpenApiRequestBody? body) == true)
            {
                content = body?.Content;
            }

            return content;
        }
    }
}
