using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http.Headers;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>Creates request bodies.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
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

        /// <summary>
        /// Writes <paramref name="value"/> as <c>application/x-www-form-urlencoded</c>: the value is serialized with its
        /// generated metadata (so wire names and enum values are right) and flattened: nested objects become
        /// <c>name[key]=value</c>, arrays inside them <c>name[0]=value</c>, and a top-level array repeats its name unless
        /// it is listed in <paramref name="indexedArrays"/> (OpenAPI <c>style: deepObject</c>).
        /// </summary>
        /// <typeparam name="T">The body type; it must serialize to a JSON object.</typeparam>
        /// <param name="value">The body.</param>
        /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
        /// <param name="indexedArrays">Top-level properties whose arrays are written as <c>name[0]</c>, <c>name[1]</c>.</param>
        /// <returns>The request content.</returns>
        public static HttpContent FormUrlEncoded<T>(T value, JsonTypeInfo<T> typeInfo, params string[] indexedArrays)
        {
            ArgumentNullException.ThrowIfNull(typeInfo);
            ArgumentNullException.ThrowIfNull(indexedArrays);
            JsonElement element = JsonSerializer.SerializeToElement(value, typeInfo);
            List<KeyValuePair<string, string>> pairs = FormEncoding.Flatten(element, indexedArrays);
            return new FormUrlEncodedContent(pairs);
        }

        /// <summary>Sends <paramref name="file"/> as the whole body, with its media type (<c>application/octet-stream</c> by default).</summary>
        /// <param name="file">The body.</param>
        /// <param name="mediaType">The media type the operation declares, used when the file has none.</param>
        /// <returns>The request content.</returns>
        public static HttpContent Binary(ApiFile file, string? mediaType = null)
        {
            ArgumentNullException.ThrowIfNull(file);
            var content = new StreamContent(file.Content);
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType ?? mediaType ?? "application/octet-stream");
            return content;
        }

        /// <summary>Sends <paramref name="text"/> as the whole body (<c>text/plain; charset=utf-8</c> unless the operation says otherwise).</summary>
        /// <param name="text">The body.</param>
        /// <param name="mediaType">The media type the operation declares.</param>
        /// <returns>The request content.</returns>
        public static HttpContent Text(string text, string? mediaType = null)
        {
            ArgumentNullException.ThrowIfNull(text);
            return new StringContent(text, System.Text.Encoding.UTF8, mediaType ?? "text/plain");
        }
    }
}
