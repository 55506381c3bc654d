namespace PulseticGen.Extensions.Tests;

/// <summary>Problems are found when the host starts, and each message says which key to fix without repeating a secret.</summary>
public sealed class ValidationTests
{
    private static readonly string OptionsName = typeof(PulseticClient).FullName!;

    [Fact]
    public void Missing_token_fails_at_start_naming_the_key()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(), new Dictionary<string, string?>());

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Contains("Set Pulsetic:ApiToken", exception.Message);
        Assert.Contains("Pulsetic__ApiToken", exception.Message);
        Assert.Equal(OptionsName, exception.OptionsName);
    }

    [Fact]
    public void Empty_token_counts_as_missing()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(), new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = string.Empty });

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Contains("Set Pulsetic:ApiToken", exception.Message);
    }

    [Fact]
    public void Missing_token_also_fails_when_the_options_are_resolved()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(), new Dictionary<string, string?>());

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(
            () => host.Services.GetRequiredService<IOptionsMonitor<ApiClientOptions>>().Get(OptionsName));

        Assert.Contains("Pulsetic:ApiToken", exception.Message);
    }

    [Theory]
    [InlineData("canary-7f3a9c\r\n", "line break")]
    [InlineData("canary-7f3a9c\nX-Injected: 1", "line break")]
    [InlineData("canary-7f3a9c\t", "control character")]
    [InlineData(" canary-7f3a9c", "starts or ends with a space")]
    [InlineData("canary-7f3a9c\u00e9", "non-ASCII")]
    public void Unusable_token_fails_at_start_without_echoing_it(string token, string reason)
    {
        using ClientHost host = ClientHost.Create(new StubHandler(), new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = token });

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Contains("Pulsetic:ApiToken", exception.Message);
        Assert.Contains(reason, exception.Message);
        Assert.DoesNotContain("canary-7f3a9c", exception.ToString());
    }

    [Fact]
    public void Plain_http_to_a_remote_host_is_rejected()
    {
        var settings = new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = ClientHost.Canary, ["Pulsetic:BaseAddress"] = "http://api.pulsetic.com/api/public/" };
        using ClientHost host = ClientHost.Create(new StubHandler(), settings);

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Contains("Pulsetic:BaseAddress uses plain http to 'api.pulsetic.com'", exception.Message);
        Assert.Contains("Pulsetic:AllowInsecureHttp", exception.Message);
    }

    [Fact]
    public async Task Plain_http_to_a_remote_host_is_allowed_when_asked_for()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Pulsetic:ApiToken"] = ClientHost.Canary,
            ["Pulsetic:BaseAddress"] = "http://pulsetic.internal/api/",
            ["Pulsetic:AllowInsecureHttp"] = "true",
        };
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)), settings);

        host.ValidateOnStart();
        await host.Client.Monitors.GetDowntimeAsync(1);

        Assert.Equal("http://pulsetic.internal/api/monitors/1/downtime", host.Stub.Single.Uri.AbsoluteUri);
        Assert.Equal(ClientHost.Canary, host.Stub.Single.Authorization);
    }

    [Theory]
    [InlineData("http://localhost:5080/api/")]
    [InlineData("http://127.0.0.1:5080/api/")]
    [InlineData("http://[::1]:5080/api/")]
    public async Task Plain_http_to_loopback_is_allowed(string baseAddress)
    {
        var settings = new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = ClientHost.Canary, ["Pulsetic:BaseAddress"] = baseAddress };
        using ClientHost host = ClientHost.Create(new StubHandler(Reply.Number(1)), settings);

        host.ValidateOnStart();
        await host.Client.Monitors.GetDowntimeAsync(1);

        Assert.Equal(new Uri(new Uri(baseAddress), "monitors/1/downtime"), host.Stub.Single.Uri);
        Assert.Equal(ClientHost.Canary, host.Stub.Single.Authorization);
    }

    [Fact]
    public void Base_address_set_in_code_is_checked_too()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(), configure: options => options.BaseAddress = new Uri("http://10.1.2.3/api/"));

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Contains("plain http to '10.1.2.3'", exception.Message);
    }

    [Fact]
    public void Base_address_with_another_scheme_is_rejected()
    {
        using ClientHost host = ClientHost.Create(new StubHandler(), configure: options => options.BaseAddress = new Uri("ftp://api.pulsetic.com/"));

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Contains("must be an http or https URL", exception.Message);
    }

    [Theory]
    [InlineData("Pulsetic:BaseAddress", "not a url?key=canary-7f3a9c", "Pulsetic:BaseAddress is not an absolute URL")]
    [InlineData("Pulsetic:Timeout", "thirty seconds", "Pulsetic:Timeout is not a time span")]
    [InlineData("Pulsetic:Timeout", "-00:00:05", "Pulsetic:Timeout must be positive")]
    [InlineData("Pulsetic:AllowInsecureHttp", "yes", "Pulsetic:AllowInsecureHttp must be true or false")]
    public void Malformed_setting_fails_at_start_naming_the_key_without_its_value(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = ClientHost.Canary, [key] = value };
        using ClientHost host = ClientHost.Create(new StubHandler(), settings);

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Contains(expected, exception.Message);
        Assert.DoesNotContain(value, exception.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var settings = new Dictionary<string, string?> { ["Pulsetic:BaseAddress"] = "http://example.com/", ["Pulsetic:Timeout"] = "soon" };
        using ClientHost host = ClientHost.Create(new StubHandler(), settings);

        OptionsValidationException exception = Assert.Throws<OptionsValidationException>(host.ValidateOnStart);

        Assert.Equal(3, exception.Failures.Count());
    }

    [Fact]
    public void Valid_settings_pass()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Pulsetic:ApiToken"] = ClientHost.Canary,
            ["Pulsetic:BaseAddress"] = "https://api.pulsetic.com/api/public/",
            ["Pulsetic:Timeout"] = "00:00:30",
            ["Pulsetic:AllowInsecureHttp"] = "false",
        };
        using ClientHost host = ClientHost.Create(new StubHandler(), settings);

        host.ValidateOnStart();

        ApiClientOptions options = host.Services.GetRequiredService<IOptionsMonitor<ApiClientOptions>>().Get(OptionsName);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(new Uri("https://api.pulsetic.com/api/public/"), options.BaseAddress);
    }
}
