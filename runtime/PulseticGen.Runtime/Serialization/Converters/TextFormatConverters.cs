using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Runtime.Serialization.Converters
{
    internal sealed class DateOnlyConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.String, reader.TokenType, "DateOnly");
            }

            return DateOnly.TryParseExact(reader.GetString()!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly value)
                ? value
                : throw JsonReadErrors.InvalidValue("Expected a 'yyyy-MM-dd' date for DateOnly.");
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(ApiUrl.Format(value));
    }

    internal sealed class GuidConverter : JsonConverter<Guid>
    {
        public override Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.String, reader.TokenType, "Guid");
            }

            return Guid.TryParse(reader.GetString(), out Guid value)
                ? value
                : throw JsonReadErrors.InvalidValue("Expected a GUID string for Guid.");
        }

        public override void Write(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options) =>
            writer.WriteStringValue(ApiUrl.Format(value));
    }

    internal sealed class Base64Converter : JsonConverter<byte[]>
    {
        public override byte[]? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != JsonTokenType.String)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.String, reader.TokenType, "byte[]");
            }

            if (reader.TryGetBytesFromBase64(out byte[]? bytes))
            {
                return bytes;
            }

            // base64url (RFC 4648 §5): '-' and '_' instead of '+' and '/', usually without padding.
            string text = reader.GetString()!.Replace('-', '+').Replace('_', '/');
            text = text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
            byte[] buffer = new byte[text.Length / 4 * 3];
            return Convert.TryFromBase64String(text, buffer, out int written)
                ? buffer.AsSpan(0, written).ToArray()
                : throw JsonReadErrors.InvalidValue("Expected a base64 or base64url string for byte[].");
        }

        public override void Write(Utf8JsonWriter writer, byte[] value, JsonSerializerOptions options)
        {
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteBase64StringValue(value);
            }
        }
    }

    internal sealed class JsonElementConverter : JsonConverter<JsonElement>
    {
        // A JSON null is a value worth keeping here (JsonValueKind.Null), not an absent one.
        public override bool HandleNull => true;

        public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            JsonElement.ParseValue(ref reader);

        public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options)
        {
            if (value.ValueKind == JsonValueKind.Undefined)
            {
                writer.WriteNullValue();
            }
            else
            {
                value.WriteTo(writer);
            }
        }
    }
}
