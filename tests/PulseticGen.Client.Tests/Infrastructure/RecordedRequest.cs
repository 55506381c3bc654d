namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>What one request looked like when it reached the wire, copied before the response was produced.</summary>
public sealed record RecordedRequest(
    string Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string? Body,
    ApiEndpoint? Endpoint)
{
    /// <summary>The absolute URL in its escaped wire form, e.g. <c>https://api.pulsetic.com/api/public/monitors?page=2</c>.</summary>
    public string Url => Uri.AbsoluteUri;

    /// <summary>The <c>Authorization</c> header exactly as sent, or <see langword="null"/>.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out string? value) ? value : null;

    /// <summary>Parses the body; fails the test when there is none.</summary>
    public JsonElement Json()
    {
        Assert.NotNull(Body);
        using JsonDocument document = JsonDocument.Parse(Body!);
        return document.RootElement.Clone();
    }
}
