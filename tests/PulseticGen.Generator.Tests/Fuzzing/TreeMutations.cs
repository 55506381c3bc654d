using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>
/// Mutations of a spec's structure: each picks places with the case's <see cref="Random"/>, changes the tree in place
/// (or returns a new root) and describes what it did, so a failing case can be understood from its recipe alone.
/// </summary>
internal static class TreeMutations
{
    private delegate string Mutation(Random random, ref JsonNode? root);

    /// <summary>The mutations with their weights: the ones that reach deeper into the generator are drawn more often.</summary>
    private static readonly (string Name, int Weight, Mutation Apply)[] s_mutations =
    {
        ("delete-key", 4, DeleteKey),
        ("wrong-type", 4, WrongType),
        ("swap-subtree", 3, SwapSubtree),
        ("ref-trouble", 3, RefTrouble),
        ("weird-name", 3, WeirdName),
        ("empty-container", 1, EmptyContainer),
        ("deep-nesting", 1, DeepNesting),
        ("huge-string", 1, HugeString),
        ("unknown-version", 1, UnknownVersion),
        ("duplicate-operation-id", 1, DuplicateOperationId),
        ("extreme-value", 1, ExtremeValue),
        ("ref-chain", 1, RefChain),
        ("line-break-injection", 2, LineBreakInjection),
    };

    public static IEnumerable<string> Names => s_mutations.Select(m => m.Name);

    public static string ApplyRandom(Random random, ref JsonNode? root)
    {
        int pick = random.Next(s_mutations.Sum(m => m.Weight));
        foreach ((string name, int weight, Mutation apply) in s_mutations)
        {
            if (pick < weight)
            {
                return name + " " + apply(random, ref root);
            }

            pick -= weight;
        }

        throw new InvalidOperationException("unreachable");
    }

    public static string Apply(string name, Random random, ref JsonNode? root) =>
        name + " " + s_mutations.Single(m => m.Name == name).Apply(random, ref root);

    private static string DeleteKey(Random random, ref JsonNode? root)
    {
        // Half the time a key the generator depends on, the rest any key at all.
        string[] important = { "openapi", "swagger", "info", "title", "paths", "components", "definitions", "schemas", "responses", "schema", "type", "items", "properties", "$ref", "parameters", "name", "in", "content", "requestBody", "operationId", "required", "securitySchemes", "servers", "allOf", "oneOf", "discriminator", "enum" };
        List<Slot> slots = Slots(root).Where(s => s.Key is not null).ToList();
        List<Slot> preferred = slots.Where(s => important.Contains(s.Key)).ToList();
        List<Slot> from = preferred.Count > 0 && random.Next(2) == 0 ? preferred : slots;
        if (from.Count == 0)
        {
            return "(no key)";
        }

        Slot slot = from[random.Next(from.Count)];
        slot.Remove();
        return slot.Path;
    }

    private static string WrongType(Random random, ref JsonNode? root)
    {
        List<Slot> slots = Slots(root).ToList();
        if (slots.Count == 0)
        {
            root = JsonValue.Create("not a mapping");
            return "root";
        }

        Slot slot = slots[random.Next(slots.Count)];
        JsonNode? current = slot.Get();
        JsonNode? replacement = current switch
        {
            // A mapping where a scalar is expected and the other way round; lists become mappings and back.
            JsonObject => random.Next(4) switch { 0 => JsonValue.Create("a string"), 1 => JsonValue.Create(42), 2 => new JsonArray(JsonValue.Create("x")), _ => null },
            JsonArray => random.Next(3) switch { 0 => new JsonObject { ["0"] = "x" }, 1 => JsonValue.Create("x,y"), _ => JsonValue.Create(true) },
            JsonValue value when value.GetValueKind() == JsonValueKind.String => random.Next(3) switch { 0 => new JsonObject { ["value"] = value.DeepClone() }, 1 => new JsonArray(value.DeepClone()), _ => JsonValue.Create(3.5) },
            _ => random.Next(3) switch { 0 => new JsonObject(), 1 => JsonValue.Create("7"), _ => new JsonArray() },
        };
        slot.Set(replacement);
        return slot.Path;
    }

