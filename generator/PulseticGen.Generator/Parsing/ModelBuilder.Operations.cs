using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.OpenApi;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;
using JsonPointer = PulseticGen.Generator.Locating.JsonPointer;
using ParameterLocation = PulseticGen.Generator.Model.ParameterLocation;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>Operations: method names within a client, operation ids across the document, and one operation's parameters, body, result and errors.</summary>
    internal sealed partial class ModelBuilder
    {
        private List<OperationModel> BuildOperations(TagGroup group, SchemaResolver schemas, NameScope endpointNames, HashSet<string> operationIds)
        {
            // Short names drop the tag's words ("listMonitorChecks" in "Monitors" → "ListChecks"); two operations
            // that would share a short name both keep their full names instead.
            var tagWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (string word in Identifiers.SplitWords(group.Tag ?? string.Empty))
            {
                tagWords.Add(word);
                tagWords.Add(word.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 1) : word + "s");
                if (word.EndsWith("ies", StringComparison.OrdinalIgnoreCase))
                {
                    tagWords.Add(word.Substring(0, word.Length - 3) + "y");
                }
            }

            var candidates = new List<(PendingOperation Pending, string OperationId, string Pointer, string Full, string Short)>();
            foreach (PendingOperation op in group.Operations)
            {
                string pointer = "#/paths/" + JsonPointer.Escape(op.Path) + "/" + op.Method.ToLowerInvariant();
                string operationId = UniqueOperationId(op, pointer, operationIds);
                string full = Identifiers.ToPascalCase(operationId, "Operation");
                List<string> words = Identifiers.SplitWords(operationId);
                List<string> kept = words.Where(word => !tagWords.Contains(word)).ToList();
                if (kept.Count == 0 && words.Count > 0)
                {
                    kept.Add(words[0]);
                }

                string shortName = group.Tag is null || kept.Count == words.Count ? full : Identifiers.ToPascalCase(string.Join("_", kept), full);
                candidates.Add((op, operationId, pointer, full, shortName));
            }

            var shortCounts = candidates.GroupBy(c => c.Short, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            NameScope methodNames = group.Members!;
            var operations = new List<OperationModel>();

            foreach (var candidate in candidates)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                string preferredMethod = (shortCounts[candidate.Short] > 1 ? candidate.Full : candidate.Short) + "Async";
                OperationModel? model;
                try
                {
                    model = BuildOperation(candidate.Pending, candidate.OperationId, preferredMethod, methodNames, group, schemas, endpointNames, candidate.Pointer);
                }
                catch (InvalidOperationException exception) when (SchemaResolver.IsCircularReference(exception))
                {
                    // A parameter or response that is a $ref to itself: the operation has no usable shape.
                    _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.CircularReference, _locator.Locate(candidate.Pointer), candidate.Pointer, "a parameter, body or response whose $ref refers to itself", "not generated"));
                    model = null;
                }
                catch (Exception exception) when (SchemaResolver.IsReferenceFailure(exception))
                {
                    // The reader resolves references lazily; one it cannot follow (not a URI, nowhere) fails only here.
                    Skip(candidate.OperationId, candidate.Pointer, $"a reference in it cannot be resolved ({SpecReader.OneLine(exception.Message)})");
                    model = null;
                }

                if (model is not null)
                {
                    operations.Add(model);
                }
            }

            return operations;
        }

        /// <summary>The spec's operationId (or one derived from method and path), made unique across the document.</summary>
        private string UniqueOperationId(PendingOperation op, string pointer, HashSet<string> operationIds)
        {
            string operationId = string.IsNullOrWhiteSpace(op.Operation.OperationId) ? DeriveOperationId(op.Method, op.Path) : op.Operation.OperationId!.Trim();
            if (operationIds.Add(operationId))
            {
                return operationId;
            }

            string renamed = operationId + "_" + op.Method.ToLowerInvariant();
            for (int n = 2; !operationIds.Add(renamed); n++)
            {
                renamed = operationId + "_" + op.Method.ToLowerInvariant() + n;
            }

            _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.DuplicateOperationId, _locator.Locate(pointer + "/operationId"), operationId, op.Method, op.Path, renamed));
            return renamed;
        }

        private OperationModel? BuildOperation(PendingOperation op, string operationId, string preferredMethod, NameScope methodNames, TagGroup group, SchemaResolver schemas, NameScope endpointNames, string pointer)
        {
            string baseName = preferredMethod.Substring(0, preferredMethod.Length - "Async".Length);
            string typeHint = (group.Tag is null ? string.Empty : Identifiers.ToPascalCase(group.Tag)) == string.Empty ? baseName : Identifiers.ToPascalCase(operationId, baseName);

            var parameterNames = new NameScope(MemberNames.OfOperationMethod, capacity: 9 + (op.Operation.Parameters?.Count ?? 0) + (op.PathItem.Parameters?.Count ?? 0));
            var parameters = new List<ParameterModel>();
            foreach ((IOpenApiParameter written, IOpenApiParameter parameter, string parentPointer, string index) in MergeParameters(op, pointer))
            {
                if (parameter.In is null || parameter.Name is not { Length: > 0 } wireName)
                {
                    continue;
                }

                ParameterLocation location = parameter.In.Value switch
                {
                    Microsoft.OpenApi.ParameterLocation.Path => ParameterLocation.Path,
                    Microsoft.OpenApi.ParameterLocation.Header => ParameterLocation.Header,
                    Microsoft.OpenApi.ParameterLocation.Cookie => ParameterLocation.Cookie,
                    _ => ParameterLocation.Query,
                };

                if (location == ParameterLocation.Header && s_ignoredHeaders.Contains(wireName))
                {
                    continue;
                }

                TypeRef type = parameter.Schema is null
                    ? TypeRef.String
                    : schemas.Resolve(parameter.Schema, typeHint + Identifiers.ToPascalCase(wireName), string.Concat(parentPointer, "/parameters/", index, "/schema"), out _);
                if (!IsSupportedParameterType(type, location, out string? problem))
                {
                    Skip(operationId, pointer, $"parameter '{parameter.Name}' ({problem}) is not supported yet");
                    return null;
                }

                QueryStyle style = _isSwagger2 ? CollectionFormat(parentPointer + "/parameters/" + index) : parameter.Style switch
                {
                    ParameterStyle.DeepObject => QueryStyle.DeepObject,
                    ParameterStyle.SpaceDelimited => QueryStyle.SpaceDelimited,
                    ParameterStyle.PipeDelimited => QueryStyle.PipeDelimited,
                    _ when !parameter.Explode => QueryStyle.FormJoined,
                    _ => QueryStyle.FormExploded,
                };

                bool required = parameter.Required || location == ParameterLocation.Path;
                parameters.Add(new ParameterModel(
                    wireName,
                    parameterNames.Reserve(Identifiers.ToCamelCase(wireName.Replace("[]", string.Empty))),
                    location,
                    type,
                    required,
                    style,
                    Clean(DescriptionOf(written, parameter)),
                    parameter.Deprecated));
            }

            foreach (string templateName in TemplateParameters(op.Path))
            {
                if (!parameters.Any(p => p.Location == ParameterLocation.Path && p.WireName == templateName))
                {
                    Skip(operationId, pointer, $"the path template names '{{{templateName}}}' but no path parameter of that name is declared");
                    return null;
                }
            }

            RequestBodyModel? body = null;
            if (op.Operation.RequestBody is { } requestBody && requestBody.Content is { } content && content.Any(c => c.Value is not null))
            {
                body = BuildBody(requestBody, content, schemas, typeHint, pointer, out string? problem);
                if (body is null)
                {
                    Skip(operationId, pointer, problem!);
                    return null;
                }
            }

            TypeRef? result = null;
            ContentEncoding resultEncoding = ContentEncoding.Json;
            if (op.Operation.Responses is { } responses)
            {
                foreach (KeyValuePair<string, IOpenApiResponse> response in responses.Where(r => IsSuccess(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
                {
                    if (_references.Resolve(response.Value)?.Content is not { } responseContent || !responseContent.Any(c => c.Value is not null))
                    {
                        continue;
                    }

                    KeyValuePair<string, IOpenApiMediaType> chosen = Choose(responseContent);
                    resultEncoding = EncodingOf(chosen.Key);
                    if (StreamEncodingOf(chosen.Key) is { } stream && (chosen.Value.ItemSchema ?? chosen.Value.Schema) is { } eventSchema)
                    {
                        // A stream of typed events: OpenAPI 3.2's itemSchema describes one event; before it, the schema did.
                        resultEncoding = stream;
                        string which = chosen.Value.ItemSchema is null ? "/schema" : "/itemSchema";
                        result = schemas.Resolve(eventSchema, typeHint + "Event", JsonPointer.Append(pointer, "/responses/" + response.Key + "/content/", chosen.Key, which), out _);
                        break;
                    }

                    string schemaPointer = JsonPointer.Append(pointer, "/responses/" + response.Key + "/content/", chosen.Key, "/schema");
                    result = resultEncoding switch
                    {
                        ContentEncoding.Text => TypeRef.String,
                        ContentEncoding.Json when chosen.Value.Schema is not null => schemas.Resolve(chosen.Value.Schema, typeHint + "Response", schemaPointer, out _),
                        ContentEncoding.Json => TypeRef.Any,
                        _ => TypeRef.File,
                    };
                    if (resultEncoding is ContentEncoding.FormUrlEncoded or ContentEncoding.Multipart)
                    {
                        resultEncoding = ContentEncoding.Binary;
                    }

                    break;
                }
            }

            var errors = new List<ErrorResponseModel>();
            foreach (KeyValuePair<string, IOpenApiResponse> response in op.Operation.Responses ?? new OpenApiResponses())
            {
                string status = response.Key.Trim();
                bool isError = status.Equals("default", StringComparison.OrdinalIgnoreCase) || (status.Length == 3 && status[0] is '4' or '5');
                if (!isError || _references.Resolve(response.Value)?.Content is not { } errorContent || !errorContent.Any(c => c.Value is not null))
                {
                    continue;
                }

                KeyValuePair<string, IOpenApiMediaType> chosen = Choose(errorContent);
                if (EncodingOf(chosen.Key) == ContentEncoding.Json && chosen.Value.Schema is not null)
                {
                    string schemaPointer = JsonPointer.Append(pointer, "/responses/" + status + "/content/", chosen.Key, "/schema");
                    TypeRef errorType = schemas.Resolve(chosen.Value.Schema, typeHint + "Error" + Identifiers.ToPascalCase(status), schemaPointer, out _);
                    if (ErrorResponse(status, errorType) is { } error)
                    {
                        errors.Add(error);
                    }
                }
            }

            string endpointField = endpointNames.Reserve(Identifiers.ToPascalCase(operationId, "Operation"));
            _paging[endpointField] = PagingSourceOf(op, pointer);
            string methodName = methodNames.Reserve(preferredMethod);
            if (methodName != preferredMethod)
            {
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.NameChanged, _locator.Locate(pointer), "Method for operation", operationId, methodName, preferredMethod));
            }

            string withResponse = methodNames.Reserve(MemberNames.WithResponse(methodName));
            EquatableArray<ParameterModel> ordered = OrderParameters(parameters);
            return new OperationModel(
                OperationId: operationId,
                MethodName: methodName,
                HttpMethod: op.Method,
                PathTemplate: op.Path,
                Tag: group.Tag,
                Summary: Clean(op.Operation.Summary),
                Description: Clean(op.Operation.Description),
                IsDeprecated: op.Operation.Deprecated,
                EndpointFieldName: endpointField,
                Parameters: ordered,
                Body: body,
                ResultType: result,
                ResultEncoding: resultEncoding,
                Pagination: null)
            {
                // `security: []` on the operation (or globally, with nothing on the operation) makes it public.
                RequiresAuthentication = !((op.Operation.Security ?? _document.Security) is { Count: 0 }),
                AcceptsIdempotencyKey = op.Method is "POST" or "PATCH" && parameters.Any(p => p.Location == ParameterLocation.Header
                    && string.Equals(p.WireName, "Idempotency-Key", StringComparison.OrdinalIgnoreCase)),
                Errors = errors.ToEquatableArray(),
                PathSegments = PathSegments(op.Path, ordered),
                WithResponseMethodName = withResponse,
                RequestMethodName = methodNames.Reserve(MemberNames.Request(methodName)),
            };
        }

        private static string DeriveOperationId(string method, string path)
        {
            // GET /monitors/{id}/checks → get_monitors_by_id_checks: stable, readable, unique per method + path.
            var parts = new List<string> { method.ToLowerInvariant() };
            foreach (string segment in path.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                parts.Add(segment.StartsWith("{", StringComparison.Ordinal) ? "by_" + segment.Trim('{', '}') : segment);
            }

            return string.Join("_", parts);
        }

        /// <summary>
        /// <c>default</c>, an exact status (<c>404</c>) or a range (<c>4XX</c>); null for a three-character status that
        /// is none of these (<c>4X4</c> is not an OpenAPI status), which is left out.
        /// </summary>
        private static ErrorResponseModel? ErrorResponse(string status, TypeRef type)
        {
            string upper = status.ToUpperInvariant();
            if (upper == "DEFAULT")
            {
                return new ErrorResponseModel("default", type, FirstStatus: null, IsRange: false);
            }

            if (char.IsDigit(upper[1]) && char.IsDigit(upper[2]))
            {
                return new ErrorResponseModel(upper, type, int.Parse(upper, NumberStyles.None, CultureInfo.InvariantCulture), IsRange: false);
            }

            return upper.EndsWith("XX", StringComparison.Ordinal) ? new ErrorResponseModel(upper, type, (upper[0] - '0') * 100, IsRange: true) : null;
        }

        /// <summary>
        /// <c>/monitors/{monitorId}/checks</c> → <c>monitors/</c>, <c>monitorId</c>, <c>/checks</c>. A <c>{name}</c> that
        /// names no path parameter stays literal text.
        /// </summary>
        private static EquatableArray<PathSegment> PathSegments(string path, EquatableArray<ParameterModel> parameters)
        {
            var segments = new List<PathSegment>(4);
            string template = path.TrimStart('/');
            int literalStart = 0;
            for (int open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
            {
                int close = template.IndexOf('}', open);
                if (close < 0)
                {
                    break;
                }

                int length = close - open - 1;
                ParameterModel? parameter = parameters.FirstOrDefault(p =>
                    p.Location == ParameterLocation.Path && p.WireName.Length == length && string.CompareOrdinal(p.WireName, 0, template, open + 1, length) == 0);
                if (parameter is null)
                {
                    continue;
                }

                if (open > literalStart)
                {
                    segments.Add(new PathSegment(template.Substring(literalStart, open - literalStart), null));
                }

                segments.Add(new PathSegment(string.Empty, parameter));
                literalStart = close + 1;
                open = close;
            }

            if (literalStart < template.Length || segments.Count == 0)
            {
                segments.Add(new PathSegment(template.Substring(literalStart), null));
            }

            return segments.ToEquatableArray();
        }
    }
}
