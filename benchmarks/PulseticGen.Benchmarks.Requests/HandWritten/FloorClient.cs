using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Benchmarks.Requests.HandWritten;

/// <summary>
/// (a) The floor: what the three calls cost with nothing between the caller and HttpClient + System.Text.Json's
/// source-generated metadata. The token is a default header of the HttpClient.
/// </summary>
public sealed class FloorClient(HttpClient http)
{
    public async Task<MonitorPage> ListMonitorsAsync(int page, int perPage, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"monitors?page={page}&per_page={perPage}");
        return await SendAsync(request, FloorJsonContext.Default.MonitorPage, cancellationToken);
    }

    public async Task<MonitorResponse> GetMonitorAsync(long monitorId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"monitors/{monitorId}");
        return await SendAsync(request, FloorJsonContext.Default.MonitorResponse, cancellationToken);
    }

    public async Task<List<Monitor>> CreateMonitorsAsync(CreateMonitorsRequest body, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "monitors")
        {
            Content = JsonContent.Create(body, FloorJsonContext.Default.CreateMonitorsRequest),
        };
        return await SendAsync(request, FloorJsonContext.Default.ListMonitor, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonSerializer.DeserializeAsync(stream, typeInfo, cancellationToken) ?? throw new JsonException("The response body was null.");
    }
}
