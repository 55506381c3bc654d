namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>Small <c>GET /monitors/{id}</c> bodies around a minimal valid monitor.</summary>
public static class MonitorBodies
{
    /// <summary><c>{"data": {"id": 115988, "url": "https://example.com", ...fields}}</c>.</summary>
    public static string Get(string fields) =>
        "{\"data\":{\"id\":115988,\"url\":\"https://example.com\"" + (fields.Length == 0 ? string.Empty : "," + fields) + "}}";

    /// <summary>Reads <paramref name="body"/> as the answer to <c>GET /monitors/115988</c>.</summary>
    public static async Task<Monitor> ReadAsync(string body)
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            return (await client.Monitors.GetAsync(115988)).Data;
        }
    }

    /// <summary>Reads <paramref name="body"/> as the answer to <c>GET /monitors/115988</c> and returns the failure.</summary>
    public static async Task<ApiSerializationException> FailAsync(string body)
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            Exception exception = await Record.ExceptionAsync(() => client.Monitors.GetAsync(115988));
            return Assert.IsType<ApiSerializationException>(exception);
        }
    }
}
