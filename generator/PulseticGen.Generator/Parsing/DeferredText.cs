using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// A string that is put together only when read: the name hint and the JSON pointer passed for every property,
    /// parameter and response schema, which only an inline type or a diagnostic ever needs (most schemas are a
    /// <c>$ref</c> or a scalar).
    /// </summary>
    internal readonly struct DeferredText
    {
        private enum Transform : byte
        {
            None,
            EscapeThird,
            PascalCaseThird,
        }

        private readonly string _first;
        private readonly string? _second;
        private readonly string? _third;
        private readonly string? _fourth;
        private readonly Transform _transform;

        private DeferredText(string first, string? second, string? third, string? fourth, Transform transform)
        {
            _first = first;
            _second = second;
            _third = third;
            _fourth = fourth;
            _transform = transform;
        }

        public static implicit operator DeferredText(string text) => new(text, null, null, null, Transform.None);

        /// <summary><paramref name="first"/> + <paramref name="second"/>.</summary>
        public static DeferredText Concat(string first, string second) => new(first, second, null, null, Transform.None);

        /// <summary>The four parts one after another.</summary>
        public static DeferredText Join(string first, string second, string third, string fourth) => new(first, second, third, fourth, Transform.None);

        /// <summary>A pointer to a member: <c>parent + segment + key</c> with <c>~</c> and <c>/</c> escaped in the key, then <paramref name="suffix"/>.</summary>
        public static DeferredText Pointer(string parent, string segment, string key, string? suffix = null) => new(parent, segment, key, suffix, Transform.EscapeThird);

        /// <summary>A name hint: <c>prefix + middle + ToPascalCase(word)</c>.</summary>
        public static DeferredText Hint(string prefix, string middle, string word) => new(prefix, middle, word, null, Transform.PascalCaseThird);

        public override string ToString()
        {
            if (_second is null)
            {
                return _first;
            }

            string? third = _third is null ? null : _transform switch
            {
                Transform.EscapeThird => JsonPointer.Escape(_third),
                Transform.PascalCaseThird => Identifiers.ToPascalCase(_third),
                _ => _third,
            };
            return string.Concat(_first, _second, third, _fourth);
        }
    }
}
