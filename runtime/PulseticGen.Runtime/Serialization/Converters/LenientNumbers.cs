using System.Globalization;
using System.Text.Json;
using System;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Runtime.Serialization.Converters
{
    /// <summary>Shared reading for the numeric converters: a number token, or a string token holding an invariant number.</summary>
    internal static class LenientNumbers
    {
        public static long ReadInteger(ref Utf8JsonReader reader, long min, long max, string typeName)
        {
            decimal value;
            switch (reader.TokenType)
            {
                case JsonTokenType.Number:
                    if (reader.TryGetInt64(out long whole))
                    {
                        return InRange(whole, min, max, typeName);
                    }

                    // 600.0 or 6e2: still a whole number, just written oddly.
                    if (!reader.TryGetDecimal(out value))
                    {
                        throw OutOfRange(typeName);
                    }

                    break;
                case JsonTokenType.String when !reader.ValueIsEscaped && !reader.HasValueSequence
                    && System.Buffers.Text.Utf8Parser.TryParse(reader.ValueSpan, out whole, out int consumed) && consumed == reader.ValueSpan.Length:
                    // "600": the usual numeric string, parsed from UTF-8 without allocating a string.
                    return InRange(whole, min, max, typeName);
                case JsonTokenType.String:
                    string text = reader.GetString()!;
                    if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out whole))
                    {
                        return InRange(whole, min, max, typeName);
                    }

                    if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                    {
                        throw NotANumber(typeName);
                    }

                    break;
                default:
                    throw JsonReadErrors.UnexpectedToken(JsonTokenType.Number, reader.TokenType, typeName);
            }

            if (decimal.Truncate(value) != value)
            {
                throw JsonReadErrors.InvalidValue($"Expected a whole number for {typeName} but found a number with a fraction.");
            }

            if (value < min || value > max)
            {
                throw OutOfRange(typeName);
            }

            return (long)value;
        }

        public static string ReadNumericString(ref Utf8JsonReader reader, string typeName) => reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString()!,
            _ => throw JsonReadErrors.UnexpectedToken(JsonTokenType.Number, reader.TokenType, typeName),
        };

        public static JsonReadException NotANumber(string typeName) =>
            JsonReadErrors.InvalidValue($"Expected a number or a numeric string for {typeName} but found a string that is not an invariant number.");

        public static JsonReadException OutOfRange(string typeName) =>
            JsonReadErrors.InvalidValue($"The number is out of range for {typeName}.");

        private static long InRange(long value, long min, long max, string typeName) =>
            value >= min && value <= max ? value : throw OutOfRange(typeName);
    }

    internal sealed class LenientInt32Converter : System.Text.Json.Serialization.JsonConverter<int>
    {
        public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            (int)LenientNumbers.ReadInteger(ref reader, int.MinValue, int.MaxValue, "Int32");

        public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    internal sealed class LenientInt64Converter : System.Text.Json.Serialization.JsonConverter<long>
    {
        public override long Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            LenientNumbers.ReadInteger(ref reader, long.MinValue, long.MaxValue, "Int64");

        public override void Write(Utf8JsonWriter writer, long value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }

    internal sealed class LenientDoubleConverter : System.Text.Json.Serialization.JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return reader.TryGetDouble(out double number) ? number : throw LenientNumbers.OutOfRange("Double");
            }

            // "99.98": parsed from UTF-8 without allocating a string (a plain decimal only; "NaN" and the like take the slow path).
            if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
                && System.Buffers.Text.Utf8Parser.TryParse(reader.ValueSpan, out double parsed, out int consumed) && consumed == reader.ValueSpan.Length)
            {
                return parsed;
            }

            string text = LenientNumbers.ReadNumericString(ref reader, "Double");
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                ? value
                : throw LenientNumbers.NotANumber("Double");
        }

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            // JSON has no literal for NaN or infinities; STJ's named-literal convention writes them as strings, which Read accepts.
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteStringValue(ApiUrl.Format(value));
            }
        }
    }

    internal sealed class LenientSingleConverter : System.Text.Json.Serialization.JsonConverter<float>
    {
        public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return reader.TryGetSingle(out float number) ? number : throw LenientNumbers.OutOfRange("Single");
            }

            string text = LenientNumbers.ReadNumericString(ref reader, "Single");
            return float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out float value)
                ? value
                : throw LenientNumbers.NotANumber("Single");
        }

        public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options)
        {
            if (float.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteStringValue(ApiUrl.Format(value));
            }
        }
    }

    internal sealed class LenientDecimalConverter : System.Text.Json.Serialization.JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number)
            {
                return reader.TryGetDecimal(out decimal number) ? number : throw LenientNumbers.OutOfRange("Decimal");
            }

            string text = LenientNumbers.ReadNumericString(ref reader, "Decimal");
            return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal value)
                ? value
                : throw LenientNumbers.NotANumber("Decimal");
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
