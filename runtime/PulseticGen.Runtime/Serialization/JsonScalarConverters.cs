using System.Text.Json.Serialization;
using System.Text.Json;
using System;
using PulseticGen.Runtime.Serialization.Converters;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// Converters for scalar values that read leniently and write canonically. Real APIs drift from their
    /// specifications (a number sent as <c>"600"</c>, a status code sent as <c>200</c> where a string is declared, a Laravel
    /// timestamp with microseconds); these converters accept such values instead of failing the whole response.
    /// </summary>
    /// <remarks>
    /// Generated converters call them directly with the reader on the value token; the caller handles a <c>null</c>
    /// token. They also work when registered with <c>JsonMetadataServices.CreateValueInfo</c>. Every failure is a
    /// <see cref="JsonReadException"/> at path <c>$</c> whose reason never quotes the value.
    /// </remarks>
    // Qualified: System.ComponentModel also has a DateOnlyConverter and a GuidConverter.
    [System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
    public static class JsonScalarConverters
    {
        /// <summary>Reads a string; a number, <c>true</c> or <c>false</c> token is read as its JSON text (<c>200</c> → <c>"200"</c>). Writes a JSON string.</summary>
        public static JsonConverter<string> String { get; } = new LenientStringConverter();

        /// <summary>Reads a number or a string holding an invariant number (<c>"600"</c>, <c>"6e2"</c>, <c>"600.0"</c>); the value must be a whole number in range. Writes a JSON number.</summary>
        public static JsonConverter<int> Int32 { get; } = new LenientInt32Converter();

        /// <summary>Reads a number or a string holding an invariant number; the value must be a whole number in range. Writes a JSON number.</summary>
        public static JsonConverter<long> Int64 { get; } = new LenientInt64Converter();

        /// <summary>Reads a number or a string holding an invariant number (<c>"99.98"</c>, <c>"NaN"</c>). Writes a JSON number, or the strings <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> for non-finite values.</summary>
        public static JsonConverter<double> Double { get; } = new LenientDoubleConverter();

        /// <summary>Reads a number or a string holding an invariant number. Writes a JSON number, or a string for non-finite values.</summary>
        public static JsonConverter<float> Single { get; } = new LenientSingleConverter();

        /// <summary>Reads a number or a string holding an invariant number. Writes a JSON number.</summary>
        public static JsonConverter<decimal> Decimal { get; } = new LenientDecimalConverter();

        /// <summary>Reads <c>true</c>/<c>false</c>, the numbers <c>0</c>/<c>1</c>, or the strings <c>"true"</c>, <c>"false"</c>, <c>"0"</c>, <c>"1"</c> in any case; anything else fails. Writes <c>true</c>/<c>false</c>.</summary>
        public static JsonConverter<bool> Boolean { get; } = new LenientBooleanConverter();

        /// <summary>
        /// Reads ISO 8601 (<c>2023-04-12T16:36:32.000000Z</c>, any number of fraction digits, <c>Z</c>, <c>+02:00</c> or <c>+0200</c>),
        /// <c>2023-04-12 16:36:32</c>, a date alone, RFC 1123, or a number or numeric string of Unix seconds. A value with no
        /// offset is taken as UTC. Writes ISO 8601 in the round-trip <c>O</c> format.
        /// </summary>
        public static JsonConverter<DateTimeOffset> DateTimeOffset { get; } = new LenientDateTimeOffsetConverter();

        /// <summary>
        /// A time written in <paramref name="format"/> in UTC (the spec's <c>x-format</c>, e.g. <c>yyyy-MM-dd HH:mm:ss</c>);
        /// reads that form, or any form <see cref="DateTimeOffset"/> reads. One instance per format.
        /// </summary>
        /// <param name="format">A .NET custom date and time format.</param>
        /// <returns>The converter.</returns>
        public static JsonConverter<DateTimeOffset> DateTimeOffsetIn(string format) =>
            s_formattedTimes.GetOrAdd(format, static f => new WireFormatDateTimeOffsetConverter(f));

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonConverter<DateTimeOffset>> s_formattedTimes = new(StringComparer.Ordinal);

        /// <summary>Reads and writes a <c>yyyy-MM-dd</c> string.</summary>
        public static JsonConverter<DateOnly> DateOnly { get; } = new DateOnlyConverter();

        /// <summary>Reads a GUID string in any standard format; writes the hyphenated form.</summary>
        public static JsonConverter<Guid> Guid { get; } = new GuidConverter();

        /// <summary>Reads a base64 or base64url string; writes standard base64.</summary>
        public static JsonConverter<byte[]> Base64 { get; } = new Base64Converter();

        /// <summary>Binary content inside JSON: reads a base64 string into an in-memory <see cref="ApiFile"/>; writes the file's bytes as base64.</summary>
        public static JsonConverter<ApiFile> File { get; } = new ApiFileConverter();

        /// <summary>Reads any JSON value (including <c>null</c>) into a <see cref="System.Text.Json.JsonElement"/> that owns its memory; writes it back unchanged.</summary>
        public static JsonConverter<JsonElement> JsonElement { get; } = new JsonElementConverter();
    }
}
