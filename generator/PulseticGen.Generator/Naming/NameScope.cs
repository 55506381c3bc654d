using System;
using System.Collections.Generic;
using System.Globalization;

namespace PulseticGen.Generator.Naming
{
    /// <summary>
    /// The set of names already taken in one C# scope (a namespace's types, a type's members, a method's
    /// parameters). A name that is taken gets a numeric suffix: <c>Monitor</c>, <c>Monitor2</c>, …
    /// </summary>
    internal sealed class NameScope
    {
        // A dictionary rather than a HashSet: netstandard2.0's HashSet cannot be created at a known size, and growing
        // one set per model and per operation cost more than the names themselves.
        private readonly Dictionary<string, bool> _taken;

        /// <param name="reserved">Names taken from the start.</param>
        /// <param name="ignoreCase">Whether names differing only in case collide.</param>
        /// <param name="capacity">How many names the scope is expected to hold in all (a hint).</param>
        public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false, int capacity = 0)
        {
            _taken = new Dictionary<string, bool>(capacity, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            if (reserved is not null)
            {
                foreach (string name in reserved)
                {
                    _taken[name] = true;
                }
            }
        }

        public bool IsTaken(string name) => _taken.ContainsKey(name);

        /// <summary>Reserves <paramref name="preferred"/>, or the first free <c>preferred2</c>, <c>preferred3</c>…</summary>
        public string Reserve(string preferred)
        {
            if (Add(preferred))
            {
                return preferred;
            }

            for (int suffix = 2; ; suffix++)
            {
                string candidate = preferred + suffix.ToString(CultureInfo.InvariantCulture);
                if (Add(candidate))
                {
                    return candidate;
                }
            }
        }

        /// <summary>Reserves <paramref name="name"/> itself, or returns false (and reserves nothing) when it is taken.</summary>
        public bool TryReserveExactly(string name) => Add(name);

        private bool Add(string name)
        {
            int count = _taken.Count;
            _taken[name] = true;
            return _taken.Count != count;
        }
    }
}
