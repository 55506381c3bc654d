using System.Text;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// The StringBuilder that the files of one client are written into one after another: once a file is turned into
    /// its string, the next reuses the builder's memory instead of growing a new builder chunk by chunk. A builder that
    /// grew past <see cref="MaxKeptCapacity"/> (a whole JSON context) is let go rather than kept for small files.
    /// </summary>
    internal sealed class SourceBuffer
    {
        private const int MaxKeptCapacity = 1 << 20;

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
