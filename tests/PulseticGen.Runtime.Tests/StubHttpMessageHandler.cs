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

        /// <summary>The URI of each request as it arrived (ApiKeyHandler restores a query-key URI once the call is done).</summary>
        public List<Uri?> Uris { get; } = new();

        private readonly List<Dictionary<string, string>> _headers = new();

        /// <summary>
        /// The value of each request's header as it arrived (null when absent). A snapshot: ApiKeyHandler takes the
        /// credential off the request again once the call returns.
        /// </summary>
        public List<string?> HeaderValues(string name)
        {
            var values = new List<string?>();
            foreach (Dictionary<string, string> headers in _headers)
            {
                values.Add(headers.TryGetValue(name, out string? found) ? found : null);
            }

            return values;
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            Uris.Add(request.RequestUri);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (KeyValuePair<string, IEnumerable<string>> header in request.Headers)
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            _headers.Add(headers);
            return _respond(request, cancellationToken);
        }
    }
}
