using PulseticGen.Client.Tests.Infrastructure;
using WireApi;

namespace PulseticGen.Client.Tests;

/// <summary>
/// The requests a client generated from Specs/wire.openapi.yaml puts on the wire, byte for byte where the API cares:
/// each query style, path escaping, headers, and every request and response media kind.
/// </summary>
public sealed class WireRequestTests
{
    [Fact]
    public async Task Each_query_style_is_written_as_the_spec_declares()
    {
        (WireClient client, RecordingHandler handler) = Create(StubReply.NoContent());

        await client.SearchAsync(
            ids: [1, 2],
            csv: [3, 4],
            spaced: ["a b", "c"],
            piped: [Color.DarkRed, Color.LightBlue],
            color: Color.LightBlue,
            when: new DateTimeOffset(2026, 12, 1, 4, 30, 15, TimeSpan.FromHours(-5)),
            day: new DateOnly(2026, 12, 1),
            flag: true,
            ratio: 0.5,
            xTrace: "trace-1");

        RecordedRequest request = handler.Single;
        Assert.Equal(
            "https://wire.example.com/v1/search?ids[]=1&ids[]=2&csv=3,4&spaced=a%20b%20c&piped=dark-red%7Clight_blue"
                + "&color=light_blue&when=2026-12-01T04%3A30%3A15.0000000-05%3A00&day=2026-12-01&flag=true&ratio=0.5",
            request.Url);
        Assert.Equal("trace-1", request.Headers["X-Trace"]);
    }

    [Fact]
    public async Task Parameters_left_out_are_not_sent_at_all()
    {
        (WireClient client, RecordingHandler handler) = Create(StubReply.NoContent());

        await client.SearchAsync();

        RecordedRequest request = handler.Single;
        Assert.Equal("https://wire.example.com/v1/search", request.Url);
        Assert.False(request.Headers.ContainsKey("X-Trace"));
    }

    [Fact]
    public async Task Path_values_are_escaped_as_one_segment()
    {
        (WireClient client, RecordingHandler handler) = Create(StubReply.NoContent());

        await client.GetItemAsync("a/b c?d#", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));

        Assert.Equal("/v1/items/a%2Fb%20c%3Fd%23/0f8fad5b-d9cb-469f-a165-70867728950e", handler.Single.Uri.AbsolutePath);
    }

    [Fact]
    public async Task A_form_body_is_flattened_with_deep_object_fields_indexed()
    {
        (WireClient client, RecordingHandler handler) = Create(StubReply.Json("""{"id":"ch_1"}"""));

        CreateChargeResponse charge = await client.CreateChargeAsync(new ChargeInput
        {
            Amount = 250,
            Expand = ["customer", "invoice"],
            Metadata = new Dictionary<string, string> { ["order"] = "A&B" },
        });

        RecordedRequest request = handler.Single;
        Assert.Equal("ch_1", charge.Id);
        Assert.Equal("application/x-www-form-urlencoded", request.ContentType);
        Assert.Equal("amount=250&expand[0]=customer&expand[1]=invoice&metadata[order]=A&B", Uri.UnescapeDataString(request.Body!.Replace('+', ' ')));
        Assert.Contains("metadata%5Border%5D=A%26B", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Four_xx_and_default_error_bodies_are_read_as_the_declared_problem()
    {
        (WireClient client, _) = Create(StubReply.Json("""{"title":"bad amount","status":422}""", HttpStatusCode.UnprocessableEntity));

        ApiException error = await Assert.ThrowsAnyAsync<ApiException>(() => client.CreateChargeAsync(new ChargeInput { Amount = -1 }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.StatusCode);
        Problem problem = Assert.IsType<Problem>(error.Error);
        Assert.Equal("bad amount", problem.Title);
    }

    [Fact]
    public async Task A_multipart_body_has_one_part_per_property_files_named_and_objects_as_json()
    {
        (WireClient client, RecordingHandler handler) = Create(StubReply.NoContent());

        await client.UploadFilesAsync(new UploadFilesRequest
        {
            File = ApiFile.FromBytes("hello"u8.ToArray(), "hello.txt", "text/plain"),
            Tags = ["x", "y"],
            Size = 5,
            Meta = new UploadFilesRequestMeta { Owner = "ops" },
        });

        RecordedRequest request = handler.Single;
        Assert.StartsWith("multipart/form-data; boundary=", request.ContentType, StringComparison.Ordinal);
        string body = request.Body!;
        Assert.Matches("""name="?file"?; filename="?hello.txt"?""", body);
        Assert.Contains("Content-Type: text/plain", body, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\nhello\r\n", body, StringComparison.Ordinal);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(body, """name="?tags"?""").Count);
        Assert.Contains("\r\n\r\nx\r\n", body, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\n5\r\n", body, StringComparison.Ordinal);
        Assert.Contains("\r\n\r\n{\"owner\":\"ops\"}\r\n", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bytes_go_up_as_octet_stream_and_text_and_files_come_back_as_sent()
    {
        (WireClient client, RecordingHandler handler) = Create(StubReply.Text("stored 3 bytes", "text/plain"));

        string echo = await client.PutRawAsync(ApiFile.FromBytes([1, 2, 3]));

        Assert.Equal("stored 3 bytes", echo);
        Assert.Equal("application/octet-stream", handler.Single.ContentType);
        Assert.Equal("PUT", handler.Single.Method);

        (WireClient downloads, _) = Create(StubReply.Text("%PDF-1.7", "application/pdf"));
        using ApiFile file = await downloads.DownloadAsync();
        Assert.StartsWith("application/pdf", file.ContentType, StringComparison.Ordinal);
        Assert.Equal("%PDF-1.7"u8.ToArray(), file.ToArray());
    }

    private static (WireClient Client, RecordingHandler Handler) Create(StubReply reply)
    {
        var handler = new RecordingHandler().Reply(reply);
        return (new WireClient(new HttpClient(handler) { BaseAddress = new Uri("https://wire.example.com/v1/") }), handler);
    }
}
