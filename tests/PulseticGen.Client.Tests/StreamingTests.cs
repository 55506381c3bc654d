using PulseticGen.Client.Tests.Infrastructure;
using PulseticGen.Runtime;
using StreamingApi;

namespace PulseticGen.Client.Tests;

/// <summary>
/// Specs/streaming.openapi.yaml's text/event-stream and application/x-ndjson operations, generated as
/// IAsyncEnumerable methods and read from a loopback server that streams the events.
/// </summary>
public sealed class StreamingTests
{
    private const string EventStream = "text/event-stream";

    [Fact]
    public async Task Server_sent_events_arrive_typed_and_in_order_until_done()
    {
        await using var server = new StreamServer(async (_, stream, ct) =>
        {
            await StreamServer.WriteHeadAsync(stream, "200 OK", EventStream, ct);
            await StreamServer.WriteAsync(stream, ": keep-alive\n\ndata: {\"id\":\"c1\",\"delta\":\"Hel\"}\n\n", ct);
            await StreamServer.WriteAsync(stream, "event: chunk\ndata: {\"id\":\"c1\",\n", ct);
            await StreamServer.WriteAsync(stream, "data: \"delta\":\"lo\"}\n\ndata: [DONE]\n\ndata: {\"id\":\"after\",\"delta\":\"x\"}\n\n", ct);
        });
        var client = CreateClient(server);

        var chunks = new List<ChatChunk>();
        await foreach (ChatChunk chunk in client.StreamChatAsync())
        {
            chunks.Add(chunk);
        }

        Assert.Equal(["Hel", "lo"], chunks.Select(c => c.Delta));
        Assert.All(chunks, c => Assert.Equal("c1", c.Id));
    }

    [Fact]
    public async Task Json_lines_arrive_typed_and_in_order()
    {
        await using var server = new StreamServer(async (_, stream, ct) =>
        {
            await StreamServer.WriteHeadAsync(stream, "200 OK", "application/x-ndjson", ct);
            await StreamServer.WriteAsync(stream, "{\"level\":\"info\",\"message\":\"one\"}\n", ct);
            await StreamServer.WriteAsync(stream, "\n{\"level\":\"warn\",\"message\":\"two\"}\r\n{\"level\":\"error\",", ct);
            await StreamServer.WriteAsync(stream, "\"message\":\"three\"}", ct);
        });
        var client = CreateClient(server);

        var lines = new List<LogLine>();
        await foreach (LogLine line in client.StreamLogsAsync())
        {
            lines.Add(line);
        }

        Assert.Equal(["info one", "warn two", "error three"], lines.Select(l => l.Level + " " + l.Message));
    }

    [Fact]
    public async Task Cancelling_mid_stream_stops_the_enumeration_and_closes_the_response()
    {
        await using var server = new StreamServer(async (requestLine, stream, ct) =>
        {
            await StreamServer.WriteHeadAsync(stream, "200 OK", EventStream, ct);
            await StreamServer.WriteAsync(stream, "data: {\"id\":\"c1\",\"delta\":\"first\"}\n\n", ct);

            // Stalls: the next read ends only when the client closes the connection.
            _ = await stream.ReadAsync(new byte[1], ct);
        });
        var client = CreateClient(server);
        using var cancellation = new CancellationTokenSource();

        var received = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (ChatChunk chunk in client.StreamChatAsync(cancellation.Token))
            {
                received.Add(chunk.Delta);
                cancellation.Cancel();
            }
        });

        Assert.Equal(["first"], received);
        Task closed = server.ClientClosed.Task;
        Assert.Same(closed, await Task.WhenAny(closed, Task.Delay(TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public async Task A_malformed_event_throws_a_serialization_error_naming_the_event()
    {
        await using var server = new StreamServer(async (_, stream, ct) =>
        {
            await StreamServer.WriteHeadAsync(stream, "200 OK", EventStream, ct);
            await StreamServer.WriteAsync(stream, "data: {\"id\":\"c1\",\"delta\":\"ok\"}\n\nevent: chunk\ndata: {\"id\":\n\n", ct);
        });
        var client = CreateClient(server);

        await using IAsyncEnumerator<ChatChunk> events = client.StreamChatAsync().GetAsyncEnumerator();
        Assert.True(await events.MoveNextAsync());
        Assert.Equal("ok", events.Current.Delta);
        var error = await Assert.ThrowsAsync<ApiSerializationException>(async () => await events.MoveNextAsync());

        Assert.Contains("'chunk' event", error.Message);
        Assert.Contains("ChatChunk", error.Message);
    }

    [Fact]
    public async Task An_error_status_throws_the_typed_exception_on_the_first_MoveNextAsync()
    {
        await using var server = new StreamServer(async (_, stream, ct) =>
        {
            await StreamServer.WriteHeadAsync(stream, "429 Too Many Requests", "application/json", ct, "Retry-After: 7");
            await StreamServer.WriteAsync(stream, "{\"message\":\"slow down\"}", ct);
        });
        var client = CreateClient(server);

        IAsyncEnumerable<ChatChunk> events = client.StreamChatAsync();
        await using IAsyncEnumerator<ChatChunk> enumerator = events.GetAsyncEnumerator();
        var error = await Assert.ThrowsAsync<ApiRateLimitException>(async () => await enumerator.MoveNextAsync());

        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
        Assert.True(error.TryGetError(out Problem? problem));
        Assert.Equal("slow down", problem.Message);
    }

    private static StreamingClient CreateClient(StreamServer server) =>
        new(new HttpClient { BaseAddress = server.BaseAddress });
}
