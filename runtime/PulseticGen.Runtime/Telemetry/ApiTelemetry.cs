using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The names under which generated clients report traces and metrics, for
    /// <c>AddSource(ApiTelemetry.ActivitySourceName)</c> and <c>AddMeter(ApiTelemetry.MeterName)</c> in OpenTelemetry.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each operation call is one <see cref="Activity"/> of kind <see cref="ActivityKind.Client"/> named after the
    /// operation id, spanning the whole call (retries and the reading of the body included); HttpClient's own
    /// <c>System.Net.Http</c> activities for each attempt are its children. For streamed responses (server-sent events,
    /// JSON lines, file downloads) the activity ends when the response headers arrive.
    /// </para>
    /// <para>
    /// Tags follow OpenTelemetry's HTTP client conventions: <c>http.request.method</c>, <c>url.template</c> (the
    /// specification's path, such as <c>/monitors/{monitorId}</c>), <c>server.address</c>, <c>server.port</c>,
    /// <c>http.response.status_code</c>, <c>error.type</c> on failure, and <see cref="OperationIdTag"/>. The full URL,
    /// its query string, headers and bodies are never recorded, so a credential cannot reach a tag.
    /// </para>
    /// <para>Nothing is measured or allocated for telemetry when no listener is attached.</para>
    /// </remarks>
    public static class ApiTelemetry
    {
        /// <summary>The name of the <see cref="ActivitySource"/>: <c>PulseticGen.Client</c>.</summary>
        public const string ActivitySourceName = "PulseticGen.Client";

        /// <summary>The name of the <see cref="Meter"/>: <c>PulseticGen.Client</c>.</summary>
        public const string MeterName = "PulseticGen.Client";

        /// <summary>
        /// The histogram of call durations in seconds, with the same tags as the activity:
        /// <c>pulseticgen.client.operation.duration</c>.
        /// </summary>
        public const string OperationDurationInstrument = "pulseticgen.client.operation.duration";

        /// <summary>The tag holding the OpenAPI <c>operationId</c>: <c>pulseticgen.operation.id</c>.</summary>
        public const string OperationIdTag = "pulseticgen.operation.id";

        internal static readonly ActivitySource Source = new(ActivitySourceName, typeof(ApiTelemetry).Assembly.GetName().Version?.ToString());

        internal static readonly Meter Meter = new(MeterName, typeof(ApiTelemetry).Assembly.GetName().Version?.ToString());

        internal static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
            OperationDurationInstrument, unit: "s", description: "Duration of API operation calls, from the request to the end of reading the response.");
    }
}
