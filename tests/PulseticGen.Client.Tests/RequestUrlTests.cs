using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>How path values, query parameters and base addresses end up in the URL.</summary>
public sealed class RequestUrlTests
{
    private static readonly StubReply MonitorReply = StubReply.Json("""{"data":{"id":1,"url":"https://example.com"}}""");

    [Fact]
    public async Task Query_string_is_left_off_when_no_parameter_is_given()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("monitors-list.json")));
        using (client)
        {
            await client.Monitors.ListAsync();
        }

        Assert.Equal(TestClients.BaseUrl + "monitors", handler.Single.Url);
    }

    [Fact]
    public async Task Checks_query_repeats_array_parameters_with_literal_brackets_in_call_order()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json("[]"));
        using (client)
        {
            await client.Monitors.ListChecksAsync(
                19138,
                startDt: new DateTimeOffset(2026, 1, 3, 14, 0, 0, TimeSpan.Zero),
                endDt: new DateTimeOffset(2026, 1, 3, 15, 0, 0, TimeSpan.Zero),
                nodes: ["london", "paris", "new_york"],
                responseCodes: [500, 502, 503],
                perPage: 500);
        }

        Assert.Equal(
            TestClients.BaseUrl + "monitors/19138/checks?start_dt=2026-01-03%2014%3A00%3A00&end_dt=2026-01-03%2015%3A00%3A00"
                + "&nodes[]=london&nodes[]=paris&nodes[]=new_york&response_codes[]=500&response_codes[]=502&response_codes[]=503&per_page=500",
            handler.Single.Url);
    }

    [Fact]
    public async Task Window_times_are_sent_in_UTC_in_the_APIs_own_format()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json("[]"));
        using (client)
        {
            // 23:30 at UTC-05:00 is 04:30 the next day in UTC; the fraction of a second is not part of the wire form.
            await client.Monitors.ListEventsAsync(
                19138,
                startDt: new DateTimeOffset(2026, 11, 30, 23, 30, 15, 250, TimeSpan.FromHours(-5)),
                endDt: new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(5.5)));
        }

        Assert.Equal(
            TestClients.BaseUrl + "monitors/19138/events?start_dt=2026-12-01%2004%3A30%3A15&end_dt=2026-12-01%2003%3A30%3A00",
            handler.Single.Url);
    }

    [Fact]
    public async Task Empty_arrays_add_no_parameter()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json("[]"));
        using (client)
        {
            await client.Monitors.ListChecksAsync(19138, nodes: [], responseCodes: []);
        }

        Assert.Equal(TestClients.BaseUrl + "monitors/19138/checks", handler.Single.Url);
    }

    [Fact]
    public async Task Query_values_with_reserved_characters_are_escaped()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json("[]"));
        using (client)
        {
            await client.Monitors.ListChecksAsync(19138, nodes: ["são_paulo", "a&b=c#d"]);
        }

        Assert.Equal(
            TestClients.BaseUrl + "monitors/19138/checks?nodes[]=s%C3%A3o_paulo&nodes[]=a%26b%3Dc%23d",
            handler.Single.Url);
    }

    [Fact]
    public async Task Unknown_event_type_is_sent_as_given()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json("[]"));
        using (client)
        {
            await client.Monitors.ListEventsAsync(19138, monitorEventType: new MonitorEventType("Paused"));
        }

        Assert.Equal(TestClients.BaseUrl + "monitors/19138/events?monitor_event_type=Paused", handler.Single.Url);
    }

    [Fact]
    public async Task String_path_value_is_escaped_as_one_segment()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("notification-channel.json")));
        using (client)
        {
            await client.NotificationChannels.CreateAsync(115988, new NotificationChannelType("voice call/sms?x=1"), new NotificationChannelInput { PhoneNumber = "+15551234567" });
        }

        Assert.Equal(TestClients.BaseUrl + "monitors/115988/notification-channels/voice%20call%2Fsms%3Fx%3D1", handler.Single.Url);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    public async Task Path_value_that_would_change_the_endpoint_is_refused_before_sending(string channelType)
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("notification-channel.json")));
        using (client)
        {
            await Assert.ThrowsAsync<ArgumentException>(
                () => client.NotificationChannels.CreateAsync(115988, new NotificationChannelType(channelType), new NotificationChannelInput { Email = "a@example.com" }));
        }

        Assert.Equal(0, handler.RequestCount);
    }

    [Fact]
    public async Task Large_ids_are_written_in_full()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(MonitorReply);
        using (client)
        {
            await client.Monitors.GetAsync(long.MaxValue);
        }

        Assert.Equal(TestClients.BaseUrl + "monitors/9223372036854775807", handler.Single.Url);
    }

    [Fact]
    public async Task Base_address_given_to_Create_keeps_its_path_and_gets_the_token()
    {
        var handler = new RecordingHandler().Reply(MonitorReply);
        using (PulseticClient client = PulseticClient.Create(TestClients.Token, new Uri("https://proxy.internal/pulsetic"), handler))
        {
            await client.Monitors.GetAsync(7);
        }

        Assert.Equal("https://proxy.internal/pulsetic/monitors/7", handler.Single.Url);
        Assert.Equal(TestClients.Token, handler.Single.Authorization);
    }

    [Fact]
    public async Task HttpClient_without_base_address_uses_the_spec_server()
    {
        var handler = new RecordingHandler().Reply(MonitorReply);
        using var httpClient = new HttpClient(handler);
        var client = new PulseticClient(httpClient);

        await client.Monitors.GetAsync(7);

        Assert.Equal(TestClients.BaseUrl + "monitors/7", handler.Single.Url);
        Assert.Null(handler.Single.Authorization);
    }

    [Fact]
    public async Task HttpClient_with_an_ApiKeyHandler_sends_the_raw_token_to_its_own_base_address()
    {
        var handler = new RecordingHandler().Reply(MonitorReply);
        var authentication = new ApiKeyHandler(PulseticClient.SecurityScheme, TestClients.Token) { InnerHandler = handler };
        using var httpClient = new HttpClient(authentication) { BaseAddress = new Uri("https://eu.api.pulsetic.test/api/public/") };
        var client = new PulseticClient(httpClient);

        await client.Monitors.GetAsync(7);

        Assert.Equal("https://eu.api.pulsetic.test/api/public/monitors/7", handler.Single.Url);
        Assert.Equal(TestClients.Token, handler.Single.Authorization);
    }

    [Fact]
    public void Default_base_address_is_the_documented_server()
    {
        Assert.Equal(new Uri(TestClients.BaseUrl), PulseticClient.DefaultBaseAddress);
        Assert.Equal("Authorization", PulseticClient.SecurityScheme.HeaderName);
        Assert.Null(PulseticClient.SecurityScheme.Prefix);
    }
}
