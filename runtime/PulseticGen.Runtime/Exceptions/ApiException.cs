using System;
using System.Collections.Generic;
using System.Net;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// A call to the API failed. The base of every exception the generated client throws for a failed call; catch it to
    /// handle all of them, or catch a subclass (<see cref="ApiNotFoundException"/>, <see cref="ApiRateLimitException"/>, …)
    /// for one kind. A status without a dedicated subclass (such as 418) is thrown as this type.
    /// </summary>
    /// <remarks>
    /// <see cref="Exception.Message"/> names the operation, the request path and the status. It never contains the
    /// response body, the API token or any request header, so it is safe to log; the body is available in
    /// <see cref="ResponseBody"/> for deliberate inspection.
    /// </remarks>
    public class ApiException : Exception
    {
        /// <summary>The most characters of an error response body kept in <see cref="ResponseBody"/>.</summary>
        public const int MaxResponseBodyLength = 8192;

        private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders =
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Creates an exception with only a message and status, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        /// <param name="statusCode">The HTTP status, if any.</param>
        /// <param name="innerException">The underlying failure, if any.</param>
        public ApiException(string message, HttpStatusCode? statusCode = null, Exception? innerException = null)
            : base(message, innerException)
        {
            StatusCode = statusCode;
            ResponseHeaders = NoHeaders;
        }

        internal ApiException(ApiCallDetails details, string message, Exception? innerException)
            : base(message, innerException)
        {
            StatusCode = details.StatusCode;
            OperationId = details.Endpoint?.OperationId;
            Method = details.Method;
            RequestUri = details.RequestUri;
            ResponseHeaders = details.ResponseHeaders ?? NoHeaders;
            ResponseBody = details.ResponseBody;
            IsResponseBodyTruncated = details.IsResponseBodyTruncated;
            ErrorMessage = details.ErrorMessage;
        }

        /// <summary>The HTTP status of the response, or <see langword="null"/> when no response arrived.</summary>
        public HttpStatusCode? StatusCode { get; }

        /// <summary>
        /// The error body read as the type the specification declares for this status (for example Pulsetic's
        /// <c>ErrorResponse</c>), or <see langword="null"/> when the operation declares none or the body did not match.
        /// </summary>
        public object? Error { get; internal set; }

        /// <summary>The typed error body, when it is a <typeparamref name="TError"/>.</summary>
        /// <typeparam name="TError">The error type the specification declares.</typeparam>
        /// <param name="error">The error body.</param>
        /// <returns>Whether the error body is a <typeparamref name="TError"/>.</returns>
        public bool TryGetError<TError>([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TError? error)
            where TError : class
        {
            error = Error as TError;
            return error is not null;
        }

        /// <summary>The OpenAPI <c>operationId</c> of the call, such as <c>getMonitor</c>.</summary>
        public string? OperationId { get; }

        /// <summary>The HTTP method of the request, such as <c>GET</c>.</summary>
        public string? Method { get; }

        /// <summary>The request URI, without any user information (<c>user:password@</c>).</summary>
        public Uri? RequestUri { get; }

        /// <summary>
        /// The response and content headers, by case-insensitive name. Values of <c>Set-Cookie</c>, <c>Cookie</c>,
        /// <c>Authorization</c>, <c>Proxy-Authorization</c> and the API key's own header are replaced with
        /// <c>[redacted]</c>, as is any occurrence of the token the request carried. Empty when no response arrived.
        /// </summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> ResponseHeaders { get; }

        /// <summary>
        /// The start of the response body (at most <see cref="MaxResponseBodyLength"/> characters) of an error response,
        /// or <see langword="null"/> when there was none or it could not be read. Any occurrence of the token the request
        /// carried is replaced with <c>[redacted]</c>. Not included in <see cref="Exception.Message"/> or <see cref="Exception.ToString"/>.
        /// </summary>
        public string? ResponseBody { get; }

        /// <summary>Whether <see cref="ResponseBody"/> holds only the start of a longer body.</summary>
        public bool IsResponseBodyTruncated { get; }

        /// <summary>
        /// The server's own explanation, from the <c>message</c> string of a JSON error body (falling back to
        /// <c>error</c>, <c>error.message</c>, <c>detail</c> or <c>title</c>), at most 500 characters; <see langword="null"/> when absent.
        /// </summary>
        public string? ErrorMessage { get; }
    }
}
