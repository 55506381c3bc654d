using System;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The server answered with success, but the body could not be read as the expected type: malformed or truncated
    /// JSON, a value of the wrong shape, <c>null</c>, or an empty body. <see cref="JsonPath"/> points at the failing value.
    /// </summary>
    public class ApiSerializationException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        /// <param name="targetType">The name of the type that was expected.</param>
        /// <param name="jsonPath">The JSONPath of the failing value, if known.</param>
        /// <param name="innerException">The underlying failure, if any.</param>
        public ApiSerializationException(string message, string targetType, string? jsonPath = null, Exception? innerException = null)
            : base(message, null, innerException)
        {
            ArgumentNullException.ThrowIfNull(targetType);
            TargetType = targetType;
            JsonPath = jsonPath;
        }

        internal ApiSerializationException(ApiCallDetails details, string targetType, string? jsonPath, string reason, Exception? innerException)
            : base(details, Describe(details, targetType, jsonPath, reason), innerException)
        {
            TargetType = targetType;
            JsonPath = jsonPath;
        }

        /// <summary>The JSONPath of the value that could not be read, such as <c>$.data[0].ssl_check</c>; <see langword="null"/> when the failure has no position (an empty body).</summary>
        public string? JsonPath { get; }

        /// <summary>The name of the type the body was read as, such as <c>MonitorList</c>.</summary>
        public string TargetType { get; }

        private static string Describe(ApiCallDetails details, string targetType, string? jsonPath, string reason)
        {
            string where = jsonPath is null ? string.Empty : " at " + jsonPath;
            return $"{details.DescribeCall()} returned {details.DescribeStatusCode()}, but the body could not be read as {targetType}{where}. {reason}";
        }
    }
}
