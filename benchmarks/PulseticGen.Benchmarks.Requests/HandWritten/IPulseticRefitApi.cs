using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace PulseticGen.Benchmarks.Requests.HandWritten;

/// <summary>(b) The same three calls as a Refit interface, over the floor's models and JSON context.</summary>
public interface IPulseticRefitApi
{
    [Get("/monitors")]
    Task<MonitorPage> ListMonitorsAsync([AliasAs("page")] int page, [AliasAs("per_page")] int perPage, CancellationToken cancellationToken = default);

    [Get("/monitors/{monitorId}")]
    Task<MonitorResponse> GetMonitorAsync(long monitorId, CancellationToken cancellationToken = default);

    [Post("/monitors")]
    Task<List<Monitor>> CreateMonitorsAsync([Body] CreateMonitorsRequest body, CancellationToken cancellationToken = default);
}
