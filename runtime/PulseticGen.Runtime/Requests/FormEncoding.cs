using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Flattens a JSON object into <c>application/x-www-form-urlencoded</c> pairs: scalars as <c>name=value</c>,
    /// nested objects as <c>name[key]=value</c> and arrays inside them as <c>name[0]=value</c> (the bracket convention
    /// of Stripe, Rails and PHP). A top-level array repeats its name (<c>tag=a&amp;tag=b</c>, OpenAPI's exploded form),
    /// unless the property is listed as deep-object or holds objects, in which case it is indexed too.
    /// </summary>
    internal static class FormEncoding
    {
        public static List<KeyValuePair<string, string>> Flatten(JsonElement root, IReadOnlyCollection<string> indexedArrays)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("A form body must be an object.", nameof(root));
            }

            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (property.Value.ValueKind == JsonValueKind.Array && !Contains(indexedArrays, property.Name) && AllScalars(property.Value))
                {
                    foreach (JsonElement item in property.Value.EnumerateArray())
                    {
                        Append(pairs, property.Name, item);
                    }
                }
                else
                {
                    Append(pairs, property.Name, property.Value);
                }
            }

            return pairs;
        }

        /// <summary>One named value, flattened; a top-level array repeats the name unless <paramref name="indexArrays"/> is set.</summary>
        public static List<KeyValuePair<string, string>> FlattenValue(string name, JsonElement value, bool indexArrays)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (value.ValueKind == JsonValueKind.Array && !indexArrays && AllScalars(value))
            {
                foreach (JsonElement item in value.EnumerateArray())
                {
                    Append(pairs, name, item);
                }
            }
            else
            {
                Append(pairs, name, value);
            }

            return pairs;
        }

        private static void Append(List<KeyValuePair<string, string>> pairs, string name, JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                case JsonValueKind.Undefined:
                    return;
                case JsonValueKind.Object:
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        Append(pairs, name + "[" + property.Name + "]", property.Value);
                    }

                    return;
                case JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Append(pairs, name + "[" + index++ + "]", item);
                    }

                    return;
                case JsonValueKind.String:
                    pairs.Add(new KeyValuePair<string, string>(name, value.GetString()!));
                    return;
                case JsonValueKind.True:
                    pairs.Add(new KeyValuePair<string, string>(name, "true"));
                    return;
                case JsonValueKind.False:
                    pairs.Add(new KeyValuePair<string, string>(name, "false"));
                    return;
                default:
                    pairs.Add(new KeyValuePair<string, string>(name, value.GetRawText()));
                    return;
            }
        }

        // Repeating a name only works for scalars: objects inside an array need their index (items[0][price]).
        private static bool AllScalars(JsonElement array)
        {
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Contains(IReadOnlyCollection<string> names, string name)
        {
            foreach (string candidate in names)
            {
                if (string.Equals(candidate, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
