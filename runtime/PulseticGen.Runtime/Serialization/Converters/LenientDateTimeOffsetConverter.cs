using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;
using System;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Runtime.Serialization.Converters
{
    internal sealed class LenientDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        // 'K' accepts "Z", "+02:00", "+0200" or nothing; ".FFFFFFF" also matches no fraction at all.
        private static readonly string[] Formats =
        {
            "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
            "yyyy-MM-dd'T'HH:mmK",
            "yyyy-MM-dd HH:mmK",
            "yyyy-MM-dd",
            "r",
        };

        private const long MinUnixSeconds = -62_135_596_800;
        private const long MaxUnixSeconds = 253_402_300_799;

        private static bool HasExplicitOffset(ref Utf8JsonReader reader)
        {
            if (reader.ValueIsEscaped || reader.HasValueSequence)
            {
                return false;
            }

            ReadOnlySpan<byte> value = reader.ValueSpan;
            return value.Length >= 20 && value[10] == (byte)'T'
                && (value[^1] == (byte)'Z' || value[^6] == (byte)'+' || value[^6] == (byte)'-');
        }

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    return reader.TryGetDecimal(out decimal seconds) ? FromUnixSeconds(seconds) : throw OutOfRange();
                case JsonTokenType.String when HasExplicitOffset(ref reader) && reader.TryGetDateTimeOffset(out DateTimeOffset fast):
                    // The common case (Laravel's "…000000Z", RFC 3339 with an offset) parsed from UTF-8 without a string.
                    // Only with an explicit offset: System.Text.Json reads an offset-less value as local time, we as UTC.
                    return fast;
                case JsonTokenType.String:
                    string text = reader.GetString()!.Trim();
                    if (LooksLikeUnixSeconds(text))
                    {
                        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds)
                            ? FromUnixSeconds(seconds)
                            : throw OutOfRange();
                    }

                    if (DateTimeOffset.TryParseExact(TrimFraction(text), Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset value))
                    {
                        return value;
                    }

                    throw JsonReadErrors.InvalidValue("Expected an ISO 8601 timestamp, 'yyyy-MM-dd HH:mm:ss', RFC 1123 or Unix seconds for DateTimeOffset.");
                default:
                    throw JsonReadErrors.UnexpectedToken(JsonTokenType.String, reader.TokenType, "DateTimeOffset");
            }
        }

        // Raw, because the default encoder would write the offset's '+' as \u002B; the text is plain ASCII and needs no escaping.
        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteRawValue("\"" + ApiUrl.Format(value) + "\"", skipInputValidation: true);

        private static DateTimeOffset FromUnixSeconds(decimal seconds)
        {
            if (seconds < MinUnixSeconds || seconds > MaxUnixSeconds)
            {
                throw OutOfRange();
            }

            return DateTimeOffset.UnixEpoch.AddTicks((long)decimal.Round(seconds * TimeSpan.TicksPerSecond));
        }

        private static bool LooksLikeUnixSeconds(string text)
        {
            int start = text.StartsWith('-') ? 1 : 0;
            if (text.Length == start)
            {
                return false;
            }

            bool seenPoint = false;
            for (int i = start; i < text.Length; i++)
            {
                if (text[i] == '.' && !seenPoint && i > start)
                {
                    seenPoint = true;
                }
                else if (!char.IsAsciiDigit(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// .NET parses at most seven fraction digits (ticks); servers in Go, Python or PostgreSQL send up to nine.
        /// Drops the digits past the seventh so such timestamps still parse.
        /// </summary>
        private static string TrimFraction(string text)
        {
            int point = text.IndexOf('.');
            if (point < 0)
            {
                return text;
            }

            int end = point + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            int digits = end - point - 1;
            return digits <= 7 ? text : string.Concat(text.AsSpan(0, point + 8), text.AsSpan(end));
        }

        private static JsonReadException OutOfRange() =>
            JsonReadErrors.InvalidValue("The Unix timestamp is out of range for DateTimeOffset.");
    }
}
