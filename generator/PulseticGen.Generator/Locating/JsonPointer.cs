using System;

namespace PulseticGen.Generator.Locating
{
    /// <summary>JSON Pointer (RFC 6901) segments as a <c>$ref</c> writes them: <c>~0</c> for <c>~</c>, <c>~1</c> for <c>/</c>.</summary>
    internal static class JsonPointer
    {
        /// <summary>A key as one pointer segment: <c>/monitors/{id}</c> → <c>~1monitors~1{id}</c>.</summary>
        public static string Escape(string key) => key.Replace("~", "~0").Replace("/", "~1");

        /// <summary>A pointer to a member: <paramref name="parent"/> + <paramref name="segment"/> + the escaped <paramref name="key"/>, then <paramref name="suffix"/>.</summary>
        public static string Append(string parent, string segment, string key, string? suffix = null) => string.Concat(parent, segment, Escape(key), suffix);

        /// <summary>
        /// A segment as the key it names. Percent-escapes are decoded too: a pointer in a URI fragment
        /// (<c>#/paths/~1a%20b</c>) may carry them.
        /// </summary>
        public static string Unescape(string segment) => Uri.UnescapeDataString(segment).Replace("~1", "/").Replace("~0", "~");
    }
}
