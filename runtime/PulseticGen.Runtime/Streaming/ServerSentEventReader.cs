using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using System.Threading;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>
    /// Parses a <c>text/event-stream</c> body (the WHATWG Server-Sent Events format) into events as their blank line arrives:
    /// <c>data:</c> lines joined with <c>\n</c>, <c>event:</c>, <c>id:</c> and <c>retry:</c> fields, <c>:</c> comments ignored.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ServerSentEventReader : IDisposable
    {
        /// <summary>The default cap on one line, in characters (1 MiB): far above any real event, low enough to stop a runaway stream.</summary>
        public const int DefaultMaxLineLength = 1024 * 1024;

        private readonly StreamLineReader _lines;
        private readonly StringBuilder _data = new();
        private string? _lastId;

        /// <summary>Creates a reader over <paramref name="stream"/>, which it does not dispose.</summary>
        /// <param name="stream">The response body.</param>
        /// <param name="maxLineLength">The longest line accepted, in characters.</param>
        public ServerSentEventReader(Stream stream, int maxLineLength = DefaultMaxLineLength)
        {
            ArgumentNullException.ThrowIfNull(stream);
            _lines = new StreamLineReader(stream, maxLineLength);
        }

        /// <summary>The number of lines read so far; names the place of a malformed event.</summary>
        public long LineNumber => _lines.LineNumber;

        /// <summary>Returns the next event, or <see langword="null"/> when the stream ends. An unfinished event at the end is dropped, as the specification says.</summary>
        /// <param name="cancellationToken">Stops waiting for data.</param>
        /// <returns>The event, or <see langword="null"/>.</returns>
        /// <exception cref="InvalidDataException">A line is longer than the cap.</exception>
        public async ValueTask<ServerSentEvent?> ReadAsync(CancellationToken cancellationToken = default)
        {
            string? eventType = null;
            int? retry = null;
            bool hasData = false;
            _data.Clear();
            while (await _lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
            {
                if (line.Length == 0)
                {
                    if (hasData)
                    {
                        return new ServerSentEvent(eventType, _data.ToString(), _lastId, retry);
                    }

                    // A blank line after only event:/comment lines dispatches nothing and resets the pending type.
                    eventType = null;
                    retry = null;
                    continue;
                }

                if (line[0] == ':')
                {
                    continue;
                }

                int colon = line.IndexOf(':');
                string field = colon < 0 ? line : line.Substring(0, colon);
                string value = colon < 0 ? string.Empty : line.Substring(colon + 1 < line.Length && line[colon + 1] == ' ' ? colon + 2 : colon + 1);
                switch (field)
                {
                    case "data":
                        if (hasData)
                        {
                            _data.Append('\n');
                        }

                        _data.Append(value);
                        hasData = true;
                        break;
                    case "event":
                        eventType = value;
                        break;
                    case "id" when value.IndexOf('\0') < 0:
                        _lastId = value;
                        break;
                    case "retry" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int milliseconds):
                        retry = milliseconds;
                        break;
                }
            }

            return null;
        }

        /// <inheritdoc/>
        public void Dispose() => _lines.Dispose();
    }
}
