using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.OpenApi;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;
using JsonPointer = PulseticGen.Generator.Locating.JsonPointer;
using ParameterLocation = PulseticGen.Generator.Model.ParameterLocation;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>Turns a parsed OpenAPI document into the <see cref="SpecModel"/> the emitter writes.</summary>
    internal sealed partial class ModelBuilder
    {
        private static readonly string[] s_methodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE" };

        // OpenAPI says these header parameters are ignored: the client sets them from the spec's content and security.
        private static readonly HashSet<string> s_ignoredHeaders = new(StringComparer.OrdinalIgnoreCase) { "Accept", "Content-Type", "Authorization" };

        private readonly OpenApiDocument _document;
        private readonly SpecInput _input;
        private readonly SpecLocator _locator;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly bool _isSwagger2;
        private readonly ReferenceTargets _references;


        public ModelBuilder(OpenApiDocument document, OpenApiSpecVersion version, SpecInput input, SpecLocator locator, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
        {
            _isSwagger2 = version == OpenApiSpecVersion.OpenApi2_0;
            _document = document;
            _references = new ReferenceTargets(document);
            _input = input;
            _locator = locator;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
        }

        public SpecModel? Build()
        {
            string title = _document.Info?.Title is { } declared && !string.IsNullOrWhiteSpace(declared) ? declared.Trim() : "Api";
            string titleName = Identifiers.ToPascalCase(title, "Api");
            string clientName = _input.Options.ClientName ?? (titleName.EndsWith("Client", StringComparison.Ordinal) ? titleName : titleName + "Client");
            string ns = _input.Options.Namespace ?? titleName;
            string accessibility = _input.Options.Visibility ?? "public";
            if (!ValidateOptions(clientName, ns, accessibility))
            {
                return null;
            }

            string baseName = clientName.EndsWith("Client", StringComparison.Ordinal) && clientName.Length > "Client".Length
                ? clientName.Substring(0, clientName.Length - "Client".Length)
                : clientName;
            string jsonContextName = baseName + "JsonContext";
            string endpointsName = baseName + "Endpoints";

            // Type names share one scope: clients first, then component schemas, then inline types as they are met.
            // Sized for the component schemas and as many inline types again, which is what large specs hold.
            int schemaCount = _document.Components?.Schemas?.Count ?? 0;
            var typeNames = new NameScope(new[] { clientName, "I" + clientName, jsonContextName, endpointsName }, capacity: 2 * schemaCount);
            List<TagGroup> tagGroups = GroupOperations();
            foreach (TagGroup group in tagGroups.Where(g => g.Tag is not null))
            {
                string groupBase = Identifiers.ToPascalCase(group.Tag!, "Default");
                group.PropertyName = groupBase;
                group.ClassName = typeNames.Reserve(groupBase + "Client");
                group.InterfaceName = typeNames.Reserve("I" + group.ClassName);
            }

            var contextMembers = new NameScope(new[] { jsonContextName, "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Converters", "Create", "All", "Equals", "GetHashCode", "ToString", "GetType" }, capacity: 4 * schemaCount);
            var schemas = new SchemaResolver(typeNames, contextMembers, _locator, _diagnostics.Add, ResolvePointer, _references);
            // Without trimming every component schema becomes a type, even one no operation uses (webhook payloads,
            // shared models). With it, types come only from what the kept operations reach.
            if (!_input.Options.TrimSchemas && !_input.Options.HasFilters)
            {
                schemas.RegisterComponents(_document.Components?.Schemas);
            }

            var groupProperties = new NameScope(new[] { clientName, "Dispose", "Create", "DefaultBaseAddress", "SecurityScheme", "Equals", "GetHashCode", "ToString", "GetType" });
            var endpointNames = new NameScope(new[] { endpointsName, "All", "Equals", "GetHashCode", "ToString", "GetType" }, capacity: 6 + 2 * (_document.Paths?.Count ?? 0));
            var operationIds = new HashSet<string>(StringComparer.Ordinal);
            var built = new List<(TagGroup Group, List<OperationModel> Operations)>();

            foreach (TagGroup group in tagGroups)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                group.PropertyName = group.Tag is null ? string.Empty : groupProperties.Reserve(group.PropertyName);
                List<OperationModel> operations = BuildOperations(group, schemas, endpointNames, operationIds);
                built.Add((group, operations));
            }

            schemas.BuildPending();

            var groups = new List<ClientGroupModel>();
            var paging = new PaginationDetector(schemas, _locator, _diagnostics);
            foreach ((TagGroup group, List<OperationModel> operations) in built)
            {
                List<OperationModel> withPaging = WithPagination(operations, paging);
                if (withPaging.Count == 0 && group.Tag is not null)
                {
                    continue;
                }

                groups.Add(new ClientGroupModel(
                    group.Tag,
                    group.Tag is null ? clientName : group.PropertyName,
                    group.Tag is null ? clientName : group.ClassName!,
                    group.Tag is null ? "I" + clientName : group.InterfaceName!,
                    group.Description,
                    withPaging.ToEquatableArray()));
            }

            if (groups.Sum(group => group.Operations.Count) == 0)
            {
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.SpecHasNoOperations, _locator.Locate("#/paths"), _input.Path));
            }

            // Groups in tag order; the root (untagged) group last, so the root client's own methods follow its sub-clients.
            groups = groups.OrderBy(group => group.IsRoot ? 1 : 0).ToList();

            return new SpecModel(
                HintPrefix: ns + "." + clientName,
                Namespace: ns,
                ClientName: clientName,
                Accessibility: accessibility,
                Title: title,
                Description: _document.Info?.Description?.Trim(),
                DefaultBaseUrl: DefaultBaseUrl(),
                Security: ReadSecurity(),
                Groups: groups.ToEquatableArray(),
                Types: schemas.Types.ToEquatableArray(),
                JsonContextName: jsonContextName,
                EndpointsClassName: endpointsName);
        }

        private bool ValidateOptions(string clientName, string ns, string accessibility)
        {
            bool valid = true;
            if (!IsIdentifier(clientName))
            {
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.InvalidOption, _locator.Document, "client name", clientName, _input.Path, "it must be a C# identifier"));
                valid = false;
            }

            if (ns.Split('.').Any(part => !IsIdentifier(part)))
            {
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.InvalidOption, _locator.Document, "namespace", ns, _input.Path, "it must be dot-separated C# identifiers"));
                valid = false;
            }
            else if (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal))
            {
                // Generated types there would hide the framework's own (a schema named Attribute breaks every attribute).
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.InvalidOption, _locator.Document, "namespace", ns, _input.Path, "the System namespace belongs to .NET; set Namespace on the item to one of your own"));
                valid = false;
            }

            if (accessibility is not ("public" or "internal"))
            {
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.InvalidOption, _locator.Document, "visibility", accessibility, _input.Path, "use 'public' or 'internal'"));
                valid = false;
            }

            return valid;
        }

        private static bool IsIdentifier(string name) =>
            name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_') && !Identifiers.IsKeyword(name);

        private List<TagGroup> GroupOperations()
        {
            var groups = new List<TagGroup>();
            var byTag = new Dictionary<string, TagGroup>(StringComparer.Ordinal);
            TagGroup? root = null;

            // Declared tags first, in their order, so the sub-clients follow the spec's table of contents.
            foreach (OpenApiTag tag in _document.Tags ?? new HashSet<OpenApiTag>())
            {
                if (tag.Name is { Length: > 0 } name && !byTag.ContainsKey(name))
                {
                    var group = new TagGroup(name, tag.Description);
                    byTag[name] = group;
                    groups.Add(group);
                }
            }

            foreach (KeyValuePair<string, IOpenApiPathItem> path in _document.Paths)
            {
                if (path.Value?.Operations is null)
                {
                    continue;
                }

                foreach (KeyValuePair<HttpMethod, OpenApiOperation> entry in path.Value.Operations.OrderBy(o => MethodRank(o.Key.Method)))
                {
                    if (!IsKept(entry.Value))
                    {
                        continue;
                    }

                    string? tagName = entry.Value.Tags?.Select(t => t.Name).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
                    TagGroup group;
                    if (tagName is null)
                    {
                        group = root ??= new TagGroup(null, null);
                    }
                    else if (!byTag.TryGetValue(tagName, out group!))
                    {
                        group = new TagGroup(tagName, null);
                        byTag[tagName] = group;
                        groups.Add(group);
                    }

                    group.Operations.Add(new PendingOperation(path.Key, path.Value, entry.Key.Method.ToUpperInvariant(), entry.Value));
                }
            }

            if (root is not null)
            {
                groups.Add(root);
            }

            return groups;
        }

        private bool IsKept(OpenApiOperation operation)
        {
            SpecOptions options = _input.Options;
            if (!options.HasFilters)
            {
                // Everything is kept; reading each operation's tags through their references would only cost time.
                return true;
            }

            string? id = operation.OperationId;
            var tags = (operation.Tags ?? new HashSet<OpenApiTagReference>()).Select(t => t.Name).Where(n => n is not null).ToList();
            bool included = (options.IncludeTags.Count == 0 && options.IncludeOperations.Count == 0)
                || tags.Any(tag => options.IncludeTags.Contains(tag!, StringComparer.OrdinalIgnoreCase))
                || (id is not null && options.IncludeOperations.Contains(id, StringComparer.Ordinal));
            bool excluded = tags.Any(tag => options.ExcludeTags.Contains(tag!, StringComparer.OrdinalIgnoreCase))
                || (id is not null && options.ExcludeOperations.Contains(id, StringComparer.Ordinal));
            return included && !excluded;
        }

        private static int MethodRank(string method)
        {
            int index = Array.IndexOf(s_methodOrder, method.ToUpperInvariant());
            return index < 0 ? s_methodOrder.Length : index;
        }

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
            var methodNames = new NameScope(new[] { group.ClassName ?? string.Empty, "Equals", "GetHashCode", "ToString", "GetType", "Dispose" }, capacity: 6 + candidates.Count);
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

            var parameterNames = new NameScope(new[] { "cancellationToken", "body", "request", "query", "pageNumber", "pageOffset", "pageCursor", "nextPage", "pageCancellationToken" }, capacity: 9 + (op.Operation.Parameters?.Count ?? 0) + (op.PathItem.Parameters?.Count ?? 0));
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
                    : schemas.Resolve(parameter.Schema, DeferredText.Hint(typeHint, string.Empty, wireName), DeferredText.Join(parentPointer, "/parameters/", index, "/schema"), out _);
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
                        result = schemas.Resolve(eventSchema, DeferredText.Concat(typeHint, "Event"), DeferredText.Pointer(pointer, "/responses/" + response.Key + "/content/", chosen.Key, which), out _);
                        break;
                    }

                    DeferredText schemaPointer = DeferredText.Pointer(pointer, "/responses/" + response.Key + "/content/", chosen.Key, "/schema");
                    result = resultEncoding switch
                    {
                        ContentEncoding.Text => TypeRef.String,
                        ContentEncoding.Json when chosen.Value.Schema is not null => schemas.Resolve(chosen.Value.Schema, DeferredText.Concat(typeHint, "Response"), schemaPointer, out _),
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
                    DeferredText schemaPointer = DeferredText.Pointer(pointer, "/responses/" + status + "/content/", chosen.Key, "/schema");
                    TypeRef errorType = schemas.Resolve(chosen.Value.Schema, DeferredText.Hint(typeHint, "Error", status), schemaPointer, out _);
                    errors.Add(new ErrorResponseModel(status.ToUpperInvariant() == "DEFAULT" ? "default" : status.ToUpperInvariant(), errorType));
                }
            }

            string endpointField = endpointNames.Reserve(Identifiers.ToPascalCase(operationId, "Operation"));
            _paging[endpointField] = PagingSourceOf(op, pointer);
            string methodName = methodNames.Reserve(preferredMethod);
            if (methodName != preferredMethod)
            {
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.NameChanged, _locator.Locate(pointer), "Method for operation", operationId, methodName, preferredMethod));
            }

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
                Parameters: OrderParameters(parameters),
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
                RequestMethodName = methodNames.Reserve((methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - "Async".Length) : methodName) + "Request"),
            };
        }

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

        private RequestBodyModel? BuildBody(IOpenApiRequestBody requestBody, IDictionary<string, IOpenApiMediaType> content, SchemaResolver schemas, string typeHint, string pointer, out string? problem)
        {
            problem = null;
            KeyValuePair<string, IOpenApiMediaType> chosen = Choose(content);
            ContentEncoding encoding = EncodingOf(chosen.Key);
            DeferredText schemaPointer = DeferredText.Pointer(pointer, "/requestBody/content/", chosen.Key, "/schema");
            TypeRef type = encoding switch
            {
                ContentEncoding.Binary => TypeRef.File,
                ContentEncoding.Text => TypeRef.String,
                _ => chosen.Value.Schema is null ? TypeRef.Any : schemas.Resolve(chosen.Value.Schema, DeferredText.Concat(typeHint, "Request"), schemaPointer, out _),
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

        private void Skip(string operationId, string pointer, string reason) =>
            _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.OperationSkipped, _locator.Locate(pointer), operationId, reason));

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

        private string DefaultBaseUrl()
        {
            OpenApiServer? server = _document.Servers?.FirstOrDefault();
            string url = server?.Url ?? string.Empty;
            if (server?.Variables is { } variables)
            {
                foreach (KeyValuePair<string, OpenApiServerVariable> variable in variables)
                {
                    url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? string.Empty);
                }
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? absolute) || (absolute.Scheme != "http" && absolute.Scheme != "https"))
            {
                // A relative server URL ("/api/v3") has no host: callers must give HttpClient.BaseAddress.
                url = "http://localhost/" + url.TrimStart('/');
            }

            return url.EndsWith("/", StringComparison.Ordinal) ? url : url + "/";
        }

        private SecuritySchemeModel? ReadSecurity()
        {
            if (_document.Components?.SecuritySchemes is not { Count: > 0 } schemes)
            {
                return null;
            }

            // Prefer a scheme the document requires globally; otherwise the first one we can apply.
            IEnumerable<string> required = (_document.Security ?? new List<OpenApiSecurityRequirement>())
                .SelectMany(requirement => requirement.Keys)
                .Select(reference => reference.Reference?.Id)
                .Where(id => id is not null)!;
            foreach (string name in required.Concat(schemes.Keys))
            {
                if (!schemes.TryGetValue(name, out IOpenApiSecurityScheme? scheme) || scheme is null)
                {
                    continue;
                }

                string? description = Clean(scheme.Description);
                if (scheme.Type == SecuritySchemeType.ApiKey && !string.IsNullOrWhiteSpace(scheme.Name))
                {
                    CredentialLocation location = scheme.In switch
                    {
                        Microsoft.OpenApi.ParameterLocation.Query => CredentialLocation.Query,
                        Microsoft.OpenApi.ParameterLocation.Cookie => CredentialLocation.Cookie,
                        _ => CredentialLocation.Header,
                    };
                    return new SecuritySchemeModel(name, location, scheme.Name!.Trim(), null, description);
                }

                if (scheme.Type == SecuritySchemeType.Http && string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase))
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Basic", description);
                }

                if (scheme.Type == SecuritySchemeType.Http && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase))
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Bearer", description);
                }

                if (scheme.Type == SecuritySchemeType.OAuth2 && scheme.Flows?.ClientCredentials?.TokenUrl is { IsAbsoluteUri: true } tokenUrl
                    && (tokenUrl.Scheme == Uri.UriSchemeHttps || tokenUrl.Scheme == Uri.UriSchemeHttp))
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Bearer", description, tokenUrl.AbsoluteUri, RequiredScopes(name));
                }

                if (scheme.Type is SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect)
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Bearer", description);
                }
            }

            return null;
        }

        // The scopes the document-wide requirement names for this scheme, in order and without repeats.
        private EquatableArray<string> RequiredScopes(string schemeName)
        {
            var scopes = new List<string>();
            foreach (OpenApiSecurityRequirement requirement in _document.Security ?? new List<OpenApiSecurityRequirement>())
            {
                foreach (KeyValuePair<OpenApiSecuritySchemeReference, List<string>> entry in requirement)
                {
                    if (entry.Key.Reference?.Id == schemeName && entry.Value is not null)
                    {
                        scopes.AddRange(entry.Value.Where(scope => !string.IsNullOrWhiteSpace(scope)).Select(scope => scope.Trim()));
                    }
                }
            }

            return new EquatableArray<string>(scopes.Distinct(StringComparer.Ordinal).ToImmutableArray());
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();

        private sealed record PendingOperation(string Path, IOpenApiPathItem PathItem, string Method, OpenApiOperation Operation);

        private sealed class TagGroup
        {
            public TagGroup(string? tag, string? description)
            {
                Tag = tag;
                Description = description;
            }

            public string? Tag { get; }

            public string? Description { get; }

            public string PropertyName { get; set; } = string.Empty;

            public string? ClassName { get; set; }

            public string? InterfaceName { get; set; }

            public List<PendingOperation> Operations { get; } = new();
        }
    }
}
