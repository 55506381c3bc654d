using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PulseticGen.Generator.Tests.Fuzzing;

/// <summary>
/// Mutations of a spec's text: what no tree can hold (broken syntax, duplicate keys, invalid bytes), plus whole
/// documents that are empty or garbage.
/// </summary>
internal static partial class TextMutations
{
    private delegate string Mutation(Random random, ref string text);

    private static readonly (string Name, int Weight, Mutation Apply)[] s_mutations =
    {
        ("truncate", 3, Truncate),
        ("flip-bytes", 3, FlipBytes),
        ("delete-lines", 3, DeleteLines),
        ("duplicate-key", 3, DuplicateKey),
        ("insert-specials", 1, InsertSpecials),
        ("reindent", 1, Reindent),
    };

    public static IEnumerable<string> Names => s_mutations.Select(m => m.Name);

    public static string ApplyRandom(Random random, ref string text)
    {
        int pick = random.Next(s_mutations.Sum(m => m.Weight));
        foreach ((string name, int weight, Mutation apply) in s_mutations)
        {
            if (pick < weight)
            {
                return name + " " + apply(random, ref text);
            }

            pick -= weight;
        }

        throw new InvalidOperationException("unreachable");
    }

    public static string Apply(string name, Random random, ref string text) =>
        name + " " + s_mutations.Single(m => m.Name == name).Apply(random, ref text);

    /// <summary>A document that is empty, garbage or not one document: the generator must refuse it with an Error, not stay silent.</summary>
    public static (string Text, string Recipe) Synthetic(Random random)
    {
        switch (random.Next(4))
        {
            case 0:
                string[] empty =
                {
                    "", " ", "\n\n\n", "\uFEFF", "\uFEFF\n", "---", "---\n...\n", "{}", "[]", "null", "~", "0", "\"\"", "# only a comment\n",
                    "openapi: 3.0.3", "openapi: 3.0.3\ninfo: {}\npaths: {}\n", "{\"openapi\":\"3.1.0\"}", "swagger: '2.0'\n", "openapi:\n", "paths: {}\n",
                    "openapi: 3.1.0\ninfo: { title: '', version: '' }\npaths: {}\n", "{\"openapi\":\"3.0.0\",\"info\":null,\"paths\":null}", "\0", "[{}]",
                };
                int index = random.Next(empty.Length);
                return (empty[index], $"empty-document #{index}");
            case 1:
                int length = random.Next(1, 65_536);
                var bytes = new byte[length];
                random.NextBytes(bytes);
                string prefix = random.Next(3) switch { 0 => "openapi: 3.0.3\n", 1 => "{", _ => string.Empty };
                bool latin1 = random.Next(2) == 0;
                return (prefix + (latin1 ? Encoding.Latin1.GetString(bytes) : Encoding.UTF8.GetString(bytes)), $"binary-garbage {length} bytes as {(latin1 ? "Latin-1" : "UTF-8")} after '{prefix.TrimEnd()}'");
            case 2:
                string spec = "openapi: 3.0.3\ninfo: { title: Multi, version: '1' }\npaths: {}\n";
                return random.Next(2) == 0
                    ? ("---\n" + spec + "---\n" + spec, "multi-document yaml")
                    : ("%YAML 1.2\n---\n" + spec + "...\n", "yaml directive");
            default:
                // YAML features a JSON-minded reader may not expect: anchors, aliases, tags, merge keys and block scalars.
                const string features = """
                    openapi: 3.0.3
                    info: &info { title: !!str Anchored, version: '1' }
                    x-copy: *info
                    paths:
                      /a:
                        get: &op
                          operationId: getA
                          description: |
                            multi
                            line
                          responses: { '200': { description: ok } }
                      /b:
                        get:
                          <<: *op
                          operationId: getB
                    """;
                return (features, "yaml anchors, tags and merge keys");
        }
    }

    private static string Truncate(Random random, ref string text)
    {
        int at = text.Length == 0 ? 0 : random.Next(text.Length);
        text = text.Substring(0, at);
        return "at " + at;
    }

    private static string FlipBytes(Random random, ref string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return "(empty)";
        }

        int flips = random.Next(1, 17);
        for (int i = 0; i < flips; i++)
        {
            int at = random.Next(bytes.Length);
            bytes[at] = random.Next(2) == 0 ? (byte)(bytes[at] ^ (1 << random.Next(8))) : (byte)random.Next(256);
        }

        text = Encoding.UTF8.GetString(bytes);
        return flips + " bytes";
    }

    private static string DeleteLines(Random random, ref string text)
    {
        List<string> lines = text.Split('\n').ToList();
        int ranges = random.Next(1, 4);
        for (int i = 0; i < ranges && lines.Count > 1; i++)
        {
            int start = random.Next(lines.Count);
            int count = Math.Min(random.Next(1, 6), lines.Count - start);
            lines.RemoveRange(start, count);
        }

        text = string.Join('\n', lines);
        return ranges + " ranges";
    }

    /// <summary>Repeats a "key: value" line (YAML) or a "key": value property (JSON), sometimes with another value.</summary>
    private static string DuplicateKey(Random random, ref string text)
    {
        string[] lines = text.Split('\n');
        List<int> candidates = Enumerable.Range(0, lines.Length).Where(i => KeyLine().IsMatch(lines[i])).ToList();
        if (candidates.Count == 0)
        {
            return "(no key lines)";
        }

        int at = candidates[random.Next(candidates.Count)];
        string line = lines[at];
        string copy = line;
        if (random.Next(2) == 0)
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            copy = line.Substring(0, colon + 1) + (line.TrimStart().StartsWith('"') ? " \"other\"," : " other");
        }
        else if (!copy.TrimEnd().EndsWith(',') && line.TrimStart().StartsWith('"'))
        {
            copy += ",";
        }

        var result = lines.ToList();
        result.Insert(at, copy);
        text = string.Join('\n', result);
        return "line " + (at + 1);
    }

    private static string InsertSpecials(Random random, ref string text)
    {
        const string specials = "{}[]:,\"'&*!|>%@#-?`\t\n\r\\\0\uFEFF\u2028";
        var builder = new StringBuilder(text);
        int count = random.Next(1, 9);
        for (int i = 0; i < count; i++)
        {
            builder.Insert(random.Next(builder.Length + 1), specials[random.Next(specials.Length)]);
        }

        text = builder.ToString();
        return count + " characters";
    }

    private static string Reindent(Random random, ref string text)
    {
        string[] lines = text.Split('\n');
        int count = random.Next(1, 6);
        for (int i = 0; i < count && lines.Length > 0; i++)
        {
            int at = random.Next(lines.Length);
            lines[at] = random.Next(3) switch
            {
                0 => lines[at].TrimStart(),
                1 => new string(' ', random.Next(1, 9)) + lines[at],
                _ => "\t" + lines[at],
            };
        }

        text = string.Join('\n', lines);
        return count + " lines";
    }

    [GeneratedRegex(@"^\s*(""[^""]+""|[A-Za-z_$/'][^:#]*):\s*\S")]
    private static partial Regex KeyLine();
}
