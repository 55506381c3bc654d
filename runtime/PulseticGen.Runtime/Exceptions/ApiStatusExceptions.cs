using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The server rejected the request as invalid: 400 Bad Request or 422 Unprocessable Entity. <see cref="Errors"/> holds
    /// the per-field messages of a Laravel-style body (<c>{"message": "...", "errors": {"field": ["..."]}}</c>).
    /// </summary>
    public class ApiValidationException : ApiException
    {
        private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors =
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        /// <param name="errors">Messages by field name.</param>
        /// <param name="statusCode">The status, 422 unless given.</param>
        public ApiValidationException(string message, IReadOnlyDictionary<string, IReadOnlyList<string>>? errors = null, HttpStatusCode statusCode = HttpStatusCode.UnprocessableEntity)
            : base(message, statusCode)
        {
            Errors = errors ?? NoErrors;
        }

        internal ApiValidationException(ApiCallDetails details)
            : base(details, details.DescribeStatus() + " " + Explain(details.ValidationErrors), null)
        {
            Errors = details.ValidationErrors ?? NoErrors;
        }

        /// <summary>Messages by field name (ordinal keys, such as <c>url</c> or <c>notifications.0.email</c>); empty when the body had none or could not be parsed.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> Errors { get; }

        private static string Explain(IReadOnlyDictionary<string, IReadOnlyList<string>>? errors)
        {
            if (errors is null || errors.Count == 0)
            {
                return "The server rejected the request as invalid; see ErrorMessage and ResponseBody.";
            }

            const int Shown = 5;
            var fields = new List<string>(Shown);
            foreach (string field in errors.Keys)
            {
                if (fields.Count == Shown)
                {
                    break;
                }

                fields.Add(field);
            }

            string more = errors.Count > Shown ? $" and {errors.Count - Shown} more" : string.Empty;
            return $"The server rejected the request as invalid; fields with errors: {string.Join(", ", fields)}{more} (see Errors).";
        }
    }

    /// <summary>
    /// 401 Unauthorized: the API token is missing, wrong or revoked, or is sent in the wrong form. The message says how
    /// the API expects the token.
    /// </summary>
    public class ApiUnauthorizedException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        public ApiUnauthorizedException(string message)
            : base(message, HttpStatusCode.Unauthorized)
        {
        }

        internal ApiUnauthorizedException(ApiCallDetails details)
            : base(details, details.DescribeStatus() + " " + Explain(details.SecurityScheme), null)
        {
        }

        private static string Explain(ApiKeyScheme? scheme) => scheme switch
        {
            null => "Check the API credentials.",
            { Prefix: null } => $"Check the API token. This API expects the raw token in the '{scheme.HeaderName}' header, with no 'Bearer' or other prefix.",
            _ => $"Check the API token. This API expects it in the '{scheme.HeaderName}' header as '{scheme.Prefix} <token>'.",
        };
    }

    /// <summary>403 Forbidden: the token was accepted but may not perform this operation or access this resource.</summary>
    public class ApiForbiddenException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        public ApiForbiddenException(string message)
            : base(message, HttpStatusCode.Forbidden)
        {
        }

        internal ApiForbiddenException(ApiCallDetails details)
            : base(details, details.DescribeStatus() + " The token was accepted but is not allowed to perform this operation on this resource (or the plan does not include it).", null)
        {
        }
    }

    /// <summary>404 Not Found: the resource does not exist, or is not visible to this token.</summary>
    public class ApiNotFoundException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        public ApiNotFoundException(string message)
            : base(message, HttpStatusCode.NotFound)
        {
        }

        internal ApiNotFoundException(ApiCallDetails details)
            : base(details, details.DescribeStatus() + " The resource does not exist or is not visible to this token; check the identifiers in the path.", null)
        {
        }
    }

    /// <summary>409 Conflict: the request conflicts with the current state of the resource.</summary>
    public class ApiConflictException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        public ApiConflictException(string message)
            : base(message, HttpStatusCode.Conflict)
        {
        }

        internal ApiConflictException(ApiCallDetails details)
            : base(details, details.DescribeStatus() + " The request conflicts with the current state of the resource.", null)
        {
        }
    }

    /// <summary>429 Too Many Requests: the rate limit was exceeded. <see cref="RetryAfter"/> says how long the server asks to wait.</summary>
    public class ApiRateLimitException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        /// <param name="retryAfter">How long to wait before retrying, if known.</param>
        public ApiRateLimitException(string message, TimeSpan? retryAfter = null)
            : base(message, HttpStatusCode.TooManyRequests)
        {
            RetryAfter = retryAfter;
        }

        internal ApiRateLimitException(ApiCallDetails details)
            : base(details, details.DescribeStatus() + " " + Explain(details.RetryAfter), null)
        {
            RetryAfter = details.RetryAfter;
        }

        /// <summary>
        /// How long the server asks to wait, from the <c>Retry-After</c> header (seconds, or a date taken relative to the
        /// response's <c>Date</c> header); never negative. <see langword="null"/> when the header is absent or unreadable.
        /// </summary>
        public TimeSpan? RetryAfter { get; }

        private static string Explain(TimeSpan? retryAfter) => retryAfter is { } wait
            ? $"The rate limit was exceeded; the server asks to retry after {Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture)} seconds."
            : "The rate limit was exceeded; wait before retrying.";
    }

    /// <summary>A 5xx status: the server failed to handle the request. Such failures are often temporary.</summary>
    public class ApiServerException : ApiException
    {
        /// <summary>Creates the exception, for example to simulate a failure in a test.</summary>
        /// <param name="message">The message.</param>
        /// <param name="statusCode">The status, 500 unless given.</param>
        public ApiServerException(string message, HttpStatusCode statusCode = HttpStatusCode.InternalServerError)
            : base(message, statusCode)
        {
        }

        internal ApiServerException(ApiCallDetails details)
            : base(details, details.DescribeStatus() + " The server failed to handle the request; it may succeed if retried later.", null)
        {
        }
    }
}
