using System.Net.Http;
using System.Net;
using System.Threading.Tasks;
using System.Threading;
using System;
using PulseticGen.Runtime.CodeGeneration;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// A <see cref="DelegatingHandler"/> that answers a 401 from the API by dropping the token of a
    /// <see cref="ClientCredentialsTokenProvider"/> and sending the request once more, with a fresh token. Place it outside
    /// (before) the <see cref="ApiKeyHandler"/> that asks the provider, so the second attempt gets the new token.
    /// </summary>
    /// <remarks>
    /// A 401 means the server refused the request before acting on it, so sending it again is safe for every method.
    /// A request whose body is a stream cannot be sent twice and its 401 is returned as is; so is a second 401, and the 401
    /// of an operation the specification marks public (it carried no token to renew). Like
    /// <see cref="ApiKeyHandler"/>, it never sets <see cref="DelegatingHandler.InnerHandler"/>.
    /// </remarks>
    public sealed class TokenRefreshHandler : DelegatingHandler
    {
        private readonly ClientCredentialsTokenProvider _provider;

        /// <summary>Creates the handler.</summary>
        /// <param name="provider">The provider whose token a 401 invalidates.</param>
        public TokenRefreshHandler(ClientCredentialsTokenProvider provider)
        {
            ArgumentNullException.ThrowIfNull(provider);
            _provider = provider;
        }

        /// <inheritdoc/>
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            long generation = _provider.Generation;
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.Unauthorized || request.Content is not (null or ByteArrayContent or ReadOnlyMemoryContent)
                || (request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? endpoint) && !endpoint.RequiresAuthentication))
            {
                return response;
            }

            response.Dispose();
            _provider.Invalidate(generation);
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
    }
}
