using System.Diagnostics;
using PulseticGen.Client.Tests.Infrastructure;
using PulseticGen.Client.Tests.Operations;

namespace PulseticGen.Client.Tests;

/// <summary>A caller's cancellation is an <see cref="OperationCanceledException"/>, never an API error.</summary>
public sealed class CancellationTests
{
    // ApiConnection checks the caller's token before anything is sent, so a pre-cancelled call reaches neither the
    // token provider, nor the handler pipeline, nor the wire; a DELETE must not complete as if it had not been cancelled.
    [Theory]
    [InlineData("getMonitor")]
    [InlineData("createMonitors")]
    [InlineData("deleteMonitor")]
    public async Task Pre_cancelled_token_throws_and_sends_nothing(string operationId)
    {
        OperationCase operation = OperationCases.ById[operationId];
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(operation.Reply);
        using (client)
        {
            Exception? exception = await Record.ExceptionAsync(() => operation.Run(client, new CancellationToken(canceled: true)));

            Assert.IsAssignableFrom<OperationCanceledException>(exception);
        }

        Assert.Equal(0, handler.RequestCount);
    }

    [Fact]
    public async Task Pre_cancelled_token_with_a_token_provider_sends_nothing()
    {
        int providerCalls = 0;
        var handler = new RecordingHandler().Reply(StubReply.Json(Samples.Read("monitor-get.json")));
        using PulseticClient client = PulseticClient.Create(
            _ =>
            {
                providerCalls++;
                return ValueTask.FromResult(TestClients.Token);
            },
            innerHandler: handler);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Monitors.GetAsync(115988, new CancellationToken(canceled: true)));

        Assert.Equal(0, providerCalls);
        Assert.Equal(0, handler.RequestCount);
    }

    [Fact]
    public async Task Cancelling_while_the_server_is_slow_throws_promptly()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("monitor-get.json")));
        handler.Delay = TimeSpan.FromSeconds(30);
        using (client)
        {
            using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
            var stopwatch = Stopwatch.StartNew();

            Exception exception = await Record.ExceptionAsync(() => client.Monitors.GetAsync(115988, cancellation.Token));

            Assert.IsAssignableFrom<OperationCanceledException>(exception);
            Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(10), $"took {stopwatch.Elapsed}");
        }

        Assert.Equal(1, handler.RequestCount);
    }

    [Fact]
    public async Task HttpClient_timeout_is_a_transport_exception_not_a_cancellation()
    {
        var handler = new RecordingHandler { Delay = TimeSpan.FromSeconds(30) }.Reply(StubReply.Json(Samples.Read("monitor-get.json")));
        using var httpClient = new HttpClient(handler) { Timeout = TimeSpan.FromMilliseconds(150) };
        var client = new PulseticClient(httpClient);

        ApiTransportException exception = await Assert.ThrowsAsync<ApiTransportException>(() => client.Monitors.GetAsync(115988));

        Assert.True(exception.IsTimeout);
        Assert.Equal("getMonitor", exception.OperationId);
        Assert.Null(exception.StatusCode);
    }

    [Fact]
    public async Task Cancelling_a_page_walk_stops_it()
    {
        var handler = new RecordingHandler().Reply(StubReply.Json("""{"current_page":1,"last_page":9,"data":[{"id":1,"url":"u"},{"id":2,"url":"u"}]}"""));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);
        using var cancellation = new CancellationTokenSource();

        var seen = new List<long>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Monitor monitor in client.Monitors.ListAllAsync().WithCancellation(cancellation.Token))
            {
                seen.Add(monitor.Id);
                cancellation.Cancel();
            }
        });

        Assert.Equal(new long[] { 1, 2 }, seen);
        Assert.Equal(1, handler.RequestCount);
    }
}
