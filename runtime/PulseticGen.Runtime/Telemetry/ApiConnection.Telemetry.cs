using System.Net.Http;
using System.Threading.Tasks;
using System.Threading;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    public sealed partial class ApiConnection
    {
        /// <summary>
        /// <see cref="SendCheckedAsync"/> inside its own telemetry scope, for calls whose body the caller reads later
        /// (files, streams): the activity ends when the headers arrive.
        /// </summary>
        private async Task<HttpResponseMessage> SendObservedAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationToken cancellationToken)
        {
            using OperationTelemetry? telemetry = OperationTelemetry.Start(request, endpoint);
            try
            {
                return await SendCheckedAsync(request, endpoint, deadline: null, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (OperationTelemetry.RecordFailure(telemetry, exception))
            {
                throw;
            }
        }
    }
}
