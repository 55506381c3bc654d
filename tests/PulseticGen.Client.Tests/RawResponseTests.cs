using PulseticGen.Client.Tests.Infrastructure;
using PulseticGen.Runtime.CodeGeneration;
using PulseticGen.Runtime;
using StreamingApi;

namespace PulseticGen.Client.Tests;

/// <summary>
/// ApiConnection.SendForResponseAsync over loopback HTTP: status and headers readable without catching, the same
/// typed exception the throwing path raises kept in the result.
/// </summary>
public sealed class RawResponseTests
{
    private static readonly ApiEndpoint GetItem = new("getItem", "GET", "/items/{id}", tag: null, summary: null);

    [Fact]
    public async Task A_success_exposes_status_headers_and_the_typed_body()
    {
        await using var server = Reply("200 OK", """{"name":"widget"}""", "X-RateLimit-Remaining: 41", "X-Request-Id: r-1");
        ApiConnection connection = Connect(server);

        ApiResponse<Item> response = await connection.SendForResponseAsync(connection.CreateRequest(GetItem, "items/1"), GetItem, StreamingJsonContext.Default.Item, default);

        Assert.True(response.IsSuccess);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("widget", response.Body!.Name);
        Assert.Equal(41, response.RateLimitRemaining);
        Assert.Equal("r-1", response.GetHeader("x-request-id"));
        Assert.Equal("application/json", response.GetHeader("Content-Type"));
    }

    [Fact]
    public async Task A_404_does_not_throw_and_carries_the_typed_exception_and_error_body()
    {
        await using var server = Reply("404 Not Found", """{"message":"no such item"}""");
        ApiConnection connection = Connect(server);
        HttpRequestMessage request = connection.CreateRequest(GetItem, "items/9");
        request.Options.Set(ApiConnection.ErrorTypesOptionKey, status => status == 404 ? StreamingJsonContext.Default.Problem : null);

        ApiResponse<Item> response = await connection.SendForResponseAsync(request, GetItem, StreamingJsonContext.Default.Item, default);

        Assert.False(response.IsSuccess);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Body);
        Assert.IsType<ApiNotFoundException>(response.Exception);
        Assert.True(response.TryGetError(out Problem? problem));
        Assert.Equal("no such item", problem.Message);
        Assert.Throws<ApiNotFoundException>(() => response.GetBodyOrThrow());
    }

    [Fact]
    public async Task A_429_exposes_retry_after_without_catching()
    {
        await using var server = Reply("429 Too Many Requests", """{"message":"slow down"}""", "Retry-After: 30", "X-RateLimit-Remaining: 0");
        ApiConnection connection = Connect(server);

        ApiResponse<Item> response = await connection.SendForResponseAsync(connection.CreateRequest(GetItem, "items/1"), GetItem, StreamingJsonContext.Default.Item, default);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.RetryAfter);
        Assert.Equal(0, response.RateLimitRemaining);
        Assert.Equal(TimeSpan.FromSeconds(30), Assert.IsType<ApiRateLimitException>(response.Exception).RetryAfter);
    }

    [Fact]
    public async Task The_generated_WithResponse_sibling_returns_a_404_with_its_typed_error_instead_of_throwing()
    {
        await using var server = Reply("404 Not Found", """{"message":"no such item"}""", "X-RateLimit-Remaining: 5");
        IStreamingClient client = new StreamingClient(new HttpClient { BaseAddress = server.BaseAddress });

        ApiResponse<Item> response = await client.GetItemWithResponseAsync("9");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(5, response.RateLimitRemaining);
        Assert.True(response.TryGetError(out Problem? problem));
        Assert.Equal("no such item", problem.Message);
        await Assert.ThrowsAsync<ApiNotFoundException>(() => client.GetItemAsync("9"));
    }

    private static StreamServer Reply(string status, string body, params string[] headers) =>
        new(async (_, stream, ct) =>
        {
            await StreamServer.WriteHeadAsync(stream, status, "application/json", ct, headers);
            await StreamServer.WriteAsync(stream, body, ct);
        });

    private static ApiConnection Connect(StreamServer server) =>
        new(new HttpClient(), server.BaseAddress);
}
