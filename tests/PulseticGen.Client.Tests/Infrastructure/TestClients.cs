namespace PulseticGen.Client.Tests.Infrastructure;

/// <summary>Builds clients the way a user does, over a <see cref="RecordingHandler"/>.</summary>
public static class TestClients
{
    public const string Token = "pk_live_9b2f4c1e7a";

    public const string BaseUrl = "https://api.pulsetic.com/api/public/";

    public static (PulseticClient Client, RecordingHandler Handler) Create(StubReply? reply = null, string token = Token)
    {
        var handler = new RecordingHandler();
        if (reply is not null)
        {
            handler.Reply(reply);
        }

        return (PulseticClient.Create(token, baseAddress: null, innerHandler: handler), handler);
    }
}
