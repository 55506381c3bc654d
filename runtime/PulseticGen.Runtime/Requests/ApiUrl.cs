using System.ComponentModel;
using System.Globalization;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>
    /// Formats parameter values the way they go on the wire: invariant culture, round-trippable numbers, lower-case
    /// booleans, ISO 8601 dates. Used for path segments, query values and headers.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class ApiUrl
    {
        /// <summary>Returns <paramref name="value"/> unchanged.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The value.</returns>
        public static string Format(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            return value;
        }

        /// <summary>Formats an integer in the invariant culture.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The digits, with a leading <c>-</c> when negative.</returns>
        public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Formats an integer in the invariant culture.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The digits, with a leading <c>-</c> when negative.</returns>
        public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Formats a number in the invariant culture with the shortest text that round-trips (<c>1.5</c>, never <c>1,5</c>).</summary>
        /// <param name="value">The value.</param>
        /// <returns>The number as text; <c>NaN</c>, <c>Infinity</c> or <c>-Infinity</c> for non-finite values.</returns>
        public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>Formats a number in the invariant culture with the shortest text that round-trips.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The number as text.</returns>
        public static string Format(float value) => value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>Formats a decimal in the invariant culture.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The number as text, keeping its scale (<c>1.50</c> stays <c>1.50</c>).</returns>
        public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Formats a boolean as JSON does.</summary>
        /// <param name="value">The value.</param>
        /// <returns><c>true</c> or <c>false</c>.</returns>
        public static string Format(bool value) => value ? "true" : "false";

        /// <summary>Formats a GUID in the hyphenated form.</summary>
        /// <param name="value">The value.</param>
        /// <returns>For example <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>.</returns>
        public static string Format(Guid value) => value.ToString("D", CultureInfo.InvariantCulture);

        /// <summary>Formats a date as an ISO 8601 full-date.</summary>
        /// <param name="value">The value.</param>
        /// <returns>For example <c>2024-02-29</c>.</returns>
        public static string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>Formats a timestamp as ISO 8601 with its offset (the round-trip <c>O</c> format).</summary>
        /// <param name="value">The value.</param>
        /// <returns>For example <c>2024-02-29T13:45:00.0000000+00:00</c>.</returns>
        public static string Format(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

        /// <summary>Formats a time in a fixed pattern, in UTC (the spec's <c>x-format</c>): <c>2026-12-01 10:00:00</c>.</summary>
        /// <param name="value">The value; converted to UTC first.</param>
        /// <param name="format">A .NET custom date and time format.</param>
        /// <returns>The text, not yet escaped.</returns>
        public static string Format(DateTimeOffset value, string format) => Serialization.Converters.WireTime.Format(value, format);

        /// <summary>
        /// Escapes a value for use as one path segment: every character outside the unreserved set is percent-encoded,
        /// including <c>/</c>, <c>?</c>, <c>#</c> and spaces, so the value can never change which endpoint is called.
        /// </summary>
        /// <param name="value">The raw value.</param>
        /// <returns>The escaped segment.</returns>
        /// <exception cref="ArgumentException">The value is empty, <c>.</c> or <c>..</c>: each would address a different resource than intended (URIs drop or resolve dot segments even when escaped).</exception>
        public static string PathSegment(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Length == 0 || value == "." || value == "..")
            {
                throw new ArgumentException(
                    value.Length == 0 ? "A path parameter cannot be empty." : $"A path parameter cannot be '{value}'.",
                    nameof(value));
            }

            return Uri.EscapeDataString(value);
        }

        /// <summary>Formats an integer as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(long value) => Uri.EscapeDataString(Format(value));

        /// <summary>Formats an integer as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(int value) => Uri.EscapeDataString(Format(value));

        /// <summary>Formats a number (invariant, round-trip) as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(double value) => Uri.EscapeDataString(Format(value));

        /// <summary>Formats a number (invariant, round-trip) as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(float value) => Uri.EscapeDataString(Format(value));

        /// <summary>Formats a decimal (invariant) as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(decimal value) => Uri.EscapeDataString(Format(value));

        /// <summary>Formats a boolean (<c>true</c>/<c>false</c>) as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(bool value) => Format(value);

        /// <summary>Formats a GUID as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(Guid value) => Format(value);

        /// <summary>Formats a date (<c>yyyy-MM-dd</c>) as a path segment.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(DateOnly value) => Uri.EscapeDataString(Format(value));

        /// <summary>Formats a timestamp (ISO 8601, <c>O</c>) as a path segment; the <c>:</c> and <c>+</c> are percent-encoded.</summary>
        /// <param name="value">The value.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(DateTimeOffset value) => Uri.EscapeDataString(Format(value));

        /// <summary>Escapes a time written in a fixed pattern (the spec's <c>x-format</c>) for use as one path segment.</summary>
        /// <param name="value">The value; converted to UTC first.</param>
        /// <param name="format">A .NET custom date and time format.</param>
        /// <returns>The escaped segment.</returns>
        public static string PathSegment(DateTimeOffset value, string format) => Uri.EscapeDataString(Format(value, format));
    }
}
