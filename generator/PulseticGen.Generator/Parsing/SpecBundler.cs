using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// Joins a spec split over several files into one document before it is read, from the texts the build handed in
    /// (the root and its parts): the generator never opens a file. A <c>$ref</c> to a schema in another file becomes a
    /// component of the root (<c>./schemas/user.yaml#/User</c> → <c>#/components/schemas/User</c>), so it keeps its
    /// name, is generated once however often it is used, and may be recursive; anything else (a path item, a
    /// parameter, a response) is copied in where it is referenced.
    /// </summary>
    /// <remarks>
    /// A reference that names a file that is not a part, or a pointer that file does not have, is reported at the
    /// <c>$ref</c> in the file that holds it, and the spec is not generated (a client missing half its types would be
    /// worse than none).
    /// </remarks>
    internal sealed class SpecBundler
    {
        // Keys whose value is one schema, a list of schemas, or a map of schemas (JSON Schema and OpenAPI alike).
        private static readonly HashSet<string> s_schemaKeys = new(StringComparer.Ordinal)
        {
            "schema", "items", "additionalProperties", "not", "if", "then", "else", "contains", "propertyNames",
            "additionalItems", "unevaluatedItems", "unevaluatedProperties",
        };

        private static readonly HashSet<string> s_schemaListKeys = new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "prefixItems" };

        private static readonly HashSet<string> s_schemaMapKeys = new(StringComparer.Ordinal)
        {
            "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
        };


        // Schemas copied while copying another, before the rest wait for the end of the walk.
        private const int MaxNestedCopies = 16;

        private enum Context
        {
            None,
            Schema,
            SchemaList,
            SchemaMap,
        }

        private readonly SpecInput _input;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly HashSet<DiagnosticInfo> _reported = new();
        private readonly string _rootPath;
        private readonly Dictionary<string, SpecPart> _parts = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, JsonNode?> _documents = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, SpecLocator> _locators = new(StringComparer.OrdinalIgnoreCase);

        // Target ("file#pointer") → the component name it has in the root, and whether it has been copied there yet.
        private readonly Dictionary<string, string> _schemaNames = new(StringComparer.Ordinal);
        private readonly HashSet<string> _copied = new(StringComparer.Ordinal);
        private readonly HashSet<string> _inlining = new(StringComparer.Ordinal);
        private readonly Queue<(Located Target, string Name)> _pending = new();
        private readonly HashSet<JsonObject> _copies = new(SameNode.Instance);
        private int _depth;

        private JsonObject _schemas = new();
        private string _schemaPrefix = "#/components/schemas/";

        private SpecBundler(SpecInput input, List<DiagnosticInfo> diagnostics)
        {
            _input = input;
            _diagnostics = diagnostics;
            _rootPath = ExternalReferences.Normalize(input.Path);
            foreach (SpecPart part in input.Parts)
            {
                _parts[ExternalReferences.Normalize(part.Path)] = part;
            }
        }

        /// <summary>
        /// The spec as one JSON document, or null when it cannot be joined (reported) or needs no joining (the root text
        /// is unreadable, which the reader then reports itself).
        /// </summary>
        public static string? Bundle(SpecInput input, List<DiagnosticInfo> diagnostics) =>
            new SpecBundler(input, diagnostics).Run();

        private string? Run()
        {
            if (DocumentTree.Read(_input.Text, out _) is not JsonObject root)
            {
                return null;
            }

            int before = _diagnostics.Count;
            _documents[_rootPath] = root;
            bool swagger = root["swagger"] is not null;
            _schemaPrefix = swagger ? "#/definitions/" : "#/components/schemas/";
            JsonObject container = swagger ? root : Child(root, "components");
            _schemas = Child(container, swagger ? "definitions" : "schemas");

            // A component that is itself a reference to another file ("User: {$ref: ./user.yaml#/User}") takes the target's
            // place under its own name, so every other reference to that target is a reference to it.
            foreach (KeyValuePair<string, JsonNode?> entry in _schemas.ToList())
            {
                if (entry.Value is JsonObject component && RefOf(component) is { } reference && !reference.StartsWith("#", StringComparison.Ordinal)
                    && Target(_rootPath, reference, null) is { } target && !_schemaNames.ContainsKey(target.Key))
                {
                    _schemaNames[target.Key] = entry.Key;
                }
            }

            Visit(root, _rootPath, string.Empty, Context.None);
            while (_pending.Count > 0)
            {
                (Located target, string name) = _pending.Dequeue();
                Copy(target, name);
            }

            // A section left empty is dropped; one that is not an object stays, for the reader to report.
            string schemasKey = swagger ? "definitions" : "schemas";
            if (_schemas.Count == 0 && ReferenceEquals(container[schemasKey], _schemas))
            {
                container.Remove(schemasKey);
            }

            if (!swagger && container.Count == 0 && ReferenceEquals(root["components"], container))
            {
                root.Remove("components");
            }

            return _diagnostics.Skip(before).Any(d => d.Id == DiagnosticDescriptors.ReferencedFileMissing.Id || d.Id == DiagnosticDescriptors.SpecTooLarge.Id) ? null : root.ToJsonString();
        }

        /// <summary>Resolves the references in <paramref name="node"/> (from <paramref name="file"/>); returns what takes its place.</summary>
        private JsonNode? Visit(JsonNode? node, string file, string pointer, Context context)
        {
            if (node is JsonArray array)
            {
                for (int i = 0; i < array.Count; i++)
                {
                    JsonNode? item = array[i];
                    JsonNode? replaced = Visit(item, file, pointer + "/" + i, context == Context.SchemaList ? Context.Schema : Context.None);
                    if (!ReferenceEquals(item, replaced))
                    {
                        array[i] = replaced;
                    }
                }

                return array;
            }

            if (node is not JsonObject obj || _copies.Contains(obj))
            {
                return node;
            }

            if (context != Context.SchemaMap && RefOf(obj) is { } reference)
            {
                return Reference(obj, reference, file, pointer, context);
            }

            foreach (KeyValuePair<string, JsonNode?> property in obj.ToList())
            {
                if (context != Context.SchemaMap && IsData(property.Key, context))
                {
                    continue;
                }

                string childPointer = pointer + "/" + JsonPointer.Escape(property.Key);
                if (property.Key == "discriminator" && property.Value is JsonObject discriminator && discriminator["mapping"] is JsonObject mapping)
                {
                    Mapping(mapping, file, childPointer + "/mapping");
                    continue;
                }

                Context childContext = context == Context.SchemaMap ? Context.Schema
                    : s_schemaKeys.Contains(property.Key) ? Context.Schema
                    : s_schemaListKeys.Contains(property.Key) ? Context.SchemaList
                    : s_schemaMapKeys.Contains(property.Key) || (property.Key == "schemas" && pointer == "/components") ? Context.SchemaMap
                    : Context.None;
                JsonNode? replaced = Visit(property.Value, file, childPointer, childContext);
                if (!ReferenceEquals(property.Value, replaced))
                {
                    obj[property.Key] = replaced;
                }
            }

            return obj;
        }

        private JsonNode? Reference(JsonObject obj, string reference, string file, string pointer, Context context)
        {
            bool inRoot = string.Equals(file, _rootPath, StringComparison.OrdinalIgnoreCase);
            if (inRoot && reference.StartsWith("#", StringComparison.Ordinal))
            {
                return obj;
            }

            if (Target(file, reference, pointer) is not { } target)
            {
                return obj;
            }

            if (string.Equals(target.File, _rootPath, StringComparison.OrdinalIgnoreCase))
            {
                obj["$ref"] = "#" + target.Pointer;
                return obj;
            }

            if (context == Context.Schema)
            {
                string name = SchemaName(target);
                if (inRoot && pointer == "/" + (_schemaPrefix == "#/definitions/" ? "definitions/" : "components/schemas/") + JsonPointer.Escape(name))
                {
                    // This component was the reference: it holds the target itself now, or will after the walk. Handed
                    // back detached, for the caller to put in the same place.
                    JsonNode? content = _schemas[name];
                    _schemas[name] = null;
                    return content;
                }

                obj["$ref"] = _schemaPrefix + JsonPointer.Escape(name);
                return obj;
            }

            if (!_inlining.Add(target.Key))
            {
                Report(DiagnosticDescriptors.CircularReference, file, pointer + "/$ref", $"'{reference}' in {file}", target.Key, "read as an empty object");
                return new JsonObject();
            }

            JsonNode? copy = Visit(target.Node.DeepClone(), target.File, target.Pointer, Context.None);
            _inlining.Remove(target.Key);
            return copy;
        }

        /// <summary>The root component a schema in another file becomes, copying it there on first use.</summary>
        private string SchemaName(Located target)
        {
            if (!_schemaNames.TryGetValue(target.Key, out string? name))
            {
                string wanted = Wanted(target);
                name = wanted;
                for (int n = 2; _schemas.ContainsKey(name) || _schemaNames.ContainsValue(name); n++)
                {
                    name = wanted + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                _schemaNames[target.Key] = name;
            }

            if (_copied.Add(target.Key))
            {
                // The placeholder keeps the component's place in order, and a schema that refers back to itself meets its
                // own name. Copied now, so components come in reading order; past a few levels, after the walk, so that a
                // chain of schemas across files does not recurse once per link.
                _schemas[name] = null;
                if (_depth >= MaxNestedCopies)
                {
                    _pending.Enqueue((target, name));
                }
                else
                {
                    _depth++;
                    Copy(target, name);
                    _depth--;
                }
            }

            return name;
        }

        private void Copy(Located target, string name)
        {
            JsonNode? copy = Visit(target.Node.DeepClone(), target.File, target.Pointer, Context.Schema);
            _schemas[name] = copy;

            // Its references were resolved from its own file: when the walk of the root reaches it there, it is skipped.
            if (copy is JsonObject copied)
            {
                _copies.Add(copied);
            }
        }

        // "./schemas/user.yaml#/User" → User; "./schemas/pet.yaml" → pet (the name service makes it Pet).
        private static string Wanted(Located target)
        {
            if (target.Pointer.Length > 0)
            {
                string last = target.Pointer.Substring(target.Pointer.LastIndexOf('/') + 1);
                return JsonPointer.Unescape(last);
            }

            string fileName = target.File.Substring(target.File.LastIndexOf('/') + 1);
            int dot = fileName.IndexOf('.');
            return dot > 0 ? fileName.Substring(0, dot) : fileName;
        }

        private void Mapping(JsonObject mapping, string file, string pointer)
        {
            foreach (KeyValuePair<string, JsonNode?> entry in mapping.ToList())
            {
                if (entry.Value is JsonValue value && value.TryGetValue(out string? reference) && (reference.IndexOf('/') >= 0 || reference.IndexOf('#') >= 0)
                    && Reference(new JsonObject { ["$ref"] = reference }, reference, file, pointer + "/" + JsonPointer.Escape(entry.Key), Context.Schema) is JsonObject resolved)
                {
                    mapping[entry.Key] = resolved["$ref"]?.GetValue<string>() ?? reference;
                }
            }
        }

        /// <summary>The node a reference names, or null (reported at <paramref name="pointer"/>/$ref, unless null).</summary>
        private Located? Target(string file, string reference, string? pointer)
        {
            string filePart = ExternalReferences.FilePart(reference);
            string fragment = ExternalReferences.Fragment(reference);
            if (ExternalReferences.IsRemote(filePart))
            {
                // Never fetched: left as written, for the reader to report unresolved (PGEN008) as it does in one file.
                return null;
            }

            string targetFile = filePart.Length == 0 ? file : ExternalReferences.Combine(file, filePart);
            if (!_documents.TryGetValue(targetFile, out JsonNode? document))
            {
                if (!_parts.TryGetValue(targetFile, out SpecPart? part))
                {
                    return Missing(file, pointer, reference, $"the file '{targetFile}' is not one of the spec's parts (add it as an OpenApiSpecPart item, or check the path)");
                }

                int depth = SpecLimits.MeasureDepth(part.Text);
                if (depth > _input.Options.MaxDepth || part.Text.Length > _input.Options.MaxSpecSize)
                {
                    // The same limits as the root's, for the same reason: the YAML reader recurses per level.
                    _documents[targetFile] = null;
                    Add(DiagnosticDescriptors.SpecTooLarge, Locator(targetFile).Document, targetFile, depth > _input.Options.MaxDepth
                        ? $"it nests {depth} levels deep, over the limit of {_input.Options.MaxDepth}"
                        : $"it has {part.Text.Length:N0} characters, over the limit of {_input.Options.MaxSpecSize:N0}", depth > _input.Options.MaxDepth ? "MaxDepth" : "MaxSpecSize");
                    return null;
                }

                document = DocumentTree.Read(part.Text, out string? problem);
                _documents[targetFile] = document;
                if (document is null)
                {
                    SpecLocator partLocator = Locator(targetFile);
                    Add(DiagnosticDescriptors.ReferencedFileMissing, partLocator.SyntaxError ?? partLocator.Document, reference, $"'{targetFile}' is not valid YAML or JSON: {problem}");
                    return null;
                }
            }

            if (document is null)
            {
                return null;
            }

            JsonNode? node = document;
            foreach (string segment in fragment.Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string key = JsonPointer.Unescape(segment);
                node = node switch
                {
                    JsonObject obj => obj.TryGetPropertyValue(key, out JsonNode? child) ? child : null,
                    JsonArray array when int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int i) && i < array.Count => array[i],
                    _ => null,
                };
                if (node is null)
                {
                    return Missing(file, pointer, reference, $"'{targetFile}' has nothing at '#{fragment}'");
                }
            }

            string normalizedFragment = fragment.Length == 0 || fragment.StartsWith("/", StringComparison.Ordinal) ? fragment : "/" + fragment;
            return new Located(targetFile, normalizedFragment.TrimEnd('/'), node!);
        }

        private Located? Missing(string file, string? pointer, string reference, string reason)
        {
            if (pointer is not null)
            {
                Report(DiagnosticDescriptors.ReferencedFileMissing, file, pointer + "/$ref", reference, reason);
            }

            return null;
        }

        private void Report(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string file, string pointer, params string[] arguments) =>
            Add(descriptor, Locator(file).Locate("#" + pointer), arguments);

        private void Add(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecLocation location, params string[] arguments)
        {
            DiagnosticInfo diagnostic = SpecReader.Diagnostic(descriptor, location, arguments);
            if (_reported.Add(diagnostic))
            {
                _diagnostics.Add(diagnostic);
            }
        }

        private SpecLocator Locator(string file)
        {
            if (!_locators.TryGetValue(file, out SpecLocator? locator))
            {
                locator = string.Equals(file, _rootPath, StringComparison.OrdinalIgnoreCase) ? new SpecLocator(_input.Path, _input.Text)
                    : _parts.TryGetValue(file, out SpecPart? part) ? new SpecLocator(part.Path, part.Text)
                    : new SpecLocator(file, string.Empty);
                _locators[file] = locator;
            }

            return locator;
        }

        // Values that are data, not description: a "$ref" key inside an example is part of the example. ("default" is
        // data in a schema but the catch-all response in a Responses object.)
        private static bool IsData(string key, Context context) =>
            key is "example" or "enum" or "const"
            || key.StartsWith("x-", StringComparison.Ordinal)
            || (context == Context.Schema && key is "default" or "examples")
            || (context == Context.None && key == "value");

        private static string? RefOf(JsonObject obj) =>
            obj.TryGetPropertyValue("$ref", out JsonNode? value) && value is JsonValue scalar && scalar.TryGetValue(out string? reference) ? reference : null;

        private static JsonObject Child(JsonObject parent, string key)
        {
            switch (parent[key])
            {
                case JsonObject existing:
                    return existing;
                case null:
                    var created = new JsonObject();
                    parent[key] = created;
                    return created;
                default:
                    // Not an object: the reader reports that in the spec as written, so it is left as it is.
                    return new JsonObject();
            }
        }

        private sealed class SameNode : IEqualityComparer<JsonObject>
        {
            public static readonly SameNode Instance = new();

            public bool Equals(JsonObject? x, JsonObject? y) => ReferenceEquals(x, y);

            public int GetHashCode(JsonObject obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        private sealed record Located(string File, string Pointer, JsonNode Node)
        {
            public string Key => File + "#" + Pointer;
        }
    }
}
