using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Benchmarks.Requests;

/// <summary>
/// Pulsetic in memory: the same canned bytes for every client, so only the client's own work differs. Request bodies
/// are read to the end (a content that is never read is never serialized, which would flatter whoever sends one).
/// </summary>
public sealed class CannedPulsetic : HttpMessageHandler
{
    public const string Token = "33fea0benchmarktokenf7b4";
    public const long MonitorId = 115992;
    public const string BasePath = "/api/public/";

    private static readonly MediaTypeHeaderValue s_json = new("application/json");

    private readonly byte[] _page = Payload("monitors-page.json");
    private readonly byte[] _monitor = Payload("monitor.json");
    private readonly byte[] _created = Payload("monitors-created.json");

    /// <summary>
    /// While set, each request is checked as the real API would (token header, path, query) and a wrong one gets 400
    /// or 401. Used once per client before timing; off while timing, so the check costs nobody anything.
    /// </summary>
    public bool Strict { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is { } content)
        {
            await content.CopyToAsync(Stream.Null, cancellationToken);
        }

        string path = request.RequestUri!.AbsolutePath;
        byte[]? body = (request.Method.Method, path) switch
        {
            ("GET", BasePath + "monitors") => _page,
            ("POST", BasePath + "monitors") => _created,
            ("GET", BasePath + "monitors/115992") => _monitor,
            _ => null,
        };

        if (Strict && Check(request, body) is { } problem)
        {
            return new HttpResponseMessage(problem.Status) { Content = new StringContent(problem.Reason) };
        }

        if (body is null)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request };
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body), RequestMessage = request };
        response.Content.Headers.ContentType = s_json;
        return response;
    }

    private static (HttpStatusCode Status, string Reason)? Check(HttpRequestMessage request, byte[]? body)
    {
        if (!request.Headers.TryGetValues("Authorization", out var values) || string.Join(",", values) != Token)
        {
            return (HttpStatusCode.Unauthorized, "The Authorization header must be the raw token.");
        }

        if (body is null)
        {
            return (HttpStatusCode.NotFound, $"No route for {request.Method} {request.RequestUri}.");
        }

        if (request.Method == HttpMethod.Get && request.RequestUri!.AbsolutePath.EndsWith("/monitors", StringComparison.Ordinal)
            && request.RequestUri.Query != "?page=1&per_page=20")
        {
            return (HttpStatusCode.BadRequest, $"Expected ?page=1&per_page=20, got '{request.RequestUri.Query}'.");
        }

        return null;
    }

    private static byte[] Payload(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Payloads", name));
}
