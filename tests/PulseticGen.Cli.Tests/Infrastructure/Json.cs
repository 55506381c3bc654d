using System.Linq;
using System.Text.Json;

namespace PulseticGen.Cli.Tests.Infrastructure;

/// <summary>Reads the tool's <c>--json</c> output; parsing it at all is part of every such test.</summary>
internal static class Json
{
    public static JsonElement Parse(string text)
    {
        using JsonDocument document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static long[] Ids(string arrayText) =>
        Parse(arrayText).EnumerateArray().Select(item => item.GetProperty("id").GetInt64()).ToArray();

    public static long Id(string objectText) => Parse(objectText).GetProperty("id").GetInt64();
}
