using System.Net.Http;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiContentTests
    {
        [Fact]
        public async Task Json_serializes_eagerly_with_length_and_utf8_json_content_type()
        {
            HttpContent content = ApiContent.Json(new MonitorModel { Id = 1, Name = "caf\u00e9", SslCheck = false }, TypeInfos.Monitor);

            Assert.Equal("application/json", content.Headers.ContentType!.MediaType);
            Assert.Equal("utf-8", content.Headers.ContentType.CharSet);
            Assert.Equal("application/json; charset=utf-8", content.Headers.ContentType.ToString());
            byte[] bytes = await content.ReadAsByteArrayAsync();
            Assert.Equal(bytes.Length, content.Headers.ContentLength);
            Assert.Equal("{\"id\":1,\"name\":\"caf\\u00E9\",\"ssl_check\":false}", System.Text.Encoding.UTF8.GetString(bytes));
        }
    }
}
