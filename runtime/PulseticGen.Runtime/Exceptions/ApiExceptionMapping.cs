using System;
using System.Collections.Generic;
using System.Net;

namespace PulseticGen.Runtime
{
    /// <summary>Chooses the exception type for an unsuccessful status: a table of specific statuses, the 5xx range, then the base type.</summary>
    internal static class ApiExceptionMapping
    {
        private static readonly Dictionary<HttpStatusCode, Func<ApiCallDetails, ApiException>> ByStatus = new()
        {
            [HttpStatusCode.BadRequest] = details => new ApiValidationException(details),
            [HttpStatusCode.Unauthorized] = details => new ApiUnauthorizedException(details),
            [HttpStatusCode.Forbidden] = details => new ApiForbiddenException(details),
            [HttpStatusCode.NotFound] = details => new ApiNotFoundException(details),
            [HttpStatusCode.Conflict] = details => new ApiConflictException(details),
            [HttpStatusCode.UnprocessableEntity] = details => new ApiValidationException(details),
            [HttpStatusCode.TooManyRequests] = details => new ApiRateLimitException(details),
        };

        public static ApiException Create(ApiCallDetails details)
        {
            HttpStatusCode status = details.StatusCode ?? 0;
            if (ByStatus.TryGetValue(status, out Func<ApiCallDetails, ApiException>? create))
            {
                return create(details);
            }

            if ((int)status is >= 500 and <= 599)
            {
                return new ApiServerException(details);
            }

            return new ApiException(details, details.DescribeStatus(), null);
        }
    }
}
