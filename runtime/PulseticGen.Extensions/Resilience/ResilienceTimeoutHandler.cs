using System;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Polly.Timeout;

namespace PulseticGen.Extensions
{
    /// <summary>
    /// Sits just outside the resilience handler and turns Polly's <see cref="TimeoutRejectedException"/> into what
    /// HttpClient throws for its own timeout (a <see cref="TaskCanceledException"/> around a <see cref="TimeoutException"/>),
    /// so generated clients report it as an <c>ApiTransportException</c> with <c>IsTimeout</c> set rather than letting a
    /// Polly type escape.
    /// </summary>
    internal sealed class ResilienceTimeoutHandler : DelegatingHandler
    {
        private readonly TimeSpan _attemptTimeout;
        private readonly TimeSpan _totalTimeout;

        public ResilienceTimeoutHandler(TimeSpan attemptTimeout, TimeSpan totalTimeout)
        {
            _attemptTimeout = attemptTimeout;
            _totalTimeout = totalTimeout;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutRejectedException exception)
            {
                string message = Describe(exception.Timeout);
                throw new TaskCanceledException(message, new TimeoutException(message, exception));
            }
        }

        private string Describe(TimeSpan timeout)
        {
            string seconds = timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            if (timeout == _totalTimeout)
            {
                return $"The request did not complete within the resilience handler's total timeout of {seconds} seconds (TotalTimeout).";
            }

            return timeout == _attemptTimeout
                ? $"The last attempt did not complete within the resilience handler's attempt timeout of {seconds} seconds (AttemptTimeout)."
                : $"The request timed out after {seconds} seconds in the resilience handler.";
        }
    }
}
