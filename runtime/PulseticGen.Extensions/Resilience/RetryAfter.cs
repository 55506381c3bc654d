using System;
using System.Net.Http;
using System.Net.Http.Headers;

namespace PulseticGen.Extensions
{
    /// <summary>Reads the wait a server asks for in <c>Retry-After</c>, as seconds or as an HTTP date.</summary>
    internal static class RetryAfter
    {
        public static TimeSpan? Read(HttpResponseMessage? response, TimeProvider clock)
        {
            RetryConditionHeaderValue? header = response?.Headers.RetryAfter;
            if (header is null)
            {
                return null;
            }

            if (header.Delta is TimeSpan delta)
            {
                return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
            }

            if (header.Date is DateTimeOffset date)
            {
                TimeSpan wait = date - clock.GetUtcNow();
                return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
            }

            return null;
        }
    }
}
