using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PulseticGen.Runtime.Serialization.Converters
{
    /// <summary>
    /// A time whose wire form is a fixed pattern in UTC rather than RFC 3339 (Pulsetic's <c>2026-12-01 10:00:00</c>),
    /// declared in the spec with <c>x-format</c>. It writes exactly that pattern, in UTC; it reads the pattern, and
    /// anything the lenient reader accepts, since servers rarely keep to one form.
    /// </summary>
    internal sealed class WireFormatDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        private static readonly LenientDateTimeOffsetConverter s_lenient = new();
        private readonly string _format;

        public WireFormatDateTimeOffsetConverter(string format) => _format = format;

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && WireTime.TryParse(reader.GetString()!, _format, out DateTimeOffset value))
            {
                return value;
            }

            return s_lenient.Read(ref reader, typeToConvert, options);
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(WireTime.Format(value, _format));
    }

    /// <summary>Formats and parses times in a fixed pattern, always in UTC and the invariant culture.</summary>
    internal static class WireTime
    {
        public static string Format(DateTimeOffset value, string format) =>
            value.ToUniversalTime().ToString(format, CultureInfo.InvariantCulture);

        public static bool TryParse(string text, string format, out DateTimeOffset value) =>
            DateTimeOffset.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }
}
