using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// A <see cref="DelegatingHandler"/> that gives each call of an operation declaring an <c>Idempotency-Key</c> header
    /// (<see cref="ApiEndpoint.AcceptsIdempotencyKey"/>) a fresh random key when the caller passed none, so the server can
    /// tell a retried POST from a new one. A key the caller passed is kept as is.
    /// </summary>
    /// <remarks>
    /// Place it outside (before) any retrying handler: the key is set once per call, and every attempt then carries the
    /// same one. Like <see cref="ApiKeyHandler"/>, it never sets <see cref="DelegatingHandler.InnerHandler"/>.
    /// </remarks>
    public sealed class IdempotencyKeyHandler : DelegatingHandler
    {
        /// <summary>The header name, <c>Idempotency-Key</c> (IETF draft <c>httpapi-idempotency-key-header</c>).</summary>
        public const string HeaderName = "Idempotency-Key";

        /// <inheritdoc/>
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? endpoint) && endpoint.AcceptsIdempotencyKey
                && !request.Headers.Contains(HeaderName))
            {
                request.Headers.TryAddWithoutValidation(HeaderName, Guid.NewGuid().ToString("D"));
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
