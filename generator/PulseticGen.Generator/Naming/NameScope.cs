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
        private readonly HashSet<string> _taken;

        public NameScope(IEnumerable<string>? reserved = null, bool ignoreCase = false)
        {
            _taken = new HashSet<string>(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
            if (reserved is not null)
            {
                foreach (string name in reserved)
                {
                    _taken.Add(name);
                }
            }
        }

        public bool IsTaken(string name) => _taken.Contains(name);

        /// <summary>Reserves <paramref name="preferred"/>, or the first free <c>preferred2</c>, <c>preferred3</c>…</summary>
        public string Reserve(string preferred)
        {
            if (_taken.Add(preferred))
            {
                return preferred;
            }

            for (int suffix = 2; ; suffix++)
            {
                string candidate = preferred + suffix.ToString(CultureInfo.InvariantCulture);
                if (_taken.Add(candidate))
                {
                    return candidate;
                }
            }
        }
    }
}
