using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>Using <see cref="PulseticJsonContext"/> directly, as a user caching or forwarding models would.</summary>
public sealed class SerializationRoundTripTests
{
    private static readonly DateTimeOffset Checked = new(2023, 4, 12, 16, 36, 32, TimeSpan.Zero);

    [Fact]
    public void Reflection_based_serialization_is_off_in_this_project()
    {
        // Every test here therefore proves the generated client needs no reflection-based JSON.
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
    }

    [Fact]
    public void Monitor_with_many_fields_round_trips()
    {
        Monitor original = RichMonitor();

        string json = JsonSerializer.Serialize(original, PulseticJsonContext.Default.Monitor);
        Monitor copy = JsonSerializer.Deserialize(json, PulseticJsonContext.Default.Monitor)!;

        Assert.Equal(original.Id, copy.Id);
        Assert.Equal(original.Url, copy.Url);
        Assert.Equal(original.Name, copy.Name);
        Assert.Equal(original.Status, copy.Status);
        Assert.Equal(original.SslCheck, copy.SslCheck);
        Assert.Equal(original.Latitude, copy.Latitude);
        Assert.Equal(original.IsRunning, copy.IsRunning);
        Assert.Equal(original.UptimeCheckFrequency, copy.UptimeCheckFrequency);
        Assert.Equal(original.RequestType, copy.RequestType);
        Assert.Equal(original.RequestMethod, copy.RequestMethod);
        Assert.Equal(original.RequestBodyType, copy.RequestBodyType);
        Assert.Equal(original.RequestTimeout, copy.RequestTimeout);
        Assert.Equal(original.ResponseTime, copy.ResponseTime);
        Assert.Equal(original.MobilePerformanceScore, copy.MobilePerformanceScore);
        Assert.Equal(original.DesktopPerformanceScore, copy.DesktopPerformanceScore);
        Assert.Equal(original.TotalChecks, copy.TotalChecks);
        Assert.Equal(original.CheckedAt, copy.CheckedAt);
        Assert.Equal(original.Disabled, copy.Disabled);
        Assert.Null(copy.DeletedAt);
        Assert.Equal(
            original.RequestHeaders!.Select(h => (h.Name, h.Value)),
            copy.RequestHeaders!.Select(h => (h.Name, h.Value)));
        Assert.Equal(original.SslCertificate!.IssuedBy, copy.SslCertificate!.IssuedBy);
        Assert.Equal(original.SslCertificate.ExpiresAt, copy.SslCertificate.ExpiresAt);
        Assert.Equal(original.SslCertificate.IsValid, copy.SslCertificate.IsValid);
        Assert.Equal(original.Nodes!.Select(n => n.Location), copy.Nodes!.Select(n => n.Location));
        Assert.Equal(original.Nodes![1].Active, copy.Nodes![1].Active);
        Assert.Equal(json, JsonSerializer.Serialize(copy, PulseticJsonContext.Default.Monitor));
    }

    [Fact]
    public void Unknown_enum_values_survive_a_round_trip()
    {
        Monitor original = new()
        {
            Id = 1,
            Url = "https://example.com",
            Status = new MonitorStatus("paused"),
            RequestType = new MonitorRequestType("dns"),
            RequestMethod = new MonitorHttpMethod("PROPFIND"),
        };

        string json = JsonSerializer.Serialize(original, PulseticJsonContext.Default.Monitor);
        Monitor copy = JsonSerializer.Deserialize(json, PulseticJsonContext.Default.Monitor)!;

        Assert.Contains("\"status\":\"paused\"", json);
        Assert.Equal("paused", copy.Status!.Value.Value);
        Assert.False(copy.Status.Value.IsKnown);
        Assert.Equal(new MonitorRequestType("dns"), copy.RequestType);
        Assert.Equal("PROPFIND", copy.RequestMethod!.Value.Value);
    }

    [Fact]
    public void Enum_struct_serializes_on_its_own()
    {
        Assert.Equal("\"online\"", JsonSerializer.Serialize(MonitorStatus.Online, PulseticJsonContext.Default.MonitorStatus));
        Assert.Equal("\"phone-number\"", JsonSerializer.Serialize(NotificationChannelType.PhoneNumber, PulseticJsonContext.Default.NotificationChannelType));
        Assert.Equal(IncidentStatus.Exploring, JsonSerializer.Deserialize("\"exploring\"", PulseticJsonContext.Default.IncidentStatus));
        Assert.False(JsonSerializer.Deserialize("\"postponed\"", PulseticJsonContext.Default.IncidentStatus).IsKnown);
    }

