using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>Ownership, sharing and success statuses other than a plain 200.</summary>
public sealed class ClientLifetimeTests
{
    [Fact]
    public void Disposing_a_created_client_disposes_its_handler()
    {
        var handler = new RecordingHandler();
        PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        client.Dispose();

        Assert.True(handler.IsDisposed);
    }

    [Fact]
    public async Task Disposing_a_client_over_a_caller_HttpClient_leaves_it_usable()
    {
        var handler = new RecordingHandler().Reply(StubReply.Json(Samples.Read("monitor-get.json")));
        using var httpClient = new HttpClient(handler);
        new PulseticClient(httpClient).Dispose();

        var again = new PulseticClient(httpClient);
        MonitorResponse response = await again.Monitors.GetAsync(115988);

        Assert.Equal(115988, response.Data.Id);
        Assert.False(handler.IsDisposed);
    }

    [Fact]
    public async Task One_client_serves_concurrent_calls()
    {
        var handler = new RecordingHandler().Reply((request, _) =>
            StubReply.Json(MonitorBodies.Get(string.Empty).Replace("115988", request.Uri.Segments[^1], StringComparison.Ordinal)));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        MonitorResponse[] responses = await Task.WhenAll(Enumerable.Range(1, 40).Select(id => Task.Run(() => client.Monitors.GetAsync(id))));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), responses.Select(r => r.Data.Id));
        Assert.Equal(40, handler.RequestCount);
        Assert.All(handler.Requests, r => Assert.Equal(TestClients.Token, r.Authorization));
    }

    [Fact]
    public async Task Created_201_is_read_like_200()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(Samples.Read("monitors-create.json"), HttpStatusCode.Created));
        using (client)
        {
            IReadOnlyList<Monitor> created = await client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["https://w5.com"] });

            Assert.Equal(123456, Assert.Single(created).Id);
        }
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, """{"message":"Monitor deleted."}""")]
    [InlineData(HttpStatusCode.OK, "")]
    [InlineData(HttpStatusCode.OK, "not json at all")]
    [InlineData(HttpStatusCode.NoContent, null)]
    [InlineData(HttpStatusCode.Accepted, null)]
    public async Task Delete_succeeds_whatever_body_comes_with_a_success_status(HttpStatusCode status, string? body)
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(new StubReply(status, body));
        using (client)
        {
            await client.Monitors.DeleteAsync(115988);
        }

        Assert.Equal("DELETE", handler.Single.Method);
    }

    [Fact]
    public async Task Redirect_is_not_followed_and_is_an_error()
    {
        StubReply reply = new StubReply(HttpStatusCode.Found).WithHeader("Location", "https://app.pulsetic.com/login");
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(reply);
        using (client)
        {
            ApiException exception = await Assert.ThrowsAsync<ApiException>(() => client.Monitors.GetAsync(115988));

            Assert.Equal(HttpStatusCode.Found, exception.StatusCode);
            Assert.Equal("https://app.pulsetic.com/login", Assert.Single(exception.ResponseHeaders["Location"]));
        }

        Assert.Equal(1, handler.RequestCount);
    }
}
