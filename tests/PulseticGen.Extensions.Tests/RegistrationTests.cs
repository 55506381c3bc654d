using PublicApi;

namespace PulseticGen.Extensions.Tests;

/// <summary>What <c>AddApiClient</c> puts together: the typed client, its address, its token and its primary handler.</summary>
public sealed class RegistrationTests
{
    [Fact]
    public async Task Client_resolves_and_sends_the_raw_token_in_Authorization()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1234)));

        double downtime = await host.Client.Monitors.GetDowntimeAsync(115988);

        Assert.Equal(1234, downtime);
        SentRequest request = host.Stub.Single;
        Assert.Equal(ClientHost.Canary, request.Authorization);
        Assert.Equal("https://api.pulsetic.com/api/public/monitors/115988/downtime", request.Uri.AbsoluteUri);
        Assert.Equal("getMonitorDowntime", request.OperationId);
    }

    [Fact]
    public async Task Token_and_base_address_come_from_the_configuration_section()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Pulsetic:ApiToken"] = "token-from-config-41b7",
            ["Pulsetic:BaseAddress"] = "https://pulsetic.proxy.example/api/public/",
        };
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)), settings);

        await host.Client.Monitors.GetDowntimeAsync(7);

        SentRequest request = host.Stub.Single;
        Assert.Equal("https://pulsetic.proxy.example/api/public/monitors/7/downtime", request.Uri.AbsoluteUri);
        Assert.Equal("token-from-config-41b7", request.Authorization);
    }

    [Fact]
    public async Task Configure_callback_runs_after_the_configuration()
    {
        var settings = new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = "token-from-config-41b7" };
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)), settings, options => options.ApiToken = "token-from-code-93ad");

        await host.Client.Monitors.GetDowntimeAsync(7);

        Assert.Equal("token-from-code-93ad", host.Stub.Single.Authorization);
    }

    [Fact]
    public async Task Works_without_a_registered_configuration()
    {
        using ClientHost host = ClientHost.Create<PulseticClient>(
            "Pulsetic",
            new StubHandler(Reply.Number(1)),
            new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = "ignored-because-not-registered" },
            options => options.ApiToken = "token-from-code-93ad",
            registerConfiguration: false);

        host.ValidateOnStart();
        await host.Client.Monitors.GetDowntimeAsync(7);

        Assert.Equal("token-from-code-93ad", host.Stub.Single.Authorization);
    }

    [Fact]
    public void Options_are_named_after_the_client_type()
    {
        using ClientHost host = ClientHost.Create(new StubHandler());

        ApiClientOptions options = host.Services.GetRequiredService<IOptionsMonitor<ApiClientOptions>>().Get(typeof(PulseticClient).FullName);

        Assert.Equal(ClientHost.Canary, options.ApiToken);
        Assert.Null(options.BaseAddress);
        Assert.Equal(TimeSpan.FromSeconds(100), options.Timeout);
        Assert.False(options.AllowInsecureHttp);
    }

    [Fact]
    public async Task Configured_timeout_bounds_the_call()
    {
        var settings = new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = ClientHost.Canary, ["Pulsetic:Timeout"] = "00:00:00.2" };
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Hang()), settings);

        ApiTransportException exception = await Assert.ThrowsAsync<ApiTransportException>(() => host.Client.Monitors.GetDowntimeAsync(7));

        Assert.True(exception.IsTimeout);
        Assert.Contains("0.2 seconds", exception.Message);
    }

    [Fact]
    public async Task Api_without_a_security_scheme_needs_no_token_and_sends_none()
    {
        using ClientHost host = ClientHost.Create<PublicClient>("Public", new StubHandler(Reply.Number(3)), new Dictionary<string, string?>());

        host.ValidateOnStart();
        double status = await host.Get<PublicClient>().GetStatusAsync();

        Assert.Equal(3, status);
        Assert.Null(host.Stub.Single.Authorization);
        Assert.Equal("https://api.public.example/status", host.Stub.Single.Uri.AbsoluteUri);
    }

    [Fact]
    public void Registering_the_same_client_twice_is_refused()
    {
        var services = new ServiceCollection();
        services.AddApiClient<PulseticClient>("Pulsetic");

        InvalidOperationException exception = Assert.Throws<InvalidOperationException>(() => services.AddApiClient<PulseticClient>("Other"));

        Assert.Contains("PulseticClient is already registered", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Section_name_is_required(string section)
    {
        Assert.ThrowsAny<ArgumentException>(() => new ServiceCollection().AddApiClient<PulseticClient>(section));
    }

    [Fact]
    public async Task Primary_handler_does_not_follow_redirects_so_the_token_stays_with_the_configured_host()
    {
        const string Redirect = "HTTP/1.1 302 Found\r\nLocation: https://elsewhere.example/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
        await using var server = new LoopbackServer(Redirect);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Pulsetic:ApiToken"] = ClientHost.Canary,
            ["Pulsetic:BaseAddress"] = server.BaseAddress.AbsoluteUri,
        }).Build());
        services.AddApiClient<PulseticClient>("Pulsetic");
        using ServiceProvider provider = services.BuildServiceProvider();

        ApiException exception = await Assert.ThrowsAnyAsync<ApiException>(() => provider.GetRequiredService<PulseticClient>().Monitors.GetDowntimeAsync(5));

        Assert.Equal(HttpStatusCode.Found, exception.StatusCode);
        Assert.Equal("GET /api/monitors/5/downtime HTTP/1.1", Assert.Single(server.RequestLines));
    }
}
