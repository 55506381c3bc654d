using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The outcome of a call made through a generated <c>…WithResponseAsync</c> method: the status and headers of any
    /// response, and the <see cref="ApiException"/> the throwing method would have thrown when the status was not 2xx.
    /// </summary>
    /// <remarks>
    /// Only the HTTP status is turned into a value: a broken connection, a timeout, cancellation or a 2xx body that cannot
    /// be read still throw, as they do from the throwing methods.
    /// </remarks>
    public class ApiResponse
    {
        /// <summary>Creates an outcome (generated code and tests; mocks of a client's interface can build their own).</summary>
        /// <param name="statusCode">The response's status.</param>
        /// <param name="headers">The response and content headers, by name (looked up case-insensitively).</param>
        /// <param name="exception">The error for a status other than 2xx, else <see langword="null"/>.</param>
        public ApiResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, ApiException? exception)
        {
            ArgumentNullException.ThrowIfNull(headers);
            StatusCode = statusCode;
            Headers = headers;
            Exception = exception;
        }

        /// <summary>The response's status.</summary>
        public HttpStatusCode StatusCode { get; }

        /// <summary>The response headers and content headers, as sent, by name (case-insensitive).</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

        /// <summary><see langword="true"/> when the status was 2xx, so there is no <see cref="Exception"/>.</summary>
        [MemberNotNullWhen(false, nameof(Exception))]
        public bool IsSuccess => Exception is null;

        /// <summary>
        /// For a status other than 2xx, the exception the throwing method would have thrown (a subclass per status, such
        /// as <see cref="ApiNotFoundException"/> or <see cref="ApiRateLimitException"/>); <see langword="null"/> on success.
        /// </summary>
        public ApiException? Exception { get; }

        /// <summary>The error body, typed as the spec declares it for this status (see <see cref="TryGetError{TError}"/>), or <see langword="null"/>.</summary>
        public object? Error => Exception?.Error;

        /// <summary>
        /// How long the server asks the caller to wait (<c>Retry-After</c>, in seconds or as a date), or
        /// <see langword="null"/> when it did not say.
        /// </summary>
        public TimeSpan? RetryAfter
        {
            get
            {
                if (GetHeader("Retry-After") is not { } text || !RetryConditionHeaderValue.TryParse(text, out RetryConditionHeaderValue? value))
                {
                    return null;
                }

                TimeSpan? wait = value.Delta ?? (value.Date is { } date ? date - ServerDate() : null);
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }
        }

        /// <summary>Requests left in the current window (<c>X-RateLimit-Remaining</c> or <c>RateLimit-Remaining</c>), or <see langword="null"/>.</summary>
        public long? RateLimitRemaining => GetNumber("X-RateLimit-Remaining") ?? GetNumber("RateLimit-Remaining");

        /// <summary>Requests allowed per window (<c>X-RateLimit-Limit</c> or <c>RateLimit-Limit</c>), or <see langword="null"/>.</summary>
        public long? RateLimitLimit => GetNumber("X-RateLimit-Limit") ?? GetNumber("RateLimit-Limit");

        /// <summary>The first value of header <paramref name="name"/> (response or content header), or <see langword="null"/>.</summary>
        /// <param name="name">The header name, in any case.</param>
        /// <returns>The value, or <see langword="null"/> when the response did not carry the header.</returns>
        public string? GetHeader(string name) =>
            Headers.TryGetValue(name, out IReadOnlyList<string>? values) && values.Count > 0 ? values[0] : null;

        /// <summary>Gets the error body as <typeparamref name="TError"/> when the spec declared that type for this status.</summary>
        /// <typeparam name="TError">The error body type.</typeparam>
        /// <param name="error">The error body.</param>
        /// <returns><see langword="true"/> when the call failed with a body of that type.</returns>
        public bool TryGetError<TError>([NotNullWhen(true)] out TError? error)
        {
            if (Error is TError typed)
            {
                error = typed;
                return true;
            }

            error = default;
            return false;
        }

        /// <summary>Throws <see cref="Exception"/> when the status was not 2xx.</summary>
        /// <exception cref="ApiException">The call failed with that status.</exception>
        public void EnsureSuccess()
        {
            if (Exception is { } exception)
            {
                throw exception;
            }
        }

        private long? GetNumber(string name) =>
            long.TryParse(GetHeader(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out long number) ? number : null;

        // A Retry-After date is measured against the server's clock when it sent one, so clock skew does not stretch the wait.
        private DateTimeOffset ServerDate() =>
            DateTimeOffset.TryParse(GetHeader("Date"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date) ? date : DateTimeOffset.UtcNow;
    }

    /// <summary>The outcome of a call whose success body is a <typeparamref name="T"/>: see <see cref="ApiResponse"/>.</summary>
    /// <typeparam name="T">The success body type.</typeparam>
    public sealed class ApiResponse<T> : ApiResponse
    {
        /// <summary>Creates an outcome.</summary>
        /// <param name="statusCode">The response's status.</param>
        /// <param name="headers">The response and content headers, by name (looked up case-insensitively).</param>
        /// <param name="body">The body of a 2xx response; <see langword="default"/> otherwise.</param>
        /// <param name="exception">The error for a status other than 2xx, else <see langword="null"/>.</param>
        public ApiResponse(HttpStatusCode statusCode, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, T? body, ApiException? exception)
            : base(statusCode, headers, exception)
        {
            Body = body;
        }

        /// <summary>The body of a 2xx response, read as the spec declares it; <see langword="default"/> when the call failed.</summary>
        public T? Body { get; }

        /// <summary>Returns <see cref="Body"/>, or throws <see cref="ApiResponse.Exception"/> when the status was not 2xx.</summary>
        /// <returns>The body.</returns>
        /// <exception cref="ApiException">The call failed with that status.</exception>
        public T GetBodyOrThrow()
        {
            EnsureSuccess();
            return Body!;
        }
    }
}
