using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.OpenApi.YamlReader;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Parsing;
using SharpYaml.Serialization;

namespace PulseticGen.Generator.Overlays
{
    /// <summary>
    /// Applies OpenAPI Overlay 1.0 documents to a spec before it is read: each action selects nodes with a JSONPath
    /// <c>target</c> and either merges <c>update</c> into them or, with <c>remove: true</c>, deletes them. Users fix a
    /// vendor's spec this way without forking it. Problems are reported in the overlay file, at the action.
    /// </summary>
    internal static class OverlayApplier
    {
        /// <summary>The spec as JSON text with every overlay applied, or null when an overlay cannot be applied.</summary>
        public static string? Apply(SpecInput input, List<DiagnosticInfo> diagnostics)
        {
            JsonNode? document = ToJson(input.Text, out string? problem);
            if (document is null)
            {
                // The spec itself is unreadable: the reader reports that, located, when it reads the original text.
                return null;
            }

            foreach (OverlayText overlay in input.Overlays)
            {
                var locator = new SpecLocator(overlay.Path, overlay.Text);
                JsonNode? root = ToJson(overlay.Text, out problem);
                if (root is not JsonObject overlayObject)
                {
                    diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.OverlayInvalid, locator.SyntaxError ?? locator.Document, overlay.Path, problem ?? "it is not a YAML or JSON object"));
                    return null;
                }

                if (overlayObject["overlay"] is null || overlayObject["actions"] is not JsonArray actions)
                {
                    diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.OverlayInvalid, locator.Document, overlay.Path, "an Overlay document has an 'overlay' version and an 'actions' list"));
                    return null;
                }

                for (int i = 0; i < actions.Count; i++)
                {
                    string pointer = "#/actions/" + i;
                    if (actions[i] is not JsonObject action || action["target"]?.GetValueKind() != System.Text.Json.JsonValueKind.String)
                    {
                        diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.OverlayInvalid, locator.Locate(pointer), overlay.Path, $"action {i + 1} has no 'target'"));
                        return null;
                    }

                    string target = action["target"]!.GetValue<string>();
                    JsonPath? path = JsonPath.TryParse(target, out string? error);
                    if (path is null)
                    {
                        diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.OverlayInvalid, locator.Locate(pointer + "/target"), overlay.Path, $"the target '{target}' is not a JSONPath this reader supports: {error}"));
                        return null;
                    }

                    List<JsonPath.Match> matches = path.Select(document);
                    if (matches.Count == 0)
                    {
                        diagnostics.Add(SpecReader.Diagnostic(DiagnosticDescriptors.OverlayTargetUnmatched, locator.Locate(pointer + "/target"), target, overlay.Path));
                        continue;
                    }

                    bool remove = action["remove"] is JsonValue flag && flag.TryGetValue(out bool removeValue) && removeValue;
                    if (remove)
                    {
                        // From the last match backwards, so array indexes stay valid while removing.
                        foreach (JsonPath.Match match in matches.OrderByDescending(m => m.Index))
                        {
                            Remove(match);
                        }
                    }
                    else if (action["update"] is { } update)
                    {
                        foreach (JsonPath.Match match in matches)
                        {
                            if (match.Parent is null)
                            {
                                document = Merge(document, update);
                            }
                            else
                            {
                                Replace(match, Merge(match.Node, update));
                            }
                        }
                    }
                }
            }

            return document.ToJsonString();
        }

        /// <summary>Overlay semantics: objects merge property by property, arrays get the update appended, anything else is replaced.</summary>
        private static JsonNode Merge(JsonNode? target, JsonNode update)
        {
            if (target is JsonObject targetObject && update is JsonObject updateObject)
            {
                foreach (KeyValuePair<string, JsonNode?> property in updateObject)
                {
                    JsonNode? value = property.Value?.DeepClone();
                    targetObject[property.Key] = targetObject[property.Key] is { } existing && value is not null ? Merge(existing.DeepClone(), value) : value;
                }

                return targetObject;
            }

            if (target is JsonArray targetArray)
            {
                if (update is JsonArray items)
                {
                    foreach (JsonNode? item in items)
                    {
                        targetArray.Add(item?.DeepClone());
                    }
                }
                else
                {
                    targetArray.Add(update.DeepClone());
                }

                return targetArray;
            }

            return update.DeepClone();
        }

        private static void Replace(JsonPath.Match match, JsonNode value)
        {
            if (ReferenceEquals(match.Node, value))
            {
                return;
            }

            if (match.Parent is JsonObject obj && match.Key is not null)
            {
                obj[match.Key] = value;
            }
            else if (match.Parent is JsonArray array && match.Index >= 0)
            {
                array[match.Index] = value;
            }
        }

        private static void Remove(JsonPath.Match match)
        {
            if (match.Parent is JsonObject obj && match.Key is not null)
            {
                obj.Remove(match.Key);
            }
            else if (match.Parent is JsonArray array && match.Index >= 0 && match.Index < array.Count)
            {
                array.RemoveAt(match.Index);
            }
        }

        internal static JsonNode? ToJson(string text, out string? problem)
        {
            problem = null;
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                return stream.Documents.Count == 0 ? null : stream.Documents[0].ToJsonNode();
            }
            catch (Exception exception)
            {
                problem = exception.Message.Replace("\n", " ").Trim();
                return null;
            }
        }
    }
}
