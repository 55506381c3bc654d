namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>Assertions on request bodies parsed with <see cref="JsonDocument"/>.</summary>
public static class JsonAssert
{
    /// <summary>The object has exactly these properties, in any order: proves required ones are written and unset optional ones are left out.</summary>
    public static void HasExactly(JsonElement element, params string[] propertyNames)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        string[] actual = element.EnumerateObject().Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.Equal(propertyNames.OrderBy(n => n, StringComparer.Ordinal).ToArray(), actual);
    }

    public static void String(JsonElement element, string propertyName, string expected)
    {
        JsonElement value = element.GetProperty(propertyName);
        Assert.Equal(JsonValueKind.String, value.ValueKind);
        Assert.Equal(expected, value.GetString());
    }

    public static void Number(JsonElement element, string propertyName, double expected)
    {
        JsonElement value = element.GetProperty(propertyName);
        Assert.Equal(JsonValueKind.Number, value.ValueKind);
        Assert.Equal(expected, value.GetDouble());
    }

    public static void Bool(JsonElement element, string propertyName, bool expected)
    {
        JsonElement value = element.GetProperty(propertyName);
        Assert.Equal(expected ? JsonValueKind.True : JsonValueKind.False, value.ValueKind);
    }

    public static void Strings(JsonElement element, string propertyName, params string[] expected)
    {
        JsonElement value = element.GetProperty(propertyName);
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        Assert.Equal(expected, value.EnumerateArray().Select(item => item.GetString()).ToArray());
    }

    public static void Integers(JsonElement element, string propertyName, params long[] expected)
    {
        JsonElement value = element.GetProperty(propertyName);
        Assert.Equal(JsonValueKind.Array, value.ValueKind);
        Assert.Equal(expected, value.EnumerateArray().Select(item => item.GetInt64()).ToArray());
    }
}
