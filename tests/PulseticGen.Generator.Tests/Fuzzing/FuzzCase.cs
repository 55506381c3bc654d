using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PulseticGen.Generator.Tests.Infrastructure;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>One fuzz case: the spec files handed to the generator, and the recipe that made them from a seed spec.</summary>
internal sealed record FuzzCase(int Index, int Seed, string SeedName, string Recipe, IReadOnlyList<SpecFile> Specs)
{
    public override string ToString() => $"case {Index} (seed {Seed}, from {SeedName}): {Recipe}";

    /// <summary>
    /// Builds case <paramref name="index"/> from its own seed alone: the same seed always gives the same specs, so a
    /// failure is replayed with <c>PULSETICGEN_FUZZ_CASE</c> without running the cases before it.
    /// </summary>
    public static FuzzCase Create(int index, int seed, IReadOnlyList<SeedSpec> seeds)
    {
        var random = new Random(seed);
        var recipe = new List<string>();

        if (random.Next(100) < 6)
        {
            (string text, string what) = TextMutations.Synthetic(random);
            string path = FilePath(random, "document", random.Next(2) == 0 ? "yaml" : "json");
            return new FuzzCase(index, seed, "synthetic", what + " as " + path, new[] { new SpecFile(path, text) });
        }

        SeedSpec from = SeedSpecs.Pick(seeds, random);
        string spec;
        bool json;
        if (random.Next(4) == 0)
        {
            spec = from.Text;
            json = from.IsJson;
            int count = random.Next(1, 3);
            for (int i = 0; i < count; i++)
            {
                recipe.Add(TextMutations.ApplyRandom(random, ref spec));
            }
        }
        else
        {
            JsonNode? tree = from.CloneTree();
            int count = random.Next(1, 4);
            for (int i = 0; i < count; i++)
            {
                recipe.Add(TreeMutations.ApplyRandom(random, ref tree));
            }

            int form = random.Next(20);
            json = form < 8;
            int step = form == 18 ? 1 : form == 19 ? 4 : 2;
            spec = json ? SpecTree.ToJson(tree, indented: form % 2 == 0) : SpecTree.ToYaml(tree, step);
            recipe.Add(json ? (form % 2 == 0 ? "as indented json" : "as compact json") : $"as yaml (indent {step})");
            if (random.Next(10) < 3)
            {
                recipe.Add(TextMutations.ApplyRandom(random, ref spec));
            }
        }

        string specPath = FilePath(random, from.Name, json ? "json" : "yaml");
        var specs = new List<SpecFile> { WithOptions(random, new SpecFile(specPath, spec), recipe) };

        if (random.Next(100) < 3)
        {
            // A second spec in the same project: the untouched seed, under its own client name or (half the time) not.
            bool renamed = random.Next(2) == 0;
            specs.Add(new SpecFile("/specs/second/" + from.Name, from.Text, ClientName: renamed ? "SecondClient" : null, Namespace: renamed ? "Fuzz.Second" : null));
            recipe.Add("with the original as a second spec" + (renamed ? " named SecondClient" : " under its own name"));
        }

        return new FuzzCase(index, seed, from.Name, string.Join("; ", recipe) + " -> " + specPath, specs);
    }

    private static string FilePath(Random random, string seedName, string extension)
    {
        string stem = seedName.Split('.')[0];
        return random.Next(100) switch
        {
            < 85 => $"/specs/{stem}.{extension}",
            < 88 => $"/specs/{stem}.{(extension == "json" ? "yaml" : "json")}",
            < 90 => $"/specs/{stem}",
            < 92 => $"/specs/my spec!.{extension}",
            < 94 => $"/specs/123-class.{extension}",
            < 96 => $"/specs/日本語.{extension}",
            < 98 => $"/specs/.{extension}",
            _ => $"C:\\specs\\{stem}.{extension}",
        };
    }

    /// <summary>Now and then the item options a user sets (valid and invalid), which reach the name service and PGEN010.</summary>
    private static SpecFile WithOptions(Random random, SpecFile spec, List<string> recipe)
    {
        if (random.Next(100) >= 6)
        {
            return spec;
        }

        string[] clientNames = { "Api", "class", "My Client", "1Client", "Ünï", "Client_", "", "@default" };
        string[] namespaces = { "Fuzz", "Fuzz.Inner", "Fuzz..Bad", "global::X", "System", "1x.y", "X.class" };
        string[] visibilities = { "public", "internal", "private", "PUBLIC", "file" };
        (string Name, string Value)[] extras =
        {
            ("TrimSchemas", "true"), ("IncludeTags", "Nodes;Monitors;pets"), ("ExcludeTags", "Nodes, Names"), ("IncludeOperations", "getNode;listOrders;addPet"),
            ("ExcludeOperations", "getNode"), ("IncludeTags", "no-such-tag"), ("MaxDepth", "3"), ("MaxDepth", "-1"), ("MaxSpecSize", "100"), ("MaxSpecSize", "x"),
        };
        (string Name, string Value) extra = extras[random.Next(extras.Length)];
        spec = spec with
        {
            ClientName = clientNames[random.Next(clientNames.Length)],
            Namespace = random.Next(2) == 0 ? namespaces[random.Next(namespaces.Length)] : null,
            Visibility = random.Next(2) == 0 ? visibilities[random.Next(visibilities.Length)] : null,
            Extra = random.Next(2) == 0 ? new Dictionary<string, string> { [extra.Name] = extra.Value } : new Dictionary<string, string>(),
        };
        recipe.Add($"options ClientName='{spec.ClientName}' Namespace='{spec.Namespace}' Visibility='{spec.Visibility}' {string.Join(" ", spec.Extra.Select(e => $"{e.Key}='{e.Value}'"))}");
        return spec;
    }
}
