using System;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PulseticGen.Benchmarks.Requests.HandWritten;

/// <summary><c>true</c>/<c>false</c> or <c>1</c>/<c>0</c>.</summary>
public sealed class BooleanOrBitConverter : JsonConverter<bool?>
{
    public override bool HandleNull => true;

    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.Number => reader.GetInt32() != 0,
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a boolean or 0/1, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, bool? value, JsonSerializerOptions options)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A JSON number or a string holding one (<c>"99.98"</c>).</summary>
public sealed class NumberOrNumericStringConverter : JsonConverter<double?>
{
    public override bool HandleNull => true;

    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.GetDouble();
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.String when !reader.HasValueSequence && !reader.ValueIsEscaped && Utf8Parser.TryParse(reader.ValueSpan, out double parsed, out int consumed) && consumed == reader.ValueSpan.Length:
                return parsed;
            case JsonTokenType.String when double.TryParse(reader.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed):
                return parsed;
            default:
                throw new JsonException($"Expected a number or a numeric string, got {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, double? value, JsonSerializerOptions options)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>An ISO-8601 timestamp or Unix seconds.</summary>
public sealed class IsoOrUnixTimeConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetDateTimeOffset(),
        JsonTokenType.Number => DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64()),
        JsonTokenType.Null => null,
        _ => throw new JsonException($"Expected a timestamp or Unix seconds, got {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } time)
        {
            writer.WriteStringValue(time);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
