using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Binary content with its file name and media type: what a caller uploads (a <c>format: binary</c> property of a
    /// multipart body, or an <c>application/octet-stream</c> body) and what a download returns.
    /// </summary>
    /// <remarks>
    /// A downloaded file streams from the open response; dispose it (or read <see cref="Content"/> to the end and then
    /// dispose it) to release the connection.
    /// </remarks>
    public sealed class ApiFile : IDisposable, IAsyncDisposable
    {
        private readonly HttpResponseMessage? _response;

        /// <summary>Wraps a stream to upload.</summary>
        /// <param name="content">The bytes; read once when the request is sent.</param>
        /// <param name="fileName">The file name sent in the multipart part's <c>Content-Disposition</c>.</param>
        /// <param name="contentType">The media type; <c>application/octet-stream</c> when not given.</param>
        public ApiFile(Stream content, string? fileName = null, string? contentType = null)
        {
            Content = content ?? throw new ArgumentNullException(nameof(content));
            FileName = fileName;
            ContentType = contentType;
        }

        internal ApiFile(Stream content, string? fileName, string? contentType, long? length, HttpResponseMessage response)
            : this(content, fileName, contentType)
        {
            Length = length;
            _response = response;
        }

        /// <summary>Wraps bytes to upload.</summary>
        /// <param name="bytes">The bytes.</param>
        /// <param name="fileName">The file name sent in the multipart part's <c>Content-Disposition</c>.</param>
        /// <param name="contentType">The media type; <c>application/octet-stream</c> when not given.</param>
        /// <returns>The file.</returns>
        public static ApiFile FromBytes(byte[] bytes, string? fileName = null, string? contentType = null) =>
            new(new MemoryStream(bytes ?? throw new ArgumentNullException(nameof(bytes)), writable: false), fileName, contentType);

        /// <summary>The bytes.</summary>
        public Stream Content { get; }

        /// <summary>The file name, when known (from <c>Content-Disposition</c> for a download).</summary>
        public string? FileName { get; }

        /// <summary>The media type, when known.</summary>
        public string? ContentType { get; }

        /// <summary>The length in bytes, when the server sent <c>Content-Length</c>.</summary>
        public long? Length { get; }

        /// <summary>Reads the whole content into memory.</summary>
        /// <returns>The bytes.</returns>
        public byte[] ToArray()
        {
            if (Content is MemoryStream memory && memory.Position == 0)
            {
                return memory.ToArray();
            }

            using var copy = new MemoryStream();
            Content.CopyTo(copy);
            return copy.ToArray();
        }

        /// <inheritdoc />
        public void Dispose()
        {
            Content.Dispose();
            _response?.Dispose();
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            await Content.DisposeAsync().ConfigureAwait(false);
            _response?.Dispose();
        }
    }
}
