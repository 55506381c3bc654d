namespace PulseticGen.Extensions.Tests;

/// <summary>The generator writes services.AddPulseticClient() when the project references this package.</summary>
public sealed class GeneratedRegistrationTests
{
    [Fact]
    public async Task AddPulseticClient_registers_the_client_from_the_Pulsetic_configuration_section()
    {
        var stub = new StubHandler(Reply.Number(60));
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = "token-from-config-5e21" })
            .Build());

        IHttpClientBuilder builder = services.AddPulseticClient();
        builder.ConfigurePrimaryHttpMessageHandler(() => stub);
        using ServiceProvider provider = services.BuildServiceProvider();

        double downtime = await provider.GetRequiredService<PulseticClient>().Monitors.GetDowntimeAsync(42);

        Assert.Equal(60, downtime);
        Assert.Equal("token-from-config-5e21", stub.Single.Authorization);
        Assert.Equal("https://api.pulsetic.com/api/public/monitors/42/downtime", stub.Single.Uri.AbsoluteUri);
    }
}
