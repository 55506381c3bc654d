using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>What a generated model says about one of its properties.</summary>
    [Flags]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public enum JsonPropertyFlags
    {
        /// <summary>Optional and not nullable: left out when unset, and a JSON <c>null</c> reads as unset.</summary>
        None = 0,

        /// <summary>The property must be present in the JSON and is always written.</summary>
        Required = 1,

        /// <summary>The property may be <c>null</c>.</summary>
        Nullable = 2,
    }

    /// <summary>
    /// Reads and writes one property of <typeparamref name="T"/> for <see cref="JsonObjectConverter{T}"/>. Generated code
    /// creates one per property with the wire name, a converter and accessor lambdas; there is no reflection.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public abstract class JsonPropertyHandler<T>
    {
        private protected JsonPropertyHandler(string name, JsonPropertyFlags flags)
        {
            ArgumentNullException.ThrowIfNull(name);
            Name = name;
            Utf8Name = Encoding.UTF8.GetBytes(name);
            EncodedName = JsonEncodedText.Encode(name);
            Flags = flags;
        }

        /// <summary>The wire name.</summary>
        public string Name { get; }

        /// <summary>What the model says about the property.</summary>
        public JsonPropertyFlags Flags { get; }

        internal byte[] Utf8Name { get; }

        internal JsonEncodedText EncodedName { get; }

        internal bool IsRequired => (Flags & JsonPropertyFlags.Required) != 0;

        /// <summary>Whether a JSON <c>null</c> may be stored: nullable properties, and optional ones (whose C# type is nullable).</summary>
        internal bool AcceptsNull => (Flags & JsonPropertyFlags.Nullable) != 0 || !IsRequired;

        internal abstract void Read(ref Utf8JsonReader reader, T target, JsonSerializerOptions options, string typeName);

        internal abstract void Write(Utf8JsonWriter writer, T source, JsonSerializerOptions options);
    }

    /// <summary>A property whose type is a reference type or a non-nullable value type.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <typeparam name="TValue">The property type, without a nullable annotation.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonProperty<T, TValue> : JsonPropertyHandler<T>
    {
        private readonly JsonConverter<TValue> _converter;
        private readonly Func<T, TValue?> _get;
        private readonly Action<T, TValue?> _set;

        /// <summary>Describes one property.</summary>
        /// <param name="name">The wire name.</param>
        /// <param name="converter">Reads and writes the value; never given a <c>null</c> token.</param>
        /// <param name="get">Reads the property.</param>
        /// <param name="set">Writes the property.</param>
        /// <param name="flags">Required and nullable.</param>
        public JsonProperty(string name, JsonConverter<TValue> converter, Func<T, TValue?> get, Action<T, TValue?> set, JsonPropertyFlags flags = JsonPropertyFlags.None)
            : base(name, flags)
        {
            _converter = converter ?? throw new ArgumentNullException(nameof(converter));
            _get = get ?? throw new ArgumentNullException(nameof(get));
            _set = set ?? throw new ArgumentNullException(nameof(set));
        }

        internal override void Read(ref Utf8JsonReader reader, T target, JsonSerializerOptions options, string typeName)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (!AcceptsNull)
                {
                    throw JsonReadErrors.NullNotAllowed(typeName, Name);
                }

                _set(target, default);
                return;
            }

            _set(target, _converter.Read(ref reader, typeof(TValue), options));
        }

        internal override void Write(Utf8JsonWriter writer, T source, JsonSerializerOptions options)
        {
            TValue? value = _get(source);
            if (value is null)
            {
                if (IsRequired)
                {
                    writer.WriteNull(EncodedName);
                }

                return;
            }

            writer.WritePropertyName(EncodedName);
            _converter.Write(writer, value, options);
        }
    }

    /// <summary>A property whose type is a nullable value type (<c>long?</c>, an enum struct, <c>DateTimeOffset?</c>).</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <typeparam name="TValue">The underlying value type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonNullableProperty<T, TValue> : JsonPropertyHandler<T>
        where TValue : struct
    {
        private readonly JsonConverter<TValue> _converter;
        private readonly Func<T, TValue?> _get;
        private readonly Action<T, TValue?> _set;

        /// <summary>Describes one property.</summary>
        /// <param name="name">The wire name.</param>
        /// <param name="converter">Reads and writes a non-null value.</param>
        /// <param name="get">Reads the property.</param>
        /// <param name="set">Writes the property.</param>
        /// <param name="flags">Required and nullable.</param>
        public JsonNullableProperty(string name, JsonConverter<TValue> converter, Func<T, TValue?> get, Action<T, TValue?> set, JsonPropertyFlags flags = JsonPropertyFlags.None)
            : base(name, flags)
        {
            _converter = converter ?? throw new ArgumentNullException(nameof(converter));
            _get = get ?? throw new ArgumentNullException(nameof(get));
            _set = set ?? throw new ArgumentNullException(nameof(set));
        }

        internal override void Read(ref Utf8JsonReader reader, T target, JsonSerializerOptions options, string typeName)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (!AcceptsNull)
                {
                    throw JsonReadErrors.NullNotAllowed(typeName, Name);
                }

                _set(target, null);
                return;
            }

            _set(target, _converter.Read(ref reader, typeof(TValue), options));
        }

        internal override void Write(Utf8JsonWriter writer, T source, JsonSerializerOptions options)
        {
            TValue? value = _get(source);
            if (value is not { } present)
            {
                if (IsRequired)
                {
                    writer.WriteNull(EncodedName);
                }

                return;
            }

            writer.WritePropertyName(EncodedName);
            _converter.Write(writer, present, options);
        }
    }
}