    [Fact]
    public void Reading_then_writing_normalizes_the_quirky_wire_forms()
    {
        Monitor monitor = JsonSerializer.Deserialize(
            """{"id":"115988","url":"https://example.com","ssl_check":1,"uptime_check_frequency":"600","checked_at":1681317392,"mobile_seo_score":"92","disabled":0}""",
            PulseticJsonContext.Default.Monitor)!;

        using JsonDocument written = JsonDocument.Parse(JsonSerializer.Serialize(monitor, PulseticJsonContext.Default.Monitor));
        JsonElement root = written.RootElement;

        JsonAssert.HasExactly(root, "id", "url", "ssl_check", "uptime_check_frequency", "checked_at", "mobile_seo_score", "disabled");
        Assert.Equal(115988, root.GetProperty("id").GetInt64());
        JsonAssert.Bool(root, "ssl_check", true);
        JsonAssert.Number(root, "uptime_check_frequency", 600);
        JsonAssert.Number(root, "mobile_seo_score", 92);
        JsonAssert.Bool(root, "disabled", false);
        Assert.Equal(Checked, root.GetProperty("checked_at").GetDateTimeOffset());
    }

    [Fact]
    public void Required_properties_are_written_and_unset_optional_ones_are_not()
    {
        string json = JsonSerializer.Serialize(new Monitor { Id = 0, Url = string.Empty }, PulseticJsonContext.Default.Monitor);

        Assert.Equal("{\"id\":0,\"url\":\"\"}", json);
    }

    [Fact]
    public void Sample_response_round_trips_through_the_envelope_type()
    {
        MonitorResponse response = JsonSerializer.Deserialize(Samples.Read("monitor-get.json"), PulseticJsonContext.Default.MonitorResponse)!;

        string json = JsonSerializer.Serialize(response, PulseticJsonContext.Default.MonitorResponse);
        MonitorResponse copy = JsonSerializer.Deserialize(json, PulseticJsonContext.Default.MonitorResponse)!;

        Assert.Equal(115988, copy.Data.Id);
        Assert.Equal(2, copy.Data.Nodes!.Count);
        Assert.Equal(92.5, copy.Data.DesktopPerformanceScore);
        Assert.Equal(json, JsonSerializer.Serialize(copy, PulseticJsonContext.Default.MonitorResponse));
    }

    [Fact]
    public void Context_resolves_models_through_the_standard_JsonSerializer_overloads()
    {
        var monitor = new Monitor { Id = 7, Url = "https://example.com", Status = MonitorStatus.Offline };

        string viaContext = JsonSerializer.Serialize(monitor, typeof(Monitor), PulseticJsonContext.Default);
        string viaOptions = JsonSerializer.Serialize(monitor, PulseticJsonContext.Default.Options);
        Monitor back = (Monitor)JsonSerializer.Deserialize(viaContext, typeof(Monitor), PulseticJsonContext.Default)!;

        Assert.Equal("{\"id\":7,\"url\":\"https://example.com\",\"status\":\"offline\"}", viaContext);
        Assert.Equal(viaContext, viaOptions);
        Assert.Equal(MonitorStatus.Offline, back.Status);
        Assert.Same(PulseticJsonContext.Default.Monitor, PulseticJsonContext.Default.GetTypeInfo(typeof(Monitor)));
        Assert.Null(PulseticJsonContext.Default.GetTypeInfo(typeof(Uri)));
    }

    private static Monitor RichMonitor() => new()
    {
        Id = 115988,
        LatestCheckId = 987654321,
        Name = "Production",
        Url = "https://example.com",
        Status = MonitorStatus.Online,
        SslCertificateState = "valid",
        SslCheck = true,
        Ip = "93.184.216.34",
        Latitude = 37.751,
        Longitude = -97.822,
        IsRunning = true,
        IsNegative = false,
        UptimeCheckFrequency = 600,
        OfflineNotificationDelay = 5,
        RequestType = MonitorRequestType.Http,
        RequestMethod = MonitorHttpMethod.Head,
        RequestBodyType = RequestBodyType.Json,
        RequestBodyJson = "{\"ping\":true}",
        RequestHeaders = [new NameValuePair { Name = "Accept", Value = "application/json" }, new NameValuePair { Name = "X-Env", Value = "prod" }],
        RequestTimeout = 0.5,
        ResponseCode = "200",
        Uptime = 99.98,
        ResponseTime = 0.142,
        LighthouseAuditEnabled = true,
        MobilePerformanceScore = 92,
        DesktopPerformanceScore = 92.5,
        TotalChecks = 1843920,
        CheckedAt = Checked,
        Disabled = false,
        CreatedAt = new DateTimeOffset(2022, 11, 2, 9, 15, 0, TimeSpan.Zero),
        SslCertificate = new SslCertificate
        {
            Id = 4411,
            IssuedBy = "DigiCert Global G2 TLS RSA SHA256 2020 CA1",
            IsValid = true,
            ExpiresAt = new DateTimeOffset(2026, 3, 1, 23, 59, 59, TimeSpan.Zero),
        },
        Nodes =
        [
            new MonitorNode { Id = 2, Location = "stockholm", Title = "Stockholm", Active = true },
            new MonitorNode { Id = 7, Location = "new_york", Title = "New York", Active = false, Uptime = 99 },
        ],
    };
}
