using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// A type a generated <see cref="JsonSerializerContext"/> describes, with the converter that reads and writes it.
    /// Made with <see cref="Of{T}"/>, so the <see cref="JsonTypeInfo"/> can later be created for a
    /// <see cref="System.Type"/> known only at run time without reflection (the generic argument is fixed at compile time).
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class JsonTypeInfoSource
    {
        private protected JsonTypeInfoSource()
        {
        }

        /// <summary>The type described.</summary>
        public abstract Type Type { get; }

        /// <summary>Describes <typeparamref name="T"/> with <paramref name="converter"/>.</summary>
        /// <typeparam name="T">The type described.</typeparam>
        /// <param name="converter">Reads and writes the type.</param>
        public static JsonTypeInfoSource Of<T>(JsonConverter<T> converter)
        {
            ArgumentNullException.ThrowIfNull(converter);
            return new Typed<T>(converter);
        }

        internal abstract JsonTypeInfo Create(JsonSerializerOptions options);

        private sealed class Typed<T>(JsonConverter<T> converter) : JsonTypeInfoSource
        {
            public override Type Type => typeof(T);

            internal override JsonTypeInfo Create(JsonSerializerOptions options) => JsonMetadataServices.CreateValueInfo<T>(options, converter);
        }
    }

    /// <summary>
    /// The <see cref="JsonTypeInfo"/> instances of one generated context: each made on first use, then shared, so the
    /// context's typed properties (<c>Default.Monitor</c>) and <see cref="JsonSerializerContext.GetTypeInfo"/> hand out
    /// the same instance. This keeps the generated context to one line per type instead of a field, a property and a
    /// branch of <c>GetTypeInfo</c> each.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonTypeInfoCache
    {
        private readonly JsonSerializerOptions _options;
        private readonly Dictionary<Type, JsonTypeInfoSource> _sources;
        private readonly ConcurrentDictionary<Type, JsonTypeInfo> _created = new();

        /// <summary>Creates the cache of a context bound to <paramref name="options"/>.</summary>
        /// <param name="options">The context's options; every metadata instance is bound to them.</param>
        /// <param name="sources">Every type the context describes. A type listed twice keeps its first entry.</param>
        public JsonTypeInfoCache(JsonSerializerOptions options, IReadOnlyList<JsonTypeInfoSource> sources)
        {
            ArgumentNullException.ThrowIfNull(options);
            ArgumentNullException.ThrowIfNull(sources);
            _options = options;
            _sources = new Dictionary<Type, JsonTypeInfoSource>(sources.Count);
            foreach (JsonTypeInfoSource source in sources)
            {
                _sources.TryAdd(source.Type, source);
            }
        }

        /// <summary>The metadata for <typeparamref name="T"/>, made with <paramref name="converter"/> on first use.</summary>
        /// <typeparam name="T">The type described.</typeparam>
        /// <param name="converter">Reads and writes the type.</param>
        public JsonTypeInfo<T> Get<T>(JsonConverter<T> converter)
        {
            if (_created.TryGetValue(typeof(T), out JsonTypeInfo? known))
            {
                return (JsonTypeInfo<T>)known;
            }

            ArgumentNullException.ThrowIfNull(converter);
            return (JsonTypeInfo<T>)_created.GetOrAdd(typeof(T), JsonMetadataServices.CreateValueInfo<T>(_options, converter));
        }

        /// <summary>The metadata for <paramref name="type"/>, or null when the context does not describe it.</summary>
        /// <param name="type">The type asked for.</param>
        public JsonTypeInfo? Find(Type type)
        {
            ArgumentNullException.ThrowIfNull(type);
            if (_created.TryGetValue(type, out JsonTypeInfo? known))
            {
                return known;
            }

            return _sources.TryGetValue(type, out JsonTypeInfoSource? source)
                ? _created.GetOrAdd(type, source.Create(_options))
                : null;
        }
    }
}
