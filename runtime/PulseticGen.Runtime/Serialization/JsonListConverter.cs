using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// Reads a JSON array into a <see cref="List{T}"/> exposed as <see cref="IReadOnlyList{T}"/>, reading each element
    /// with the given converter. A <c>null</c> element becomes <c>default(T)</c>. When an element fails, the failure is
    /// rethrown with its index prepended to the path (<c>$[3].name</c>).
    /// </summary>
    /// <typeparam name="T">The element type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonListConverter<T> : JsonConverter<IReadOnlyList<T>>
    {
        private readonly JsonConverter<T> _elementConverter;
        private readonly bool _allowNullElements;

        /// <summary>Creates a list converter.</summary>
        /// <param name="elementConverter">Reads and writes one element; it is never given a <c>null</c> token.</param>
        /// <param name="allowNullElements">
        /// Whether a <c>null</c> item is kept (as <c>default</c>). When false (the default, for item types that are not
        /// nullable), a <c>null</c> item fails with its path instead of reaching the caller as a null the type forbids.
        /// </param>
        public JsonListConverter(JsonConverter<T> elementConverter, bool allowNullElements = false)
        {
            ArgumentNullException.ThrowIfNull(elementConverter);
            _elementConverter = elementConverter;
            _allowNullElements = allowNullElements;
        }

        /// <inheritdoc/>
        public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.StartArray, reader.TokenType, "a list of " + typeof(T).Name);
            }

            var list = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    if (!_allowNullElements)
                    {
                        throw JsonReadErrors.WithIndex(JsonReadErrors.NullItemNotAllowed("a list of " + typeof(T).Name), list.Count);
                    }

                    list.Add(default!);
                    continue;
                }

                try
                {
                    list.Add(_elementConverter.Read(ref reader, typeof(T), options)!);
                }
                catch (Exception ex) when (JsonReadErrors.IsReadFailure(ex))
                {
                    throw JsonReadErrors.WithIndex(ex, list.Count);
                }
            }

            return list;
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            if (value is null)
            {
                writer.WriteNullValue();
                return;
            }

            writer.WriteStartArray();
            foreach (T item in value)
            {
                if (item is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    _elementConverter.Write(writer, item, options);
                }
            }

            writer.WriteEndArray();
        }
    }
}
