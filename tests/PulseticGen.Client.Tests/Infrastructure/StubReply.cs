namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>A canned response: status, optional body (JSON unless told otherwise) and extra headers.</summary>
public sealed record StubReply(HttpStatusCode Status, string? Body = null, IReadOnlyList<KeyValuePair<string, string>>? Headers = null, string MediaType = "application/json")
{
    public static StubReply Json(string body, HttpStatusCode status = HttpStatusCode.OK) => new(status, body);

    public static StubReply NoContent() => new(HttpStatusCode.NoContent);

    public static StubReply Text(string body, string mediaType) => new(HttpStatusCode.OK, body, MediaType: mediaType);

    public StubReply WithHeader(string name, string value) =>
        this with { Headers = [.. Headers ?? [], new KeyValuePair<string, string>(name, value)] };

    public HttpResponseMessage ToResponse(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(Status) { RequestMessage = request };
        if (Body is not null)
        {
            response.Content = new StringContent(Body, System.Text.Encoding.UTF8, MediaType);
        }

        foreach (KeyValuePair<string, string> header in Headers ?? [])
        {
            if (!response.Headers.TryAddWithoutValidation(header.Key, header.Value))
            {
                response.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return response;
    }
}
