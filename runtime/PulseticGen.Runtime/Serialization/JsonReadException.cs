using System;
using System.Text.Json;

namespace PulseticGen.Runtime.Serialization
{
    /// <summary>
    /// A JSON value could not be read into the expected type. Carries the path of the failing value relative to the
    /// document being read (such as <c>$.data[0].ssl_check</c>), built up by <see cref="JsonReadErrors"/> as the
    /// failure travels out through the nested converters.
    /// </summary>
    /// <remarks>The reason never quotes the offending value, so it is safe to log.</remarks>
    public sealed class JsonReadException : JsonException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="reason">Why the value could not be read, as a sentence.</param>
        /// <param name="relativePath">The JSONPath of the value, starting with <c>$</c>.</param>
        /// <param name="innerException">The underlying failure, if any.</param>
        public JsonReadException(string reason, string relativePath, Exception? innerException = null)
            : base(reason + " Path: " + relativePath, relativePath, lineNumber: null, bytePositionInLine: null, innerException)
        {
            ArgumentNullException.ThrowIfNull(reason);
            ArgumentNullException.ThrowIfNull(relativePath);
            Reason = reason;
            RelativePath = relativePath;
        }

        /// <summary>The JSONPath of the value that failed, relative to the document being read, such as <c>$.data[0].ssl_check</c>.</summary>
        public string RelativePath { get; }

        /// <summary>Why the value could not be read, without the path.</summary>
        public string Reason { get; }
    }
}
