using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// Reads and writes a generated model from its property table: one pass over the JSON object, unknown properties
    /// skipped, required ones checked, and every failure reported with its JSON path. Generated code supplies the
    /// table; this class does the work once for every model.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class JsonObjectConverter<T> : JsonConverter<T>
        where T : class
    {
        private readonly string _typeName;
        private readonly Func<JsonObjectShape<T>> _describe;
        private JsonObjectShape<T>? _shape;

        /// <summary>Creates the converter for one model.</summary>
        /// <param name="typeName">The schema name, used in error messages.</param>
        /// <param name="describe">
        /// Returns how to create the model and its property table. It is called on first use, so converters of models
        /// that refer to each other can be created in any order.
        /// </param>
        public JsonObjectConverter(string typeName, Func<JsonObjectShape<T>> describe)
        {
            _typeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            _describe = describe ?? throw new ArgumentNullException(nameof(describe));
        }

        private JsonObjectShape<T> Shape => _shape ??= _describe();

        /// <inheritdoc />
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.StartObject, reader.TokenType, _typeName);
            }

            JsonObjectShape<T> shape = Shape;
            JsonPropertyHandler<T>[] properties = shape.Properties;
            Span<bool> seen = properties.Length <= 256 ? stackalloc bool[properties.Length] : new bool[properties.Length];
            T value = shape.Create();
            string? current = null;
            int expected = 0;
            try
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int index = Find(ref reader, properties, expected);
                    if (index < 0)
                    {
                        // A property the spec does not list: servers add fields, so skip it rather than fail.
                        current = null;
                        if (!reader.TrySkip())
                        {
                            throw JsonReadErrors.UnexpectedToken(JsonTokenType.EndObject, reader.TokenType, _typeName);
                        }

                        continue;
                    }

                    JsonPropertyHandler<T> property = properties[index];
                    current = property.Name;
                    reader.Read();
                    property.Read(ref reader, value, options, _typeName);
                    seen[index] = true;
                    expected = index + 1;
                }
            }
            catch (Exception exception) when (JsonReadErrors.IsReadFailure(exception))
            {
                throw JsonReadErrors.WithPath(exception, current);
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.EndObject, reader.TokenType, _typeName);
            }

            for (int i = 0; i < properties.Length; i++)
            {
                if (properties[i].IsRequired && !seen[i])
                {
                    throw JsonReadErrors.MissingRequired(_typeName, properties[i].Name);
                }
            }

            return value;
        }

        /// <inheritdoc />
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            writer.WriteStartObject();
            foreach (JsonPropertyHandler<T> property in Shape.Properties)
            {
                property.Write(writer, value, options);
            }

            writer.WriteEndObject();
        }

        // Servers usually send properties in the order the spec lists them, so the one after the last match is tried
        // first; otherwise a linear scan (models are small enough that a dictionary would not pay for itself).
        private static int Find(ref Utf8JsonReader reader, JsonPropertyHandler<T>[] properties, int expected)
        {
            if (expected < properties.Length && reader.ValueTextEquals(properties[expected].Utf8Name))
            {
                return expected;
            }

            for (int i = 0; i < properties.Length; i++)
            {
                if (i != expected && reader.ValueTextEquals(properties[i].Utf8Name))
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
