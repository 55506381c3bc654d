using System;
using System.Net;
using System.Net.Http;
using Polly;
using Polly.Timeout;
using PulseticGen.Runtime;

namespace PulseticGen.Extensions
{
    /// <summary>Decides which outcomes are sent again: the rules <see cref="ApiClientResilienceExtensions.AddApiClientResilience"/> documents.</summary>
    internal static class RetryPolicy
    {
        public static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, TimeSpan maxRetryDelay, TimeProvider clock, bool retryKeyed = false)
        {
            request ??= outcome.Result?.RequestMessage;
            if (request is null || !CanSendAgain(request.Content)
                || !(IsIdempotent(request.Method) || (retryKeyed && request.Headers.Contains(IdempotencyKeyHandler.HeaderName))))
            {
                return false;
            }

            if (outcome.Exception is not null)
            {
                // A caller's cancellation is an OperationCanceledException and is never retried.
                return outcome.Exception is HttpRequestException or TimeoutRejectedException;
            }

            HttpResponseMessage? response = outcome.Result;
            if (response is null || !IsTransient(response.StatusCode))
            {
                return false;
            }

            // A server that asks for a longer wait than we are willing to spend gets its answer back to the caller.
            TimeSpan? retryAfter = RetryAfter.Read(response, clock);
            return retryAfter is null || retryAfter <= maxRetryDelay;
        }

        /// <summary>Methods whose repetition has the same effect as one request (RFC 9110, 9.2.2).</summary>
        public static bool IsIdempotent(HttpMethod method) =>
            method == HttpMethod.Get
            || method == HttpMethod.Head
            || method == HttpMethod.Put
            || method == HttpMethod.Delete
            || method == HttpMethod.Options;

        public static bool IsTransient(HttpStatusCode status) =>
            status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

        // A stream body cannot be read twice; only content held in memory is sent again.
        private static bool CanSendAgain(HttpContent? content) =>
            content is null or ByteArrayContent or ReadOnlyMemoryContent;
    }
}