    private static string SwapSubtree(Random random, ref JsonNode? root)
    {
        List<Slot> slots = Slots(root).ToList();
        if (slots.Count < 2)
        {
            return "(too small)";
        }

        Slot target = slots[random.Next(slots.Count)];
        Slot source = slots[random.Next(slots.Count)];
        JsonNode? copy = source.Get()?.DeepClone();
        target.Set(copy);
        return source.Path + " -> " + target.Path;
    }

    private static string EmptyContainer(Random random, ref JsonNode? root)
    {
        List<Slot> slots = Slots(root).Where(s => s.Get() is JsonObject or JsonArray).ToList();
        if (slots.Count == 0)
        {
            return "(none)";
        }

        Slot slot = slots[random.Next(slots.Count)];
        slot.Set(slot.Get() is JsonObject ? new JsonObject() : new JsonArray());
        return slot.Path;
    }

    private static string RefTrouble(Random random, ref JsonNode? root)
    {
        if (root is not JsonObject document)
        {
            return "(root is not a mapping)";
        }

        bool swagger = document.ContainsKey("swagger");
        string prefix = swagger ? "#/definitions/" : "#/components/schemas/";
        JsonObject schemas = swagger ? Child(document, "definitions") : Child(Child(document, "components"), "schemas");
        string a = "Fz" + random.Next(1000), b = a + "b";

        string kind;
        switch (random.Next(9))
        {
            case 0:
                schemas[a] = Ref(prefix + b);
                schemas[b] = Ref(prefix + a);
                kind = "loop A->B->A";
                break;
            case 1:
                schemas[a] = Ref(prefix + a);
                kind = "self";
                break;
            case 2:
                schemas[a] = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["x"] = Ref(prefix + b) } };
                schemas[b] = Ref(prefix + a + "/properties/x");
                kind = "into own property";
                break;
            case 3:
                schemas[a] = new JsonObject { ["type"] = "array", ["items"] = Ref(prefix + a) };
                kind = "array of itself";
                break;
            case 4:
                schemas[a] = new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + b)), ["properties"] = new JsonObject { ["p"] = new JsonObject { ["type"] = "string" } } };
                schemas[b] = new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + a)) };
                kind = "allOf loop";
                break;
            case 5:
                schemas[a] = new JsonObject { ["oneOf"] = new JsonArray(Ref(prefix + a), Ref(prefix + b)) };
                schemas[b] = new JsonObject { ["anyOf"] = new JsonArray(Ref(prefix + a), new JsonObject { ["type"] = "null" }) };
                kind = "oneOf/anyOf loop";
                break;
            case 6:
                schemas[a] = Ref(Pick(random, "#/paths", "#", "", "#/", "#/components", "http://example.com/x.yaml#/A", "other.yaml#/A", "#/components/schemas/%zz", "#/components/schemas/a~2b", "#/info/title", prefix + "Missing" + random.Next(99)));
                kind = "odd target " + schemas[a]!["$ref"];
                break;
            case 7:
                // A reference that is not a string, or a mapping with $ref and siblings.
                schemas[a] = new JsonObject { ["$ref"] = random.Next(2) == 0 ? new JsonObject { ["$ref"] = prefix + a } : JsonValue.Create(5) };
                kind = "non-string $ref";
                break;
            default:
                schemas[a] = new JsonObject { ["$ref"] = prefix + b, ["type"] = "object", ["properties"] = new JsonObject { ["y"] = Ref(prefix + a) } };
                schemas[b] = new JsonObject { ["additionalProperties"] = Ref(prefix + a) };
                kind = "ref with siblings";
                break;
        }

        // Make the generator reach it: point a random existing schema or $ref at the new one.
        List<Slot> uses = Slots(root).Where(s => s.Key is "schema" or "items" or "$ref" || s.Parent is JsonObject p && p.Parent is JsonObject && s.Parent.GetPropertyName() == "properties").ToList();
        if (uses.Count > 0)
        {
            Slot use = uses[random.Next(uses.Count)];
            use.Set(use.Key == "$ref" ? JsonValue.Create(prefix + a) : Ref(prefix + a));
            return kind + ", used at " + use.Path;
        }

        return kind;
    }

    /// <summary>A chain of alias schemas (each a list of the next): short here, because the cost grows with the square of the length (see <see cref="FuzzFindingsTests"/>).</summary>
    private static string RefChain(Random random, ref JsonNode? root)
    {
        if (root is not JsonObject document)
        {
            return "(root is not a mapping)";
        }

        bool swagger = document.ContainsKey("swagger");
        string prefix = swagger ? "#/definitions/" : "#/components/schemas/";
        JsonObject schemas = swagger ? Child(document, "definitions") : Child(Child(document, "components"), "schemas");
        int length = random.Next(2, 60);
        for (int i = 0; i < length; i++)
        {
            schemas["Chain" + i] = random.Next(3) switch
            {
                0 => new JsonObject { ["type"] = "array", ["items"] = Ref(prefix + "Chain" + (i + 1)) },
                1 => new JsonObject { ["allOf"] = new JsonArray(Ref(prefix + "Chain" + (i + 1))) },
                _ => new JsonObject { ["type"] = "object", ["additionalProperties"] = Ref(prefix + "Chain" + (i + 1)) },
            };
        }

        schemas["Chain" + length] = random.Next(2) == 0 ? new JsonObject { ["type"] = "string" } : Ref(prefix + "Chain0");
        return length + " links" + (schemas["Chain" + length]!["$ref"] is null ? string.Empty : ", closed into a loop");
    }

    private static string DeepNesting(Random random, ref JsonNode? root)
    {
        // Both sides of the readers' 64 levels and of PGEN013's 256; every wrapper below adds two levels.
        int levels = Pick(random, 5, 20, 31, 32, 33, 60, 127, 128, 129, 200, 1000);
        List<Slot> slots = Slots(root).ToList();
        if (slots.Count == 0)
        {
            return "(empty)";
        }

        Slot slot = slots[random.Next(slots.Count)];
        JsonNode? inner = slot.Get()?.DeepClone() ?? new JsonObject { ["type"] = "string" };
        int shape = random.Next(3);
        for (int i = 0; i < levels; i++)
        {
            inner = shape switch
            {
                0 => new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["n" + i] = inner } },
                1 => new JsonObject { ["type"] = "array", ["items"] = inner },
                _ => new JsonArray(new JsonArray(inner)),
            };
        }

        slot.Set(inner);
        return $"{levels}x{(shape == 0 ? "properties" : shape == 1 ? "items" : "[[") } at {slot.Path}";
    }

    private static string HugeString(Random random, ref JsonNode? root)
    {
        int length = Pick(random, 10_000, 100_000, 1_000_000);
        string huge = Filler(random, length);
        List<Slot> slots = Slots(root).ToList();
        if (slots.Count == 0)
        {
            root = JsonValue.Create(huge);
            return "root";
        }

        Slot slot = slots[random.Next(slots.Count)];
        if (random.Next(3) == 0 && slot.Parent is JsonObject parent && slot.Key is not null)
        {
            // A huge key: schema, property and operation names flow into identifiers and hint names.
            JsonNode? value = slot.Get()?.DeepClone();
            parent.Remove(slot.Key);
            parent[huge.Length > 20_000 ? huge.Substring(0, 20_000) : huge] = value;
            return $"key of {Math.Min(length, 20_000)} chars at {slot.Path}";
        }

        slot.Set(JsonValue.Create(huge));
        return $"{length} chars at {slot.Path}";
    }

    private static string UnknownVersion(Random random, ref JsonNode? root)
    {
        if (root is not JsonObject document)
        {
            return "(root is not a mapping)";
        }

        string key = document.ContainsKey("swagger") ? "swagger" : "openapi";
        JsonNode? version = random.Next(10) switch
        {
            0 => JsonValue.Create(3.1),
            1 => null,
            2 => JsonValue.Create(true),
            3 => new JsonObject { ["major"] = 3 },
            _ => JsonValue.Create(Pick(random, "4.0.0", "3.2.0", "3.1.1", "3.0.99", "2.1", "1.2", "3", "", "v3", "3.0.0-rc0", " 3.0.3", "3.0.3\n", "2.0.0")),
        };
        if (random.Next(6) == 0)
        {
            document.Remove(key);
            return "removed " + key;
        }

        if (random.Next(6) == 0)
        {
            document[key == "swagger" ? "openapi" : "swagger"] = key == "swagger" ? "3.0.3" : "2.0";
            return "both openapi and swagger";
        }

        document[key] = version;
        return key + " = " + (version?.ToJsonString() ?? "null");
    }

    private static string WeirdName(Random random, ref JsonNode? root)
    {
        string[] names =
        {
            "class", "namespace", "event", "params", "value", "Value", "__", "_", "123abc", "1", "a-b", "a b", "a.b", "a/b", "a~b", "日本語", "Ünïcødé",
            "😀", "", " ", "System", "global", "Task", "JsonElement", "ApiException", "PulseticClient", "Client", "Models", "Equals", "GetHashCode",
            "@class", "<T>", "a\tb", "a\"b", "a\\b", "a'b", "{id}", "$ref", "Object", "string", "Nullable", "IsKnown", "ToString", "x-y-z", "MONITOR", "monitor",
        };
        List<Slot> slots = Slots(root)
            .Where(s => s.Key is not null && s.Parent is JsonObject p && p.Parent is JsonObject && p.GetPropertyName() is "schemas" or "definitions" or "properties" or "paths" or "securitySchemes" or "parameters" or "responses")
            .ToList();
        string name = Pick(random, names) + (random.Next(4) == 0 ? Pick(random, names) : string.Empty);
        if (random.Next(3) == 0)
        {
            // An operationId or a parameter name.
            List<Slot> ids = Slots(root).Where(s => s.Key is "operationId" || s.Key == "name" && s.Parent is JsonObject p && p.ContainsKey("in")).ToList();
            if (ids.Count > 0)
            {
                Slot id = ids[random.Next(ids.Count)];
                id.Set(JsonValue.Create(name));
                return $"'{name}' at {id.Path}";
            }
        }

        if (slots.Count == 0)
        {
            return "(nothing to rename)";
        }

        Slot slot = slots[random.Next(slots.Count)];
        var parent = (JsonObject)slot.Parent!;
        if (parent.ContainsKey(name))
        {
            return $"(name '{name}' already taken)";
        }

        JsonNode? value = slot.Get()?.DeepClone();
        parent.Remove(slot.Key!);
        parent[name] = value;
        return $"'{slot.Key}' -> '{name}' under {PathOf(parent)}";
    }

    /// <summary>
    /// A string or a key that ends its line in C# (\n, \r, U+0085, U+2028, U+2029) and continues as a member declaration:
    /// if it reaches a comment or a literal unescaped, the compiled client has a member named Injected.
    /// </summary>
    private static string LineBreakInjection(Random random, ref JsonNode? root)
    {
        string payload = "x" + Pick(random, "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029") + FuzzFindingsTests.InjectedMember;
        List<Slot> strings = Slots(root).Where(s => s.Get() is JsonValue v && v.GetValueKind() == JsonValueKind.String && s.Key != "$ref").ToList();
        List<Slot> keys = Slots(root).Where(s => s.Key is not null && s.Parent is JsonObject p && p.Parent is JsonObject && p.GetPropertyName() is "properties" or "schemas" or "definitions").ToList();
        if (keys.Count > 0 && (strings.Count == 0 || random.Next(3) == 0))
        {
            Slot key = keys[random.Next(keys.Count)];
            var parent = (JsonObject)key.Parent;
            JsonNode? value = key.Get()?.DeepClone();
            parent.Remove(key.Key!);
            parent[payload] = value;
            return "key " + key.Path;
        }

        if (strings.Count == 0)
        {
            return "(no strings)";
        }

        Slot slot = strings[random.Next(strings.Count)];
        slot.Set(JsonValue.Create(payload));
        return slot.Path;
    }

    private static string DuplicateOperationId(Random random, ref JsonNode? root)
    {
        List<Slot> ids = Slots(root).Where(s => s.Key == "operationId").ToList();
        if (ids.Count < 2)
        {
            return "(fewer than two operationIds)";
        }

        Slot first = ids[random.Next(ids.Count)];
        Slot second = ids[random.Next(ids.Count)];
        second.Set(first.Get()?.DeepClone());
        return first.Path + " = " + second.Path;
    }

    private static string ExtremeValue(Random random, ref JsonNode? root)
    {
        List<Slot> slots = Slots(root).Where(s => s.Get() is JsonValue || s.Key is "enum" or "default" or "example" or "minimum" or "maximum" or "format" or "const").ToList();
        if (slots.Count == 0)
        {
            return "(no values)";
        }

        Slot slot = slots[random.Next(slots.Count)];
        JsonNode? value = random.Next(12) switch
        {
            0 => JsonNode.Parse("1e308"),
            1 => JsonNode.Parse("-0"),
            2 => JsonNode.Parse("9223372036854775808"),
            3 => JsonNode.Parse("-9223372036854775809"),
            4 => JsonNode.Parse("0.1e-400"),
            5 => JsonValue.Create("NaN"),
            6 => new JsonArray(null, null, "x", 1, "x", true, new JsonObject()),
            7 => new JsonArray(),
            8 => JsonValue.Create(Pick(random, "int32", "int64", "date-time", "uuid", "binary", "byte", "decimal", "float", "double", "uri", "date", "time", "duration", "unknown-format", "")),
            9 => JsonValue.Create(string.Empty),
            10 => new JsonArray(Enumerable.Range(0, 300).Select(i => (JsonNode?)JsonValue.Create(i % 7 == 0 ? "dup" : "v" + i)).ToArray()),
            _ => new JsonArray("a", "A", "a-", "a_", "1a", "", "class", "null", null),
        };
        slot.Set(value);
        return slot.Path;
    }

    private static JsonObject Ref(string target) => new() { ["$ref"] = target };

    private static JsonObject Child(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[key] = created;
        return created;
    }

    private static T Pick<T>(Random random, params T[] values) => values[random.Next(values.Length)];

    /// <summary>Text that stresses escaping: quotes, backslashes, line breaks, braces, non-ASCII and comment markers.</summary>
    private static string Filler(Random random, int length)
    {
        const string alphabet = "abcXYZ0189 _-./\\\"'{}[]:#&*!|>%@`\n\t\u00e9\u65e5\u00df";
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    private static string PathOf(JsonNode node) => node.GetPath();

    /// <summary>Every place in the tree that holds a value: a property of a mapping or an item of a list.</summary>
    private static IEnumerable<Slot> Slots(JsonNode? root)
    {
        var pending = new Stack<JsonNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.Count > 0)
        {
            JsonNode node = pending.Pop();
            if (node is JsonObject mapping)
            {
                foreach (var (key, value) in mapping.ToList())
                {
                    yield return new Slot(mapping, key, -1);
                    if (value is not null)
                    {
                        pending.Push(value);
                    }
                }
            }
            else if (node is JsonArray list)
            {
                for (int i = 0; i < list.Count; i++)
                {
                    yield return new Slot(list, null, i);
                    if (list[i] is { } item)
                    {
                        pending.Push(item);
                    }
                }
            }
        }
    }

    /// <summary>One place in a mapping or a list, which a mutation can read, replace or remove.</summary>
    private readonly record struct Slot(JsonNode Parent, string? Key, int Index)
    {
        public string Path => Parent.GetPath() + (Key is not null ? "." + Key : $"[{Index}]");

        public JsonNode? Get() => Key is not null ? Parent[Key] : Parent[Index];

        public void Set(JsonNode? value)
        {
            if (Key is not null)
            {
                Parent[Key] = value;
            }
            else
            {
                Parent[Index] = value;
            }
        }

        public void Remove()
        {
            if (Key is not null)
            {
                ((JsonObject)Parent).Remove(Key);
            }
            else
            {
                ((JsonArray)Parent).RemoveAt(Index);
            }
        }
    }
}
