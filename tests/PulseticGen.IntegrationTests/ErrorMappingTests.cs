using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>Each error class the API answers with, as the typed exception the generated client throws.</summary>
public sealed class ErrorMappingTests : IClassFixture<CanaryTokenFixture>
{
    private readonly CanaryTokenFixture _fixture;

    public ErrorMappingTests(CanaryTokenFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task A_bearer_prefixed_token_is_401_and_the_message_says_to_send_it_raw()
    {
        using PulseticClient client = PulseticClient.Create("Bearer " + CanaryTokenFixture.Token, _fixture.Simulator.BaseAddress);

        ApiUnauthorizedException error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Monitors.ListAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("Unauthenticated.", error.ErrorMessage);
        Assert.Equal("listMonitors", error.OperationId);
        Assert.Contains("raw token", error.Message, StringComparison.Ordinal);
        Assert.Contains("no 'Bearer'", error.Message, StringComparison.Ordinal);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task A_bearer_scheme_through_ApiKeyHandler_is_401_too()
    {
        var scheme = new ApiKeyScheme("Authorization", "Bearer");
        var handler = new ApiKeyHandler(scheme, CanaryTokenFixture.Token) { InnerHandler = new SocketsHttpHandler() };
        using var http = new HttpClient(handler) { BaseAddress = _fixture.Simulator.BaseAddress };
        var client = new PulseticClient(http);

        ApiUnauthorizedException error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Heartbeats.ListAsync());
        Assert.Equal("Unauthenticated.", error.ErrorMessage);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task An_unknown_token_is_401()
    {
        const string Unknown = "unknown-canary-0b5d41f2e8";
        using PulseticClient client = PulseticClient.Create(Unknown, _fixture.Simulator.BaseAddress);

        ApiUnauthorizedException error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Monitors.GetAsync(SampleIds.ProductionMonitor));
        Assert.Equal("Unauthenticated.", error.ErrorMessage);
        Assert.DoesNotContain(Unknown, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Unknown, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_Authorization_header_is_401()
    {
        using var http = new HttpClient { BaseAddress = _fixture.Simulator.BaseAddress };
        var client = new PulseticClient(http);

        ApiUnauthorizedException error = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Domains.ListAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
        Assert.Equal("{\"message\":\"Unauthenticated.\"}", error.ResponseBody);
    }

    [Fact]
    public async Task Unknown_ids_are_404_with_laravels_message_for_every_kind_of_resource()
    {
        PulseticClient client = _fixture.Client;
        var attempts = new (string Model, Func<Task> Call)[]
        {
            ("Monitor", () => client.Monitors.GetAsync(999_999)),
            ("Monitor", () => client.Monitors.ListChecksAsync(999_999)),
            ("Monitor", () => client.NotificationChannels.CreateAsync(999_999, NotificationChannelType.Email, new NotificationChannelInput { Email = "a@example.com" })),
            ("NotificationChannel", () => client.NotificationChannels.DeleteAsync(999_999)),
            ("StatusPage", () => client.StatusPages.UpdateAsync(999_999, Inputs.StatusPage("x", Array.Empty<long>()))),
            ("StatusPage", () => client.Incidents.ListAsync(999_999)),
            ("Maintenance", () => client.Maintenance.UpdateAsync(999_999, Inputs.Maintenance(Array.Empty<long>()))),
            ("Incident", () => client.Incidents.UpdateAsync(999_999, new UpdateIncidentRequest { Title = "x" })),
            ("Incident", () => client.IncidentUpdates.CreateAsync(999_999, new IncidentUpdateInput { Status = IncidentStatus.Identified, Message = "x" })),
            ("IncidentUpdate", () => client.IncidentUpdates.DeleteAsync(999_999)),
            ("Heartbeat", () => client.Heartbeats.GetAsync(999_999)),
            ("Domain", () => client.Domains.UpdateAsync(999_999, new UpdateDomainRequest { Alias = "x" })),
        };

        foreach ((string model, Func<Task> call) in attempts)
        {
            ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(call);
            Assert.Equal($"No query results for model [App\\Models\\{model}] 999999.", error.ErrorMessage);
            Assert.Contains("999999", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_empty_urls_list_is_422_with_the_field_error()
    {
        ApiValidationException error = await Assert.ThrowsAsync<ApiValidationException>(
            () => _fixture.Client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = Array.Empty<string>() }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Assert.Equal("The urls field must have at least 1 items.", error.ErrorMessage);
        Assert.Equal(new[] { "The urls field must have at least 1 items." }, error.Errors["urls"]);
        Assert.Contains("urls", error.Message, StringComparison.Ordinal);
        CanaryTokenFixture.AssertNoSecret(error);
    }

    [Fact]
    public async Task An_enum_value_the_spec_does_not_list_is_422_on_its_dotted_field()
    {
        ApiValidationException error = await Assert.ThrowsAsync<ApiValidationException>(() => _fixture.Client.Monitors.CreateAsync(new CreateMonitorsRequest
        {
            Urls = new[] { "not a url" },
            Request = new MonitorRequestSettings { Type = new MonitorRequestType("ftp"), Timeout = 99 },
        }));

        Assert.Equal(new[] { "request.timeout", "request.type" }, error.Errors.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal("The selected request.type is invalid.", Assert.Single(error.Errors["request.type"]));
        Assert.Equal("The request.timeout field must not be greater than 30.", Assert.Single(error.Errors["request.timeout"]));
        Assert.Equal("The selected request.type is invalid. (and 1 more error)", error.ErrorMessage);
    }

    [Fact]
    public async Task Rules_beyond_the_schema_are_422_too()
    {
        PulseticClient client = _fixture.Client;
        ApiValidationException badUrl = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = new[] { "https://ok.example.com", "not a url" }, UptimeCheckFrequency = 5 }));
        Assert.Equal(new[] { "The urls.1 field must be a valid URL." }, badUrl.Errors["urls.1"]);
        Assert.Equal(new[] { "The uptime check frequency field must be between 30 and 86400." }, badUrl.Errors["uptime_check_frequency"]);

        ApiValidationException unknownMonitor = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.StatusPages.CreateAsync(Inputs.StatusPage("Ghosts", new long[] { SampleIds.ProductionMonitor, 123 })));
        Assert.Equal(new[] { "The selected monitors.1 is invalid." }, unknownMonitor.Errors["monitors.1"]);

        StatusPageInput privatePage = Inputs.StatusPage("Private", new[] { SampleIds.ProductionMonitor });
        privatePage.Private = true;
        ApiValidationException noPassword = await Assert.ThrowsAsync<ApiValidationException>(() => client.StatusPages.CreateAsync(privatePage));
        Assert.Equal(new[] { "password" }, noPassword.Errors.Keys);

        ApiValidationException badEmail = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.NotificationChannels.CreateAsync(SampleIds.ProductionMonitor, NotificationChannelType.Email, new NotificationChannelInput { Email = "nobody" }));
        Assert.Equal(new[] { "The email field must be a valid email address." }, badEmail.Errors["email"]);

        ApiValidationException wrongField = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.NotificationChannels.CreateAsync(SampleIds.ProductionMonitor, NotificationChannelType.SlackWebhook, new NotificationChannelInput { Webhook = "https://hooks.slack.com/x" }));
        Assert.Equal(new[] { "The webhook url field is required." }, wrongField.Errors["webhook_url"]);

        ApiValidationException badTime = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.Maintenance.CreateAsync(SampleIds.StatusPage, Inputs.Maintenance(new[] { SampleIds.ProductionMonitor }, from: "14:00", to: "04:00 AM")));
        Assert.Equal(new[] { "The time.starting field must match the format h:i A." }, badTime.Errors["time.starting"]);

        ApiValidationException duplicate = await Assert.ThrowsAsync<ApiValidationException>(
            () => client.Domains.CreateAsync(new CreateDomainsRequest { Domains = new[] { "example.com", "not_a_domain" } }));
        Assert.Equal(new[] { "domains.0", "domains.1" }, duplicate.Errors.Keys.OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_path_value_outside_the_channel_type_enum_is_an_unknown_route()
    {
        ApiNotFoundException error = await Assert.ThrowsAsync<ApiNotFoundException>(() => _fixture.Client.NotificationChannels.CreateAsync(
            SampleIds.ProductionMonitor, new NotificationChannelType("telegram"), new NotificationChannelInput { Webhook = "https://t.example.com" }));
        Assert.StartsWith("The route api/public/monitors/115988/notification-channels/telegram could not be found", error.ErrorMessage, StringComparison.Ordinal);
    }
}

/// <summary>A simulator that accepts only a distinctive token, so tests can prove it never leaks into an exception.</summary>
public sealed class CanaryTokenFixture : SimulatorFixture
{
    public const string Token = "canary-3f9a1c7e5b2d4086";

    /// <summary>Fails when the token appears anywhere an exception exposes text.</summary>
    public static void AssertNoSecret(Exception error)
    {
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
        if (error is ApiException api)
        {
            Assert.DoesNotContain(Token, api.ResponseBody ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(api.ResponseHeaders.Values.SelectMany(v => v), value => value.Contains(Token, StringComparison.Ordinal));
            Assert.DoesNotContain(Token, api.RequestUri?.ToString() ?? string.Empty, StringComparison.Ordinal);
        }

        for (Exception? inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            Assert.DoesNotContain(Token, inner.Message, StringComparison.Ordinal);
        }
    }

    protected override SimulatorOptions CreateOptions()
    {
        var options = new SimulatorOptions();
        options.Tokens.Add(Token);
        return options;
    }
}
