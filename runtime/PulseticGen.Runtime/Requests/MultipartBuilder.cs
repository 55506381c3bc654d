using System.Collections.Generic;
using System.ComponentModel;
using System.Net.Http.Headers;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Text;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>
    /// Builds a <c>multipart/form-data</c> body part by part: text fields, files (with name and media type), repeated
    /// parts for arrays, and JSON for nested objects. Null values are left out.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class MultipartBuilder
    {
        private readonly MultipartFormDataContent _content = new();

        /// <summary>Adds a text field.</summary>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value; <see langword="null"/> adds nothing.</param>
        public void Add(string name, string? value)
        {
            if (value is not null)
            {
                _content.Add(new StringContent(value, Encoding.UTF8), Quote(name));
            }
        }

        /// <summary>Adds a file part with its file name and media type.</summary>
        /// <param name="name">The field name.</param>
        /// <param name="file">The file; <see langword="null"/> adds nothing.</param>
        public void Add(string name, ApiFile? file)
        {
            if (file is null)
            {
                return;
            }

            var part = new StreamContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType ?? "application/octet-stream");
            _content.Add(part, Quote(name), Quote(file.FileName ?? name));
        }

        /// <summary>Adds one text part per value, all with the same name (how multipart carries arrays).</summary>
        /// <param name="name">The field name.</param>
        /// <param name="values">The values; <see langword="null"/> adds nothing.</param>
        public void AddEach(string name, IEnumerable<string>? values)
        {
            if (values is null)
            {
                return;
            }

            foreach (string value in values)
            {
                Add(name, value);
            }
        }

        /// <summary>Adds one file part per file, all with the same name.</summary>
        /// <param name="name">The field name.</param>
        /// <param name="files">The files; <see langword="null"/> adds nothing.</param>
        public void AddEach(string name, IEnumerable<ApiFile>? files)
        {
            if (files is null)
            {
                return;
            }

            foreach (ApiFile file in files)
            {
                Add(name, file);
            }
        }

        /// <summary>Adds a part holding <paramref name="value"/> as JSON (for object-valued fields).</summary>
        /// <typeparam name="T">The value type.</typeparam>
        /// <param name="name">The field name.</param>
        /// <param name="value">The value; <see langword="null"/> adds nothing.</param>
        /// <param name="typeInfo">Source-generated metadata for <typeparamref name="T"/>.</param>
        public void AddJson<T>(string name, T? value, JsonTypeInfo<T> typeInfo)
        {
            if (value is null)
            {
                return;
            }

            var part = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            _content.Add(part, Quote(name));
        }

        /// <summary>The finished body.</summary>
        /// <returns>The content to assign to <see cref="HttpRequestMessage.Content"/>.</returns>
        public HttpContent Build() => _content;

        // Content-Disposition parameters are quoted so names with spaces or semicolons survive.
        private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
