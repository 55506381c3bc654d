using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>How the API token reaches the wire, and what happens when it cannot.</summary>
public sealed class TokenTests
{
    [Fact]
    public async Task Token_provider_is_asked_on_every_request_so_a_rotated_token_is_used()
    {
        string current = "token-one-8c1d";
        int calls = 0;
        var handler = new RecordingHandler().Reply(StubReply.Json(Samples.Read("monitor-get.json")));
        using PulseticClient client = PulseticClient.Create(
            _ =>
            {
                calls++;
                return ValueTask.FromResult(current);
            },
            innerHandler: handler);

        await client.Monitors.GetAsync(115988);
        current = "token-two-5e9f";
        await client.Monitors.GetAsync(115988);
        await client.Monitors.GetAsync(115988);

        Assert.Equal(new[] { "token-one-8c1d", "token-two-5e9f", "token-two-5e9f" }, handler.Requests.Select(r => r.Authorization));
        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task Token_is_sent_raw_in_Authorization_without_a_scheme()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("monitor-get.json")), token: "33fea0a1b2c3d4e5f7b4");
        using (client)
        {
            await client.Monitors.GetAsync(115988);
        }

        Assert.Equal("33fea0a1b2c3d4e5f7b4", handler.Single.Authorization);
        Assert.DoesNotContain("Bearer", handler.Single.Authorization);
    }

    [Theory]
    [InlineData("abc\n")]
    [InlineData("abc\r\nX-Injected: 1")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" abc")]
    public void Unusable_token_is_refused_at_Create_without_echoing_it(string token)
    {
        ArgumentException exception = Assert.ThrowsAny<ArgumentException>(() => PulseticClient.Create(token, innerHandler: new RecordingHandler()));

        if (token.Trim().Length > 0)
        {
            Assert.DoesNotContain(token.Trim(), exception.Message);
        }
    }

    [Fact]
    public async Task Unusable_provided_token_fails_the_call_before_sending_without_echoing_it()
    {
        var handler = new RecordingHandler().Reply(StubReply.Json(Samples.Read("monitor-get.json")));
        using PulseticClient client = PulseticClient.Create(_ => ValueTask.FromResult("canary-7f3a9c\n"), innerHandler: handler);

        ApiConfigurationException exception = await Assert.ThrowsAsync<ApiConfigurationException>(() => client.Monitors.GetAsync(115988));

        Assert.DoesNotContain("canary-7f3a9c", exception.ToString());
        Assert.Equal(0, handler.RequestCount);
    }
}
