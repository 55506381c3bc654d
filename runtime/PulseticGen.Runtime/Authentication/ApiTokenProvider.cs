using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Supplies the API token for one request. <see cref="ApiKeyHandler"/> calls it on every request, so a rotated
    /// token is picked up without restarting; cache inside the provider if fetching the token is expensive.
    /// </summary>
    /// <param name="cancellationToken">Cancelled when the request is cancelled.</param>
    /// <returns>The raw token, without any prefix such as <c>Bearer</c>.</returns>
    public delegate ValueTask<string> ApiTokenProvider(CancellationToken cancellationToken);
}
