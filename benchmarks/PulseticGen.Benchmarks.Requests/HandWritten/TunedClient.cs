using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Benchmarks.Requests.HandWritten;

/// <summary>
/// (a') The tuned baseline: a hand-written client with the same body strategy as ours, so the comparison is of
/// generated against careful hand-written code, not against an idiomatic one. Absolute URIs (no base-address merge),
/// the token as a per-request header, the request body serialized to bytes once, and the response copied into a pooled
/// buffer and deserialized in one synchronous call.
/// </summary>
public sealed class TunedClient(HttpClient http, Uri baseAddress, string token)
{
    private static readonly MediaTypeHeaderValue s_json = new("application/json") { CharSet = "utf-8" };

    private readonly string _base = baseAddress.AbsoluteUri.TrimEnd('/');

    public Task<MonitorPage> ListMonitorsAsync(int page, int perPage, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_base}/monitors?page={page}&per_page={perPage}"), null, FloorJsonContext.Default.MonitorPage, cancellationToken);

    public Task<MonitorResponse> GetMonitorAsync(long monitorId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_base}/monitors/{monitorId}"), null, FloorJsonContext.Default.MonitorResponse, cancellationToken);

    public Task<List<Monitor>> CreateMonitorsAsync(CreateMonitorsRequest body, CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, FloorJsonContext.Default.CreateMonitorsRequest));
        content.Headers.ContentType = s_json;
        return SendAsync(HttpMethod.Post, _base + "/monitors", content, FloorJsonContext.Default.ListMonitor, cancellationToken);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string uri, HttpContent? content, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(uri, UriKind.Absolute)) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        using HttpResponseMessage response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();

        await using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        long? declared = response.Content.Headers.ContentLength;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(declared is > 0 and < 1 << 24 ? (int)declared.Value : 16 * 1024);
        try
        {
            int length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return JsonSerializer.Deserialize(new ReadOnlySpan<byte>(buffer, 0, length), typeInfo) ?? throw new JsonException("The response body was null.");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
