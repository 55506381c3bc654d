using System.ComponentModel;
using System.IO;
using System.Threading.Tasks;
using System.Threading;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>
    /// Splits an <c>application/x-ndjson</c> or <c>application/jsonl</c> body into its lines, one JSON value each, as they
    /// arrive; blank lines (such as a trailing newline or keep-alives) are skipped.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonLinesReader : IDisposable
    {
        private readonly StreamLineReader _lines;

        /// <summary>Creates a reader over <paramref name="stream"/>, which it does not dispose.</summary>
        /// <param name="stream">The response body.</param>
        /// <param name="maxLineLength">The longest line accepted, in characters.</param>
        public JsonLinesReader(Stream stream, int maxLineLength = ServerSentEventReader.DefaultMaxLineLength)
        {
            ArgumentNullException.ThrowIfNull(stream);
            _lines = new StreamLineReader(stream, maxLineLength);
        }

        /// <summary>The number of lines read so far; names the place of a malformed value.</summary>
        public long LineNumber => _lines.LineNumber;

        /// <summary>Returns the next non-blank line, or <see langword="null"/> when the stream ends.</summary>
        /// <param name="cancellationToken">Stops waiting for data.</param>
        /// <returns>The line's JSON text, or <see langword="null"/>.</returns>
        /// <exception cref="InvalidDataException">A line is longer than the cap.</exception>
        public async ValueTask<string?> ReadAsync(CancellationToken cancellationToken = default)
        {
            while (await _lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (!string.IsNullOrWhiteSpace(line))
                {
                    return line;
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public void Dispose() => _lines.Dispose();
    }
}
