using System.ComponentModel;
using System.Text.Json.Serialization;
using System.Text.Json;
using System.Text;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// Reads the alternatives of a <c>oneOf</c>/<c>anyOf</c> from a buffered JSON value. Generated union converters
    /// first pick by discriminator when the spec declares one, then try each alternative in order; a value that fits
    /// none is kept as raw JSON rather than failing the response.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonUnion
    {
        /// <summary>Reads <paramref name="element"/> with <paramref name="converter"/>; failures carry their JSON path.</summary>
        /// <typeparam name="T">The alternative's type.</typeparam>
        /// <param name="element">The buffered value.</param>
        /// <param name="converter">The alternative's converter.</param>
        /// <param name="options">The serializer options in use.</param>
        /// <returns>The value.</returns>
        public static T Read<T>(JsonElement element, JsonConverter<T> converter, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(converter);
            byte[] utf8 = Encoding.UTF8.GetBytes(element.GetRawText());
            var reader = new Utf8JsonReader(utf8);
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw JsonReadErrors.InvalidValue("A union alternative cannot be null.");
            }

            return converter.Read(ref reader, typeof(T), options)!;
        }

        /// <summary>Tries to read <paramref name="element"/> as one alternative.</summary>
        /// <typeparam name="T">The alternative's type.</typeparam>
        /// <param name="element">The buffered value.</param>
        /// <param name="converter">The alternative's converter.</param>
        /// <param name="options">The serializer options in use.</param>
        /// <param name="value">The value when it fits.</param>
        /// <returns>Whether the value fits the alternative.</returns>
        public static bool TryRead<T>(JsonElement element, JsonConverter<T> converter, JsonSerializerOptions options, out T value)
        {
            try
            {
                value = Read(element, converter, options);
                return true;
            }
            catch (Exception exception) when (JsonReadErrors.IsReadFailure(exception))
            {
                value = default!;
                return false;
            }
        }

        /// <summary>The discriminator's value when <paramref name="element"/> is an object that has it as a string.</summary>
        /// <param name="element">The buffered value.</param>
        /// <param name="propertyName">The discriminator property.</param>
        /// <returns>The value, or <see langword="null"/>.</returns>
        public static string? Discriminator(JsonElement element, string propertyName) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(propertyName, out JsonElement tag) && tag.ValueKind == JsonValueKind.String
                ? tag.GetString()
                : null;
    }
}
