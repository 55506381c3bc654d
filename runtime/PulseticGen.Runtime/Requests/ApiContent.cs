using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace PulseticGen.Runtime
{
    /// <summary>Creates request bodies.</summary>
    public static class ApiContent
    {
        /// <summary>
        /// Serializes <paramref name="value"/> to UTF-8 JSON right away and wraps the bytes, so the body has a
        /// <c>Content-Length</c>, can be sent again by a retry handler, and a serialization error surfaces here rather
        /// than mid-request. The content type is <c>application/json; charset=utf-8</c>.
        /// </summary>
        /// <typeparam name="T">The body type.</typeparam>
        /// <param name="value">The body.</param>
        /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
        /// <returns>The request content.</returns>
        public static HttpContent Json<T>(T value, JsonTypeInfo<T> typeInfo)
        {
            ArgumentNullException.ThrowIfNull(typeInfo);
            byte[] utf8 = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
            var content = new ByteArrayContent(utf8);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            return content;
        }
    }
}
