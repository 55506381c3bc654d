using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SharpYaml;
using SharpYaml.Serialization;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>
/// A spec as a <see cref="JsonNode"/> tree, so mutations can work on structure (delete a key, swap a type) and the
/// result can be written back as JSON or as block YAML. Mutations that a tree cannot hold (duplicate keys, broken
/// syntax) are done on the written text instead (<see cref="TextMutations"/>).
/// </summary>
internal static partial class SpecTree
{
    private static readonly JsonSerializerOptions s_compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 8192 };
    private static readonly JsonSerializerOptions s_indented = new(s_compact) { WriteIndented = true };
    private static readonly JsonDocumentOptions s_read = new() { MaxDepth = 8192 };

    public static JsonNode? Load(string text)
    {
        string trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (trimmed.StartsWith('{'))
        {
            return JsonNode.Parse(trimmed, documentOptions: s_read);
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : FromYaml(stream.Documents[0].RootNode);
    }

    public static string ToJson(JsonNode? root, bool indented) =>
        root is null ? "null" : root.ToJsonString(indented ? s_indented : s_compact);

    /// <summary>Block-style YAML with <paramref name="indentStep"/> spaces per level (YAML allows any positive step).</summary>
    public static string ToYaml(JsonNode? root, int indentStep = 2)
    {
        var yaml = new StringBuilder();
        switch (root)
        {
            case JsonObject { Count: > 0 } mapping:
                WriteMapping(yaml, mapping, 0, indentStep);
                break;
            case JsonArray { Count: > 0 } sequence:
                WriteSequence(yaml, sequence, 0, indentStep);
                break;
            default:
                yaml.Append(Scalar(root)).Append('\n');
                break;
        }

        return yaml.ToString();
    }

    private static JsonNode? FromYaml(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var entry in mapping.Children)
                {
                    string key = entry.Key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : entry.Key.ToString() ?? string.Empty;
                    obj[key] = FromYaml(entry.Value);
                }

                return obj;
            case YamlSequenceNode sequence:
                return new JsonArray(sequence.Children.Select(FromYaml).ToArray());
            case YamlScalarNode scalar:
                return FromYamlScalar(scalar);
            default:
                return JsonValue.Create(node.ToString());
        }
    }

    // YAML 1.2's core schema for plain scalars; quoted scalars are always strings.
    private static JsonNode? FromYamlScalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? string.Empty;
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any))
        {
            return JsonValue.Create(value);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        return JsonNumber().IsMatch(value) ? JsonNode.Parse(value) : JsonValue.Create(value);
    }

    private static void WriteMapping(StringBuilder yaml, JsonObject mapping, int indent, int step)
    {
        foreach (var (key, value) in mapping)
        {
            yaml.Append(' ', indent).Append(Text(key)).Append(':');
            WriteValue(yaml, value, indent, step);
        }
    }

    private static void WriteSequence(StringBuilder yaml, JsonArray sequence, int indent, int step)
    {
        foreach (JsonNode? item in sequence)
        {
            yaml.Append(' ', indent).Append('-');
            WriteValue(yaml, item, indent, step);
        }
    }

    // After "key:" or "-": a non-empty collection goes on the following lines, one step deeper; anything else stays on the line.
    private static void WriteValue(StringBuilder yaml, JsonNode? value, int indent, int step)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } mapping:
                yaml.Append('\n');
                WriteMapping(yaml, mapping, indent + step, step);
                break;
            case JsonArray { Count: > 0 } sequence:
                yaml.Append('\n');
                WriteSequence(yaml, sequence, indent + step, step);
                break;
            default:
                yaml.Append(' ').Append(Scalar(value)).Append('\n');
                break;
        }
    }

    private static string Scalar(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "{}",
        JsonArray => "[]",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => Text(v.GetValue<string>()),
        _ => value.ToJsonString(s_compact),
    };

    /// <summary>A string as a plain scalar when YAML would read it back unchanged as a string, else double-quoted.</summary>
    private static string Text(string value)
    {
        if (PlainSafe().IsMatch(value) && !Reserved().IsMatch(value))
        {
            return value;
        }

        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\r':
                    quoted.Append("\\r");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff':
                    quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    quoted.Append(c);
                    break;
            }
        }

        return quoted.Append('"').ToString();
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex JsonNumber();

    [GeneratedRegex(@"^[A-Za-z_/$][A-Za-z0-9_./{}$()-]*$")]
    private static partial Regex PlainSafe();

    [GeneratedRegex(@"^(true|false|null|yes|no|on|off|y|n)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reserved();
}
