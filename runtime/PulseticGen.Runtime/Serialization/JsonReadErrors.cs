using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// Builds <see cref="JsonReadException"/>s with a JSONPath. Converters throw with a path relative to the value they
    /// read (<c>$</c>); each enclosing converter catches the failure and prepends its own segment, so the exception that
    /// leaves the outermost converter points at the exact value.
    /// </summary>
    /// <example>
    /// <code>
    /// catch (Exception ex) when (JsonReadErrors.IsReadFailure(ex))
    /// {
    ///     throw JsonReadErrors.WithPath(ex, "ssl_check");
    /// }
    /// </code>
    /// </example>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class JsonReadErrors
    {
        /// <summary>
        /// Whether <paramref name="exception"/> is a failure to read a value (<see cref="JsonException"/>,
        /// <see cref="FormatException"/>, <see cref="InvalidOperationException"/> as thrown by <see cref="Utf8JsonReader"/>
        /// on a token of the wrong type, <see cref="OverflowException"/>, <see cref="ArgumentException"/>) that should get a path.
        /// </summary>
        /// <param name="exception">The caught exception.</param>
        /// <returns><see langword="true"/> for read failures.</returns>
        public static bool IsReadFailure(Exception exception) =>
            exception is JsonException or FormatException or InvalidOperationException or OverflowException or ArgumentException;

        /// <summary>
        /// Prepends a property segment (<c>.name</c>, or <c>['odd name']</c> when the name is not identifier-like) to the
        /// path of a <see cref="JsonReadException"/>, or wraps any other failure at <c>$.name</c> with its message as the reason.
        /// </summary>
        /// <param name="exception">The failure raised while reading the property's value.</param>
        /// <param name="propertyName">The JSON property name; <see langword="null"/> adds no segment.</param>
        /// <returns>The exception to throw.</returns>
        public static JsonReadException WithPath(Exception exception, string? propertyName) =>
            Prepend(exception, propertyName is null ? string.Empty : PropertySegment(propertyName));

        /// <summary>Prepends an array index segment (<c>[index]</c>) to the failure's path, wrapping it as <see cref="WithPath"/> does.</summary>
        /// <param name="exception">The failure raised while reading the element.</param>
        /// <param name="index">The zero-based element index.</param>
        /// <returns>The exception to throw.</returns>
        public static JsonReadException WithIndex(Exception exception, int index) =>
            Prepend(exception, "[" + index.ToString(CultureInfo.InvariantCulture) + "]");

        /// <summary>The value at <c>$</c> has the wrong JSON token type.</summary>
        /// <param name="expected">The token that would have been accepted (<see cref="JsonTokenType.StartObject"/> for an object, and so on).</param>
        /// <param name="actual">The token found.</param>
        /// <param name="typeName">The .NET or schema type being read, for the message.</param>
        /// <returns>The exception to throw.</returns>
        public static JsonReadException UnexpectedToken(JsonTokenType expected, JsonTokenType actual, string typeName) =>
            new($"Expected {Describe(expected)} for {typeName} but found {Describe(actual)}.", "$");

        /// <summary>
        /// A required property is absent. The path is the object's (<c>$</c>); the reason names the property. Throw it
        /// from the object converter after reading all properties.
        /// </summary>
        /// <param name="typeName">The type being read.</param>
        /// <param name="jsonPropertyName">The JSON name of the missing property.</param>
        /// <returns>The exception to throw.</returns>
        public static JsonReadException MissingRequired(string typeName, string jsonPropertyName) =>
            new($"The required property '{jsonPropertyName}' of {typeName} is missing.", "$");

        /// <summary>
        /// A property that may not be <see langword="null"/> is <c>null</c>. The path is relative to the property's value
        /// (<c>$</c>): throw it inside the same <c>catch</c> that applies <see cref="WithPath"/> for the property, so the
        /// final path ends with the property name.
        /// </summary>
        /// <param name="typeName">The type being read.</param>
        /// <param name="jsonPropertyName">The JSON name of the property.</param>
        /// <returns>The exception to throw.</returns>
        public static JsonReadException NullNotAllowed(string typeName, string jsonPropertyName) =>
            new($"The property '{jsonPropertyName}' of {typeName} cannot be null.", "$");

        internal static JsonReadException InvalidValue(string reason) => new(reason, "$");

        internal static JsonReadException NullItemNotAllowed(string collection) => new($"A null item is not allowed in {collection}.", "$");

        private static JsonReadException Prepend(Exception exception, string segment)
        {
            ArgumentNullException.ThrowIfNull(exception);
            if (exception is JsonReadException read)
            {
                // Keep the original cause as the inner exception rather than nesting one wrapper per level.
                return new JsonReadException(read.Reason, "$" + segment + read.RelativePath.Substring(1), read.InnerException ?? read);
            }

            return new JsonReadException(exception.Message, "$" + segment, exception);
        }

        private static string PropertySegment(string name)
        {
            bool identifierLike = name.Length > 0 && !char.IsAsciiDigit(name[0]);
            foreach (char c in name)
            {
                if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                {
                    identifierLike = false;
                    break;
                }
            }

            return identifierLike
                ? "." + name
                : "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
        }

        private static string Describe(JsonTokenType token) => token switch
        {
            JsonTokenType.StartObject or JsonTokenType.EndObject => "an object",
            JsonTokenType.StartArray or JsonTokenType.EndArray => "an array",
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "a number",
            JsonTokenType.True or JsonTokenType.False => "a boolean",
            JsonTokenType.Null => "null",
            JsonTokenType.PropertyName => "a property name",
            JsonTokenType.Comment => "a comment",
            _ => "no value",
        };
    }
}
