using Microsoft.Extensions.Logging;
using OAuthApi;
using PulseticGen.Runtime.Tests;

namespace PulseticGen.Extensions.Tests;

/// <summary><c>AddApiClient</c> for a specification with an OAuth2 client credentials flow, over loopback HTTP.</summary>
public sealed class ClientCredentialsRegistrationTests
{
    [Fact]
    public void The_generated_scheme_carries_the_token_url_and_scopes_of_the_specification()
    {
        Assert.Equal(new Uri("https://auth.oauth.example/oauth/token"), OAuthClient.SecurityScheme.TokenUrl);
        Assert.Equal(new[] { "downtime:read" }, OAuthClient.SecurityScheme.Scopes);
        Assert.Equal("Bearer", OAuthClient.SecurityScheme.Prefix);
    }

    [Fact]
    public async Task Configured_client_credentials_get_one_token_for_many_calls_and_renew_it_after_a_401()
    {
        await using var server = new OAuthServer();
        var logs = new TestLogs();
        using ServiceProvider services = Build(server, logs, new Dictionary<string, string?>
        {
            ["OAuth:BaseAddress"] = server.ApiAddress.AbsoluteUri,
            ["OAuth:TokenUrl"] = server.TokenUrl.AbsoluteUri,
            ["OAuth:ClientId"] = OAuthServer.ClientId,
            ["OAuth:ClientSecret"] = OAuthServer.ClientSecret,
        });
        services.GetRequiredService<IStartupValidator>().Validate();
        var client = services.GetRequiredService<OAuthClient>();

        double[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetDowntimeAsync()));
        server.RevokeCurrentToken();
        double afterRevocation = await client.GetDowntimeAsync();

        Assert.All(results, value => Assert.Equal(42, value));
        Assert.Equal(42, afterRevocation);
        Assert.Equal(2, server.TokenRequests.Count);
        Assert.Contains("scope=downtime%3Aread", server.TokenRequests[0], StringComparison.Ordinal);
        Assert.Equal(Enumerable.Repeat("Bearer tok-1", 9).Append("Bearer tok-2"), server.ApiAuthorizations);
        Assert.DoesNotContain(logs.Entries.Select(e => e.AllText), line => line.Contains(OAuthServer.ClientSecret, StringComparison.Ordinal) || line.Contains("tok-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_wrong_secret_fails_the_call_without_showing_it()
    {
        await using var server = new OAuthServer();
        var logs = new TestLogs();
        using ServiceProvider services = Build(server, logs, new Dictionary<string, string?>
        {
            ["OAuth:BaseAddress"] = server.ApiAddress.AbsoluteUri,
            ["OAuth:TokenUrl"] = server.TokenUrl.AbsoluteUri,
            ["OAuth:ClientId"] = OAuthServer.ClientId,
            ["OAuth:ClientSecret"] = "nope-" + OAuthServer.ClientSecret,
        });

        ApiTokenRequestException ex = await Assert.ThrowsAsync<ApiTokenRequestException>(() => services.GetRequiredService<OAuthClient>().GetDowntimeAsync());

        Assert.Equal("invalid_client", ex.Error);
        Assert.DoesNotContain(OAuthServer.ClientSecret, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries.Select(e => e.AllText), line => line.Contains(OAuthServer.ClientSecret, StringComparison.Ordinal));
        Assert.Empty(server.ApiAuthorizations);
    }

    [Fact]
    public void A_client_id_without_a_secret_fails_validation_naming_the_key()
    {
        using ServiceProvider services = Build(null, new TestLogs(), new Dictionary<string, string?> { ["OAuth:ClientId"] = "client-a" });

        OptionsValidationException ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("OAuth:ClientSecret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ApiToken", ex.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(OAuthServer? server, TestLogs logs, Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddApiClient<OAuthClient>("OAuth");
        return services.BuildServiceProvider(validateScopes: true);
    }
}
