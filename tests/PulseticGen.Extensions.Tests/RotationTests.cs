namespace PulseticGen.Extensions.Tests;

/// <summary>The token is looked up per request, so a rotated token is used by the next call without a restart.</summary>
public sealed class RotationTests
{
    [Fact]
    public async Task Reloaded_configuration_token_is_sent_by_the_next_call_of_the_same_client()
    {
        var settings = new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = "token-one-8c1d" };
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)), settings);
        PulseticClient client = host.Client;

        await client.Monitors.GetDowntimeAsync(1);
        host.Change("Pulsetic:ApiToken", "token-two-5e9f");
        await client.Monitors.GetDowntimeAsync(1);
        await host.Client.Monitors.GetDowntimeAsync(1);

        Assert.Equal(["token-one-8c1d", "token-two-5e9f", "token-two-5e9f"], host.Stub.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Token_changed_through_the_options_monitor_is_sent_by_the_next_call()
    {
        string current = "token-one-8c1d";
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)), new Dictionary<string, string?>(), options => options.ApiToken = current);
        PulseticClient client = host.Client;

        await client.Monitors.GetDowntimeAsync(1);
        current = "token-two-5e9f";
        host.Services.GetRequiredService<IOptionsMonitorCache<ApiClientOptions>>().TryRemove(typeof(PulseticClient).FullName);
        await client.Monitors.GetDowntimeAsync(1);

        Assert.Equal(["token-one-8c1d", "token-two-5e9f"], host.Stub.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task Reload_with_an_unusable_token_fails_the_next_call_before_sending_without_echoing_it()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)));
        PulseticClient client = host.Client;
        await client.Monitors.GetDowntimeAsync(1);

        host.Change("Pulsetic:ApiToken", "canary-7f3a9c\r\nX-Injected: 1");
        ApiConfigurationException exception = await Assert.ThrowsAsync<ApiConfigurationException>(() => client.Monitors.GetDowntimeAsync(1));

        Assert.Contains("Pulsetic:ApiToken", exception.Message);
        Assert.DoesNotContain("canary-7f3a9c", exception.ToString());
        Assert.Single(host.Stub.Requests);
    }

    [Fact]
    public async Task Reload_that_removes_the_token_fails_the_next_call_naming_the_key()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)));
        PulseticClient client = host.Client;

        host.Change("Pulsetic:ApiToken", null);
        ApiConfigurationException exception = await Assert.ThrowsAsync<ApiConfigurationException>(() => client.Monitors.GetDowntimeAsync(1));

        Assert.Contains("Set Pulsetic:ApiToken", exception.Message);
        Assert.Empty(host.Stub.Requests);
    }

    [Fact]
    public async Task Reload_with_a_bad_value_does_not_throw_into_the_reload_and_a_later_fix_recovers()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)));
        PulseticClient client = host.Client;

        // Whatever reloads the configuration (a file watcher, a secret store's poller) must not see our validation.
        host.Change("Pulsetic:ApiToken", "bad token\n");
        await Assert.ThrowsAsync<ApiConfigurationException>(() => client.Monitors.GetDowntimeAsync(1));
        host.Change("Pulsetic:ApiToken", "token-fixed-77e1");
        await client.Monitors.GetDowntimeAsync(1);

        Assert.Equal("token-fixed-77e1", host.Stub.Single.Authorization);
    }
}
