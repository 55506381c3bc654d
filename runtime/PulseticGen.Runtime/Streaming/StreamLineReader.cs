using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Reads UTF-8 lines ending in LF, CRLF or CR from a response stream as they arrive, with a cap on a line's length so a
    /// server that never sends a line break cannot make the client buffer without bound.
    /// </summary>
    internal sealed class StreamLineReader : IDisposable
    {
        private readonly StreamReader _reader;
        private readonly int _maxLineLength;
        private readonly char[] _buffer = new char[4096];
        private readonly StringBuilder _line = new();
        private int _position;
        private int _length;

        // A CR at the end of one read may be the first half of a CRLF split across reads.
        private bool _skipLineFeed;

        public StreamLineReader(Stream stream, int maxLineLength)
        {
            // An encoding with a preamble makes StreamReader drop a leading UTF-8 byte-order mark, as the SSE specification asks.
            _reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), detectEncodingFromByteOrderMarks: false, bufferSize: 4096, leaveOpen: true);
            _maxLineLength = maxLineLength;
        }

        /// <summary>The number of lines returned so far, for error messages.</summary>
        public long LineNumber { get; private set; }

        /// <summary>Returns the next line without its terminator, or <see langword="null"/> at the end of the stream.</summary>
        /// <exception cref="InvalidDataException">A line is longer than the cap.</exception>
        public async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            _line.Clear();
            while (true)
            {
                if (_position == _length)
                {
                    _length = await _reader.ReadAsync(_buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
                    _position = 0;
                    if (_length == 0)
                    {
                        if (_line.Length == 0)
                        {
                            return null;
                        }

                        LineNumber++;
                        return _line.ToString();
                    }
                }

                if (_skipLineFeed)
                {
                    _skipLineFeed = false;
                    if (_buffer[_position] == '\n')
                    {
                        _position++;
                        continue;
                    }
                }

                int start = _position;
                while (_position < _length && _buffer[_position] is not ('\n' or '\r'))
                {
                    _position++;
                }

                if (_line.Length + (_position - start) > _maxLineLength)
                {
                    throw new InvalidDataException($"Line {LineNumber + 1} is longer than {_maxLineLength} characters.");
                }

                _line.Append(_buffer, start, _position - start);
                if (_position < _length)
                {
                    _skipLineFeed = _buffer[_position] == '\r';
                    _position++;
                    LineNumber++;
                    return _line.ToString();
                }
            }
        }

        public void Dispose() => _reader.Dispose();
    }
}
