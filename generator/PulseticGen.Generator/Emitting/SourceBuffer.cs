using System.Text;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// The StringBuilder that the files of one client are written into one after another: once a file is turned into
    /// its string, the next reuses the builder's memory instead of growing a new builder chunk by chunk. The first
    /// clear of a builder that grew in chunks copies them into one array (on the large object heap for a sub-client),
    /// which every later file then writes into without allocating. Only a builder past <see cref="MaxKeptCapacity"/>
    /// is let go: that is the JSON context of a large spec, written near the end, whose array would outlive its use.
    /// </summary>
    internal sealed class SourceBuffer
    {
        // 1 M chars (2 MB). GitHub's largest sub-client is about 0.7 M chars; its JSON context is 2.5 M.
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
