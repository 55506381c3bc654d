using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class StreamingReaderTests
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(4096)]
        public async Task Reads_events_split_at_any_read_boundary(int chunk)
        {
            const string body = "data: {\"a\":1}\r\n\r\nevent: delta\r\nid: 7\r\ndata: x\r\n\r\ndata: [DONE]\r\n\r\n";
            List<ServerSentEvent> events = await ReadAllEvents(body, chunk);

            Assert.Equal(3, events.Count);
            Assert.Equal(new ServerSentEvent(null, "{\"a\":1}", null, null), events[0]);
            Assert.Equal(new ServerSentEvent("delta", "x", "7", null), events[1]);
            Assert.Equal("[DONE]", events[2].Data);
            Assert.Equal("7", events[2].Id);
        }

        [Fact]
        public async Task Joins_multi_line_data_and_skips_comments_and_bare_cr_lines()
        {
            List<ServerSentEvent> events = await ReadAllEvents(": keep-alive\rdata: one\rdata:two\rretry: 3000\r\r", 1);

            ServerSentEvent only = Assert.Single(events);
            Assert.Equal("one\ntwo", only.Data);
            Assert.Equal(3000, only.Retry);
        }

        [Fact]
        public async Task Drops_a_leading_byte_order_mark_and_an_unfinished_last_event()
        {
            byte[] bom = { 0xEF, 0xBB, 0xBF };
            byte[] text = Encoding.UTF8.GetBytes("data: first\n\ndata: cut off");
            var bytes = new byte[bom.Length + text.Length];
            bom.CopyTo(bytes, 0);
            text.CopyTo(bytes, bom.Length);
            using var reader = new ServerSentEventReader(new ChunkedStream(bytes, 2));

            Assert.Equal("first", (await reader.ReadAsync())!.Data);
            Assert.Null(await reader.ReadAsync());
        }

        [Fact]
        public async Task Refuses_a_line_longer_than_the_cap_naming_the_line()
        {
            using var reader = new ServerSentEventReader(new ChunkedStream(Encoding.UTF8.GetBytes("data: ok\n\ndata: " + new string('x', 100) + "\n\n"), 7), maxLineLength: 50);

            Assert.Equal("ok", (await reader.ReadAsync())!.Data);
            InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(async () => await reader.ReadAsync());
            Assert.Contains("Line 3", error.Message);
        }

        [Fact]
        public async Task Json_lines_skips_blank_lines_and_reads_a_last_line_without_newline()
        {
            using var reader = new JsonLinesReader(new ChunkedStream(Encoding.UTF8.GetBytes("{\"n\":1}\r\n\n{\"n\":2}\n{\"n\":3}"), 3));
            var lines = new List<string>();
            while (await reader.ReadAsync() is { } line)
            {
                lines.Add(line);
            }

            Assert.Equal(new[] { "{\"n\":1}", "{\"n\":2}", "{\"n\":3}" }, lines);
            Assert.Equal(4, reader.LineNumber);
        }

        private static async Task<List<ServerSentEvent>> ReadAllEvents(string body, int chunk)
        {
            using var reader = new ServerSentEventReader(new ChunkedStream(Encoding.UTF8.GetBytes(body), chunk));
            var events = new List<ServerSentEvent>();
            while (await reader.ReadAsync() is { } item)
            {
                events.Add(item);
            }

            return events;
        }

        /// <summary>Returns at most a few bytes per read, the way a network stream hands over data as packets arrive.</summary>
        private sealed class ChunkedStream : Stream
        {
            private readonly byte[] _bytes;
            private readonly int _chunk;
            private int _position;

            public ChunkedStream(byte[] bytes, int chunk)
            {
                _bytes = bytes;
                _chunk = chunk;
            }

            public override bool CanRead => true;
            public override bool CanSeek => false;
            public override bool CanWrite => false;
            public override long Length => throw new NotSupportedException();
            public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

            public override int Read(byte[] buffer, int offset, int count)
            {
                int n = Math.Min(Math.Min(count, _chunk), _bytes.Length - _position);
                Array.Copy(_bytes, _position, buffer, offset, n);
                _position += n;
                return n;
            }

            public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
            {
                int n = Math.Min(Math.Min(buffer.Length, _chunk), _bytes.Length - _position);
                _bytes.AsMemory(_position, n).CopyTo(buffer);
                _position += n;
                return new ValueTask<int>(n);
            }

            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
            public override void SetLength(long value) => throw new NotSupportedException();
            public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        }
    }
}
