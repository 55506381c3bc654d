using System.Globalization;
using Microsoft.AspNetCore.Http;
using Pulsetic;

namespace PulseticGen.IntegrationTests.Hardening;

/// <summary>
/// A redirect to another host must never carry the token: not with the client <see cref="PulseticClient.Create(string, Uri?, HttpMessageHandler?)"/>
/// builds (which does not follow redirects), and not with a user's HttpClient that does, given
/// <see cref="ApiKeyHandler.TrustedBaseAddress"/>. The API host answers every request with a redirect to a second
/// loopback address (127.0.0.2), which records what arrives.
/// </summary>
public sealed class RedirectTests : IAsyncLifetime
{
    private LoopbackServer _elsewhere = null!;
    private LoopbackServer _api = null!;
    private int _status = StatusCodes.Status302Found;

    public async Task InitializeAsync()
    {
        _elsewhere = await LoopbackServer.StartAsync(IPAddress.Parse("127.0.0.2"), (context, _) =>
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            return context.Response.WriteAsync("""{"current_page":1,"data":[],"last_page":1,"per_page":20,"total":0}""");
        });
        _api = await LoopbackServer.StartAsync(IPAddress.Loopback, (context, _) =>
        {
            context.Response.StatusCode = _status;
            context.Response.Headers.Location = new Uri(_elsewhere.BaseAddress, "api/public/monitors?from=redirect").ToString();
            return Task.CompletedTask;
        });
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _elsewhere.DisposeAsync();
    }

    private Uri ApiRoot => new(_api.BaseAddress, "api/public/");

    [Fact]
    public async Task The_client_Create_builds_does_not_follow_a_redirect_so_the_other_host_gets_nothing()
    {
        using PulseticClient client = PulseticClient.Create(SecretScan.Canary, ApiRoot);

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => client.Monitors.ListAsync());

        Assert.Equal(HttpStatusCode.Found, error.StatusCode);
        Assert.Single(_api.Received);
        Assert.Equal(new[] { SecretScan.Canary }, _api.Received.Single().Headers["Authorization"]);
        Assert.Empty(_elsewhere.Received);
        SecretScan.AssertAbsent(SecretScan.Canary, SecretScan.TextsOf(error));
    }

    [Theory]
    [InlineData(StatusCodes.Status301MovedPermanently)]
    [InlineData(StatusCodes.Status302Found)]
    [InlineData(StatusCodes.Status303SeeOther)]
    [InlineData(StatusCodes.Status307TemporaryRedirect)]
    [InlineData(StatusCodes.Status308PermanentRedirect)]
    public async Task A_user_HttpClient_that_follows_redirects_does_not_forward_the_token_to_another_host(int status)
    {
        _status = status;
        var authentication = new ApiKeyHandler(PulseticClient.SecurityScheme, SecretScan.Canary)
        {
            TrustedBaseAddress = ApiRoot,
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = true },
        };
        using var http = new HttpClient(authentication) { BaseAddress = ApiRoot };
        var client = new PulseticClient(http);

        MonitorPage page = await client.Monitors.ListAsync();

        Assert.Empty(page.Data);
        Assert.Equal(new[] { SecretScan.Canary }, _api.Received.Single().Headers["Authorization"]);
        ReceivedRequest redirected = Assert.Single(_elsewhere.Received);
        Assert.Equal("/api/public/monitors?from=redirect", redirected.Target);
        AssertNoCredential(redirected, status);
    }

    [Fact]
    public async Task A_request_to_another_origin_through_the_same_pipeline_goes_without_the_token()
    {
        // What a redirect followed above the token handler (a user's own redirect handler, a retry to a new URL) looks like.
        var authentication = new ApiKeyHandler(PulseticClient.SecurityScheme, SecretScan.Canary)
        {
            TrustedBaseAddress = ApiRoot,
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false },
        };
        using var http = new HttpClient(authentication) { BaseAddress = ApiRoot };

        using HttpResponseMessage other = await http.GetAsync(new Uri(_elsewhere.BaseAddress, "api/public/monitors"));

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        AssertNoCredential(Assert.Single(_elsewhere.Received), 0);
    }

    private static void AssertNoCredential(ReceivedRequest request, int status)
    {
        foreach ((string name, string[] values) in request.Headers)
        {
            Assert.False(
                values.Any(value => value.Contains(SecretScan.Canary, StringComparison.Ordinal)),
                string.Format(CultureInfo.InvariantCulture, "After a {0} the other host received the token in '{1}'.", status, name));
        }

        Assert.False(request.Headers.ContainsKey("Authorization"), "The other host received an Authorization header.");
    }
}
