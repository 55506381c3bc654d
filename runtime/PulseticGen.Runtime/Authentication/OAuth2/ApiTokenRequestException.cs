using System;
using System.Net;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The authorization server did not hand out a token: it refused the client credentials, answered with something
    /// that is not a token response, or could not be reached. The message never contains the client secret or a token.
    /// </summary>
    public sealed class ApiTokenRequestException : ApiConfigurationException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="message">What failed. Must not contain secrets.</param>
        /// <param name="statusCode">The token endpoint's status, when it answered.</param>
        /// <param name="error">The OAuth 2.0 <c>error</c> code, such as <c>invalid_client</c>, when the server sent one.</param>
        /// <param name="innerException">The underlying failure.</param>
        public ApiTokenRequestException(string message, HttpStatusCode? statusCode, string? error, Exception? innerException = null)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            Error = error;
        }

        /// <summary>The token endpoint's status, or <see langword="null"/> when no response arrived.</summary>
        public HttpStatusCode? StatusCode { get; }

        /// <summary>The OAuth 2.0 <c>error</c> code (RFC 6749, 5.2), such as <c>invalid_client</c> or <c>invalid_scope</c>.</summary>
        public string? Error { get; }
    }
}
