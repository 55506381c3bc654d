using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace PulseticGen.Extensions
{
    /// <summary>Adds retries and timeouts to a client registered with <see cref="ApiClientServiceCollectionExtensions.AddApiClient{TClient}"/>.</summary>
    public static class ApiClientResilienceExtensions
    {
        private const string PipelineName = "PulseticGen";

        /// <summary>
        /// Adds a resilience handler (Microsoft.Extensions.Http.Resilience) with a total timeout, retries and a per-attempt
        /// timeout, in that order from the outside in.
        /// </summary>
        /// <param name="builder">The builder returned by <c>AddApiClient</c> (any <see cref="IHttpClientBuilder"/> works).</param>
        /// <param name="configure">Changes the retry count, backoff and timeouts.</param>
        /// <returns>The builder.</returns>
        /// <remarks>
        /// <para>
        /// Only idempotent requests are retried: GET, HEAD, PUT, DELETE and OPTIONS, and only when their body is held in
        /// memory (none, JSON, text or form; not a stream). POST and PATCH are sent exactly once, unless
        /// <see cref="ApiClientResilienceOptions.RetryRequestsWithIdempotencyKey"/> is set and the request carries an
        /// <c>Idempotency-Key</c> header. A request is retried after
        /// a 408, a 429 or a 5xx response, a transport failure (<see cref="HttpRequestException"/>) or an attempt that
        /// exceeded <see cref="ApiClientResilienceOptions.AttemptTimeout"/>; never after another status or the caller's
        /// cancellation.
        /// </para>
        /// <para>
        /// When the response has <c>Retry-After</c> (seconds or a date), that is the delay; a wait longer than
        /// <see cref="ApiClientResilienceOptions.MaxRetryDelay"/> is not retried and the response goes back to the caller.
        /// Otherwise the delay follows <see cref="ApiClientResilienceOptions.RetryDelay"/> and
        /// <see cref="ApiClientResilienceOptions.BackoffType"/>.
        /// </para>
        /// <para>
        /// A timeout of the handler surfaces like HttpClient's own (a <see cref="TaskCanceledException"/> whose inner
        /// exception is a <see cref="TimeoutException"/>), which generated clients throw as an <c>ApiTransportException</c>
        /// with <c>IsTimeout</c> set. Retries happen inside the call-logging and token handlers, so a retried call is logged
        /// once; the resilience library logs and meters each retry itself.
        /// </para>
        /// </remarks>
        /// <exception cref="ArgumentException">The options set by <paramref name="configure"/> cannot be used; the message names each property.</exception>
        public static IHttpClientBuilder AddApiClientResilience(this IHttpClientBuilder builder, Action<ApiClientResilienceOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(builder);
            var options = new ApiClientResilienceOptions();
            configure?.Invoke(options);
            List<string> problems = options.FindProblems();
            if (problems.Count > 0)
            {
                throw new ArgumentException("The resilience options cannot be used: " + string.Join(" ", problems), nameof(configure));
            }

            // Copied now: the options object stays with the caller, who could change it after registration.
            int maxRetryAttempts = options.MaxRetryAttempts;
            TimeSpan retryDelay = options.RetryDelay;
            TimeSpan maxRetryDelay = options.MaxRetryDelay;
            DelayBackoffType backoffType = options.BackoffType;
            bool useJitter = options.UseJitter;
            TimeSpan attemptTimeout = options.AttemptTimeout;
            TimeSpan totalTimeout = options.TotalTimeout;
            bool retryKeyed = options.RetryRequestsWithIdempotencyKey;

            builder.AddHttpMessageHandler(() => new ResilienceTimeoutHandler(attemptTimeout, totalTimeout));
            builder.AddResilienceHandler(PipelineName, pipeline =>
            {
                TimeProvider clock = pipeline.TimeProvider ?? TimeProvider.System;
                pipeline.AddTimeout(new TimeoutStrategyOptions { Name = "TotalTimeout", Timeout = totalTimeout });
                if (maxRetryAttempts > 0)
                {
                    pipeline.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
                    {
                        Name = "Retry",
                        MaxRetryAttempts = maxRetryAttempts,
                        Delay = retryDelay,
                        MaxDelay = maxRetryDelay,
                        BackoffType = backoffType,
                        UseJitter = useJitter,
                        ShouldHandle = args => new ValueTask<bool>(
                            RetryPolicy.ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), maxRetryDelay, clock, retryKeyed)),
                        DelayGenerator = args => new ValueTask<TimeSpan?>(RetryAfter.Read(args.Outcome.Result, clock)),
                    });
                }

                pipeline.AddTimeout(new TimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = attemptTimeout });
            });

            return builder;
        }
    }
}
