using System;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The call failed below HTTP: the connection could not be made or broke, the response body stopped early, or the
    /// call timed out (<see cref="System.Net.Http.HttpClient.Timeout"/>). <see cref="ApiException.StatusCode"/> is set only
    /// when the response headers had arrived. Cancelling through the caller's token throws
    /// <see cref="OperationCanceledException"/> instead.
    /// </summary>
    public class ApiTransportException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        /// <param name="innerException">The underlying failure, if any.</param>
        public ApiTransportException(string message, Exception? innerException = null)
            : base(message, null, innerException)
        {
        }

        internal ApiTransportException(ApiCallDetails details, string message, Exception? innerException, bool isTimeout)
            : base(details, message, innerException)
        {
            IsTimeout = isTimeout;
        }

        /// <summary>Whether the call failed because it took longer than <see cref="System.Net.Http.HttpClient.Timeout"/>.</summary>
        public bool IsTimeout { get; }
    }
}
