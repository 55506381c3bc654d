// Shows the generated Pulsetic client end to end: the endpoint catalog the generator wrote from the spec, then real
// calls through the client. With no arguments the calls go to an in-process stand-in for the API (no network, no
// token needed); with --live they go to https://api.pulsetic.com using PULSETIC_API_TOKEN.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic;
using PulseticGen.Runtime;

bool live = args.Contains("--live");

Console.WriteLine($"Pulsetic API: {PulseticEndpoints.All.Count} operations generated from specs/pulsetic.openapi.yaml");
Console.WriteLine();
foreach (var group in PulseticEndpoints.All.GroupBy(endpoint => endpoint.Tag))
{
    Console.WriteLine($"  {group.Key}");
    foreach (ApiEndpoint endpoint in group)
    {
        Console.WriteLine($"    {endpoint.Method,-6} {endpoint.PathTemplate,-48} {endpoint.OperationId}");
    }
}

Console.WriteLine();
using PulseticClient client = live
    ? PulseticClient.Create(Environment.GetEnvironmentVariable("PULSETIC_API_TOKEN") ?? throw new InvalidOperationException("Set PULSETIC_API_TOKEN to use --live."))
    : PulseticClient.Create("sample-token", innerHandler: new StandInApi());

Console.WriteLine(live ? "Calling the live API:" : "Calling an in-process stand-in for the API (run with --live for the real one):");
MonitorPage page = await client.Monitors.ListAsync(page: 1, perPage: 20);
Console.WriteLine($"  GET /monitors → page {page.CurrentPage} of {page.LastPage}, {page.Data.Count} monitors");
foreach (Pulsetic.Monitor monitor in page.Data)
{
    string responseTime = monitor.ResponseTime is { } seconds ? $"{seconds * 1000:0} ms" : "n/a";
    Console.WriteLine($"    #{monitor.Id} {monitor.Name ?? monitor.Url} — {monitor.Status?.Value ?? "unknown"}, uptime {monitor.Uptime:0.00}%, {responseTime}");
}

try
{
    await client.Monitors.GetAsync(monitorId: 999_999);
}
catch (ApiNotFoundException notFound)
{
    Console.WriteLine($"  GET /monitors/999999 → {notFound.GetType().Name}: {notFound.Message}");
}

return 0;

/// <summary>Answers like Pulsetic would, so the sample runs anywhere. The integration tests use a full simulator.</summary>
internal sealed class StandInApi : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string path = request.RequestUri!.AbsolutePath;
        (HttpStatusCode status, string body) = path switch
        {
            "/api/public/monitors" => (HttpStatusCode.OK, """
                {"current_page":1,"last_page":1,"data":[
                  {"id":115988,"name":"Production","url":"https://example.com","status":"online","uptime":99.98,"response_time":0.142,"ssl_check":1,"checked_at":1767225600},
                  {"id":115989,"name":null,"url":"https://api.example.com","status":"offline","uptime":97.5,"response_time":"0.31","ssl_check":true,"checked_at":"2026-01-01T00:00:00.000000Z"}
                ]}
                """),
            _ => (HttpStatusCode.NotFound, """{"message":"No query results for model [App\\Models\\Monitor]."}"""),
        };
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
