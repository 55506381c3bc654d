using System.Text;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// The StringBuilder that the files of one client are written into one after another: once a file is turned into
    /// its string, the next reuses the builder's memory instead of growing a new builder chunk by chunk. That pays for
    /// the many small files (one per model). A builder that grew past <see cref="MaxKeptCapacity"/> (a sub-client, the
    /// JSON context) is let go: clearing it would copy its chunks into one array on the large object heap.
    /// </summary>
    internal sealed class SourceBuffer
    {
        // 64 KB of chars, under the large object heap's 85,000 bytes.
        private const int MaxKeptCapacity = 1024 * 1024;

        private StringBuilder? _builder;

        public StringBuilder Take()
        {
            StringBuilder builder = _builder ?? new StringBuilder();
            _builder = null;
            return builder;
        }

        public void Return(StringBuilder builder)
        {
            if (builder.Capacity <= MaxKeptCapacity)
            {
                builder.Clear();
                _builder = builder;
            }
        }
    }
}
