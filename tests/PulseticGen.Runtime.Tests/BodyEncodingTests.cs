using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using PulseticGen.Runtime.Serialization;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>Form, multipart, binary and text bodies; object query values; text and file downloads.</summary>
    public sealed class BodyEncodingTests
    {
        private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

        private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<JsonElement> Element = TypeInfos.For(JsonScalarConverters.JsonElement);

        [Fact]
        public async Task A_form_body_flattens_nested_objects_and_arrays_with_brackets()
        {
            JsonElement body = Json("""{"amount":100,"currency":"usd","expand":["a","b"],"tags":["x","y"],"metadata":{"order":"42"},"items":[{"price":"p 1"}],"skip":null,"live":true}""");

            HttpContent content = ApiContent.FormUrlEncoded(body, Element, "expand");

            Assert.Equal("application/x-www-form-urlencoded", content.Headers.ContentType!.MediaType);
            Assert.Equal(
                "amount=100&currency=usd&expand%5B0%5D=a&expand%5B1%5D=b&tags=x&tags=y&metadata%5Border%5D=42&items%5B0%5D%5Bprice%5D=p+1&live=true",
                await content.ReadAsStringAsync());
        }

        [Fact]
        public void An_object_query_value_is_flattened_deep_object_style()
        {
            var query = new QueryBuilder();
            query.AddObject("created", Json("""{"gt":1700000000,"lte":1800000000}"""), Element, deepObject: true);
            query.AddObject("expand", Json("""["customer","invoice"]"""), Element, deepObject: true);
            query.AddObject("ids", Json("[1,2]"), Element, deepObject: false);
            query.AddObject("skipped", (string?)null, TypeInfos.For(JsonScalarConverters.String), deepObject: true);

            Assert.Equal("?created[gt]=1700000000&created[lte]=1800000000&expand[0]=customer&expand[1]=invoice&ids=1&ids=2", query.ToString());
        }

        [Fact]
        public async Task A_multipart_body_has_named_file_parts_repeated_parts_and_json_parts()
        {
            var form = new MultipartBuilder();
            form.Add("file", ApiFile.FromBytes(Encoding.UTF8.GetBytes("hello"), "hello.txt", "text/plain"));
            form.AddEach("tags", new[] { "a", "b" });
            form.Add("note", (string?)null);
            form.AddJson("meta", Json("""{"owner":"ada"}"""), Element);

            string text = await form.Build().ReadAsStringAsync();

            Assert.Contains("name=\"file\"; filename=\"hello.txt\"", text, StringComparison.Ordinal);
            Assert.Contains("Content-Type: text/plain", text, StringComparison.Ordinal);
            Assert.Contains("hello", text, StringComparison.Ordinal);
            Assert.Equal(2, text.Split("name=\"tags\"").Length - 1);
            Assert.DoesNotContain("name=\"note\"", text, StringComparison.Ordinal);
            Assert.Contains("Content-Type: application/json; charset=utf-8", text, StringComparison.Ordinal);
            Assert.Contains("{\"owner\":\"ada\"}", text, StringComparison.Ordinal);
        }

        [Fact]
        public async Task Text_and_file_responses_are_returned_as_sent()
        {
            var stub = new StubHttpMessageHandler(request => request.RequestUri!.AbsolutePath.EndsWith("/report", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("plain text ✓", Encoding.UTF8, "text/plain") }
                : new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new ByteArrayContent(new byte[] { 1, 2, 3 })
                    {
                        Headers = { ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf"), ContentDisposition = new System.Net.Http.Headers.ContentDispositionHeaderValue("attachment") { FileName = "\"invoice.pdf\"" } },
                    },
                });
            using var http = new HttpClient(stub);
            var connection = new ApiConnection(http, new Uri("https://api.example.test/"));
            var report = new ApiEndpoint("getReport", "GET", "/report", null, null);
            var invoice = new ApiEndpoint("getInvoice", "GET", "/invoice", null, null);

            string text = await connection.SendForTextAsync(connection.CreateRequest(report, "report"), report, CancellationToken.None);
            await using ApiFile file = await connection.SendForFileAsync(connection.CreateRequest(invoice, "invoice"), invoice, CancellationToken.None);

            Assert.Equal("plain text ✓", text);
            Assert.Equal("invoice.pdf", file.FileName);
            Assert.Equal("application/pdf", file.ContentType);
            Assert.Equal(3, file.Length);
            Assert.Equal(new byte[] { 1, 2, 3 }, file.ToArray());
        }

        [Fact]
        public async Task A_binary_body_keeps_its_media_type()
        {
            HttpContent content = ApiContent.Binary(new ApiFile(new MemoryStream(new byte[] { 9, 8 })), "application/octet-stream");

            Assert.Equal("application/octet-stream", content.Headers.ContentType!.MediaType);
            Assert.Equal(new byte[] { 9, 8 }, await content.ReadAsByteArrayAsync());
        }
    }
}
