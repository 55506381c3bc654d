using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// Reads and writes a generated extensible enum (a struct around its wire value) as a JSON string, keeping values
    /// the spec does not list.
    /// </summary>
    /// <typeparam name="T">The enum struct.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonStringEnumConverter<T> : JsonConverter<T>
        where T : struct
    {
        private readonly Func<string, T> _create;
        private readonly Func<T, string> _value;

        /// <summary>Creates the converter.</summary>
        /// <param name="create">Wraps a wire value.</param>
        /// <param name="value">Unwraps it.</param>
        public JsonStringEnumConverter(Func<string, T> create, Func<T, string> value)
        {
            _create = create ?? throw new ArgumentNullException(nameof(create));
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <inheritdoc />
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _create(JsonScalarConverters.String.Read(ref reader, typeof(string), options) ?? string.Empty);

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(_value(value));
        }
    }

    /// <summary>Reads and writes a generated integer enum (a struct around its wire number) as a JSON number.</summary>
    /// <typeparam name="T">The enum struct.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonIntegerEnumConverter<T> : JsonConverter<T>
        where T : struct
    {
        private readonly Func<long, T> _create;
        private readonly Func<T, long> _value;

        /// <summary>Creates the converter.</summary>
        /// <param name="create">Wraps a wire value.</param>
        /// <param name="value">Unwraps it.</param>
        public JsonIntegerEnumConverter(Func<long, T> create, Func<T, long> value)
        {
            _create = create ?? throw new ArgumentNullException(nameof(create));
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        /// <inheritdoc />
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            _create(JsonScalarConverters.Int64.Read(ref reader, typeof(long), options));

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteNumberValue(_value(value));
        }
    }
}
