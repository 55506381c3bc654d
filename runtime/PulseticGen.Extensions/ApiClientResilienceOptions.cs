using System;
using System.Collections.Generic;
using Polly;

namespace PulseticGen.Extensions
{
    /// <summary>
    /// Retries and timeouts added by <see cref="ApiClientResilienceExtensions.AddApiClientResilience"/>. The defaults
    /// follow Microsoft.Extensions.Http.Resilience's standard handler: 3 retries with exponential backoff from 2 seconds
    /// and jitter, 10 seconds per attempt, 30 seconds in all.
    /// </summary>
    public sealed class ApiClientResilienceOptions
    {
        private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
        private static readonly TimeSpan LongestSpan = TimeSpan.FromDays(1);

        /// <summary>How many times a failed idempotent request is sent again; 0 turns retries off and keeps the timeouts. 3 by default.</summary>
        public int MaxRetryAttempts { get; set; } = 3;

        /// <summary>The delay before the first retry, which <see cref="BackoffType"/> grows for later ones. 2 seconds by default.</summary>
        public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

        /// <summary>How the delay grows from one retry to the next. <see cref="DelayBackoffType.Exponential"/> by default.</summary>
        public DelayBackoffType BackoffType { get; set; } = DelayBackoffType.Exponential;

        /// <summary>Whether a random part is added to each delay, so that many clients do not retry in step. True by default.</summary>
        public bool UseJitter { get; set; } = true;

        /// <summary>
        /// The longest delay before a retry: backoff delays are capped here, and a response whose <c>Retry-After</c> asks for
        /// a longer wait is not retried but returned, so the caller sees it (an <c>ApiRateLimitException</c> for a 429)
        /// instead of waiting. 30 seconds by default.
        /// </summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>How long one attempt may take before it is abandoned (and retried, for an idempotent request). 10 seconds by default.</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

        /// <summary>How long the call may take across all its attempts and delays. 30 seconds by default.</summary>
        /// <remarks><see cref="ApiClientOptions.Timeout"/> (HttpClient.Timeout) still applies on top; the shorter one wins.</remarks>
        public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// Also retries POST and PATCH requests that carry an <c>Idempotency-Key</c> header (passed by the caller, or set by
        /// <see cref="ApiClientOptions.AutoIdempotencyKeys"/>), on the same conditions as idempotent ones; every attempt
        /// sends the same key, so a server that honours it applies the request once. A POST without the header is still
        /// sent exactly once. False by default.
        /// </summary>
        public bool RetryRequestsWithIdempotencyKey { get; set; }

        /// <summary>Returns what is wrong with the settings, naming each property; empty when they can be used.</summary>
        internal List<string> FindProblems()
        {
            var problems = new List<string>();
            if (MaxRetryAttempts is < 0 or > 100)
            {
                problems.Add($"{nameof(MaxRetryAttempts)} must be between 0 and 100.");
            }

            if (RetryDelay < TimeSpan.Zero || RetryDelay > LongestSpan)
            {
                problems.Add($"{nameof(RetryDelay)} must be between zero and one day.");
            }

            if (MaxRetryDelay <= TimeSpan.Zero || MaxRetryDelay > LongestSpan)
            {
                problems.Add($"{nameof(MaxRetryDelay)} must be positive and at most one day.");
            }

            if (!Enum.IsDefined(BackoffType))
            {
                problems.Add($"{nameof(BackoffType)} must be Constant, Linear or Exponential.");
            }

            if (AttemptTimeout < ShortestTimeout || AttemptTimeout > LongestSpan)
            {
                problems.Add($"{nameof(AttemptTimeout)} must be between 10 milliseconds and one day.");
            }

            if (TotalTimeout < ShortestTimeout || TotalTimeout > LongestSpan)
            {
                problems.Add($"{nameof(TotalTimeout)} must be between 10 milliseconds and one day.");
            }
            else if (AttemptTimeout > TotalTimeout)
            {
                problems.Add($"{nameof(AttemptTimeout)} must not be longer than {nameof(TotalTimeout)}, or no attempt could be retried.");
            }

            return problems;
        }
    }
}
