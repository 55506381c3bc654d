using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Net.Http;
using System.Threading;
using Microsoft.OpenApi;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

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

            var contextMembers = new NameScope(MemberNames.OfJsonContext.Concat(new[] { jsonContextName }), capacity: 4 * schemaCount);
            var schemas = new SchemaResolver(typeNames, contextMembers, _locator, _diagnostics.Add, ResolvePointer, _references);
            // Without trimming every component schema becomes a type, even one no operation uses (webhook payloads,
            // shared models). With it, types come only from what the kept operations reach.
            if (!_input.Options.TrimSchemas && !_input.Options.HasFilters)
            {
                schemas.RegisterComponents(_document.Components?.Schemas);
            }

            // The sub-client properties share the root client with its factories and its own (untagged) methods.
            var rootMembers = new NameScope(MemberNames.OfRootClient.Concat(new[] { clientName }));
            foreach (TagGroup group in tagGroups)
            {
                group.PropertyName = group.Tag is null ? string.Empty : rootMembers.Reserve(group.PropertyName);
                group.Members = group.Tag is null ? rootMembers : new NameScope(MemberNames.OfClient.Concat(new[] { group.ClassName! }), capacity: 6 + 3 * group.Operations.Count);
            }

            var endpointNames = new NameScope(MemberNames.OfEndpointCatalog.Concat(new[] { endpointsName }), capacity: 6 + 2 * (_document.Paths?.Count ?? 0));
            var operationIds = new HashSet<string>(StringComparer.Ordinal);
            var built = new List<(TagGroup Group, List<OperationModel> Operations)>();

            foreach (TagGroup group in tagGroups)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                List<OperationModel> operations = BuildOperations(group, schemas, endpointNames, operationIds);
                built.Add((group, operations));
            }

            schemas.BuildPending();

            var groups = new List<ClientGroupModel>();
            var paging = new PaginationDetector(schemas, _locator, _diagnostics);
            foreach ((TagGroup group, List<OperationModel> operations) in built)
            {
                List<OperationModel> withPaging = WithPagination(operations, paging, group.Members!);
                if (withPaging.Count == 0 && group.Tag is not null)
                {
                    continue;
                }

                EquatableArray<ErrorTableModel> errorTables = WithErrorTables(withPaging, group.Members!);
                groups.Add(new ClientGroupModel(
                    group.Tag,
                    group.Tag is null ? clientName : group.PropertyName,
                    group.Tag is null ? clientName : group.ClassName!,
                    group.Tag is null ? "I" + clientName : group.InterfaceName!,
                    group.Description,
                    withPaging.ToEquatableArray())
                {
                    ErrorTables = errorTables,
                });
            }

            if (groups.Sum(group => group.Operations.Count) == 0)
            {
                _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.SpecHasNoOperations, _locator.Locate("#/paths"), _input.Path));
            }

            // Groups in tag order; the root (untagged) group last, so the root client's own methods follow its sub-clients.
            groups = groups.OrderBy(group => group.IsRoot ? 1 : 0).ToList();

            var spec = new SpecModel(
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
            return JsonContextNames.Assign(spec, contextMembers);
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

        private void Skip(string operationId, string pointer, string reason) =>
            _diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.OperationSkipped, _locator.Locate(pointer), operationId, reason));

        /// <summary>
        /// Operations of one client that declare the same error responses share one table (for Pulsetic, every
        /// operation shares one of two); each operation gets its table's name.
        /// </summary>
        private static EquatableArray<ErrorTableModel> WithErrorTables(List<OperationModel> operations, NameScope members)
        {
            var tables = new List<ErrorTableModel>();
            var names = new Dictionary<EquatableArray<ErrorResponseModel>, string>();
            for (int i = 0; i < operations.Count; i++)
            {
                EquatableArray<ErrorResponseModel> errors = operations[i].Errors;
                if (errors.IsEmpty)
                {
                    continue;
                }

                if (!names.TryGetValue(errors, out string? name))
                {
                    name = members.Reserve(MemberNames.ErrorTable(tables.Count + 1));
                    names[errors] = name;
                    tables.Add(new ErrorTableModel(name, errors));
                }

                operations[i] = operations[i] with { ErrorTableName = name };
            }

            return tables.ToEquatableArray();
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

            /// <summary>The names taken in the client class: methods, error tables and, on the root client, sub-client properties.</summary>
            public NameScope? Members { get; set; }

            public List<PendingOperation> Operations { get; } = new();
        }
    }
}
