using System;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PulseticGen.Runtime.Serialization.Converters
{
    internal sealed class LenientStringConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),

            // The number's own JSON text, so 200 reads as "200" and 1.50 keeps its trailing zero.
            JsonTokenType.Number => reader.HasValueSequence
                ? Encoding.UTF8.GetString(reader.ValueSequence)
                : Encoding.UTF8.GetString(reader.ValueSpan),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => null,
            _ => throw JsonReadErrors.UnexpectedToken(JsonTokenType.String, reader.TokenType, "String"),
        };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
    }
}
