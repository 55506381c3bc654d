using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>The end of a test pipeline: answers each request with a function and remembers what it was sent.</summary>
    internal sealed class StubHttpMessageHandler : HttpMessageHandler
    {
        private readonly Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> _respond;

        public StubHttpMessageHandler(Func<HttpRequestMessage, HttpResponseMessage> respond)
            : this((request, _) => Task.FromResult(respond(request)))
        {
        }

        public StubHttpMessageHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> respond)
        {
            _respond = respond;
        }

        public List<HttpRequestMessage> Requests { get; } = new();

        /// <summary>The value of each request's header, captured as it arrived (null when absent).</summary>
        public List<string?> HeaderValues(string name)
        {
            var values = new List<string?>();
            foreach (HttpRequestMessage request in Requests)
            {
                values.Add(request.Headers.TryGetValues(name, out IEnumerable<string>? found) ? string.Join(",", found) : null);
            }

            return values;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return _respond(request, cancellationToken);
        }
    }
}
