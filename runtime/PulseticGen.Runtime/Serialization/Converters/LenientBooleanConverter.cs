using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PulseticGen.Runtime.Serialization.Converters
{
    internal sealed class LenientBooleanConverter : JsonConverter<bool>
    {
        private const string InvalidReason = "Expected true, false, 0, 1 or one of those as a string for Boolean.";

        public override bool Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True:
                    return true;
                case JsonTokenType.False:
                    return false;
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out long number) && number is 0 or 1)
                    {
                        return number == 1;
                    }

                    throw JsonReadErrors.InvalidValue(InvalidReason);
                case JsonTokenType.String:
                    string text = reader.GetString()!.Trim();
                    if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1")
                    {
                        return true;
                    }

                    if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text == "0")
                    {
                        return false;
                    }

                    throw JsonReadErrors.InvalidValue(InvalidReason);
                default:
                    throw JsonReadErrors.UnexpectedToken(JsonTokenType.True, reader.TokenType, "Boolean");
            }
        }

        public override void Write(Utf8JsonWriter writer, bool value, JsonSerializerOptions options) => writer.WriteBooleanValue(value);
    }
}
