using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// Reads a JSON object into a <see cref="Dictionary{TKey, TValue}"/> with ordinal keys, exposed as
    /// <see cref="IReadOnlyDictionary{TKey, TValue}"/>, reading each value with the given converter. A <c>null</c> value
    /// becomes <c>default(T)</c>; a repeated key keeps the last value. When a value fails, the failure is rethrown with
    /// the key prepended to the path (<c>$.eu-west</c> becomes <c>$['eu-west']</c>).
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonDictionaryConverter<T> : JsonConverter<IReadOnlyDictionary<string, T>>
    {
        private readonly JsonConverter<T> _valueConverter;
        private readonly bool _allowNullValues;

        /// <summary>Creates a dictionary converter.</summary>
        /// <param name="valueConverter">Reads and writes one value; it is never given a <c>null</c> token.</param>
        /// <param name="allowNullValues">
        /// Whether a <c>null</c> value is kept (as <c>default</c>). When false (the default, for value types that are not
        /// nullable), a <c>null</c> value fails with its path instead of reaching the caller as a null the type forbids.
        /// </param>
        public JsonDictionaryConverter(JsonConverter<T> valueConverter, bool allowNullValues = false)
        {
            ArgumentNullException.ThrowIfNull(valueConverter);
            _valueConverter = valueConverter;
            _allowNullValues = allowNullValues;
        }

        /// <inheritdoc/>
        public override IReadOnlyDictionary<string, T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.StartObject, reader.TokenType, "a map of " + typeof(T).Name);
            }

            var dictionary = new Dictionary<string, T>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string key = reader.GetString()!;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    if (!_allowNullValues)
                    {
                        throw JsonReadErrors.WithPath(JsonReadErrors.NullItemNotAllowed("a map of " + typeof(T).Name), key);
                    }

                    dictionary[key] = default!;
                    continue;
                }

                try
                {
                    dictionary[key] = _valueConverter.Read(ref reader, typeof(T), options)!;
                }
                catch (Exception ex) when (JsonReadErrors.IsReadFailure(ex))
                {
                    throw JsonReadErrors.WithPath(ex, key);
                }
            }

            return dictionary;
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, T> value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStartObject();
            foreach (KeyValuePair<string, T> pair in value)
            {
                writer.WritePropertyName(pair.Key);
                if (pair.Value is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    _valueConverter.Write(writer, pair.Value, options);
                }
            }

            writer.WriteEndObject();
        }
    }
}
