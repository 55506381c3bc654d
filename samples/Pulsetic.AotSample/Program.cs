// Calls the Pulsetic API through the generated client from a Native AOT binary: trimmed, no JIT, and no reflection
// fallback in System.Text.Json. Every request body, response and error goes through code the generator wrote, so a
// run that prints "aot-sample: ok" shows the client works without reflection. tests/aot/check.sh publishes this
// project and runs it against the simulator.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Pulsetic;
using PulseticGen.Runtime;

const string Usage = """
    Usage: Pulsetic.AotSample [--base-url <url>] [--token <token>]

      --base-url <url>   The API root, e.g. http://127.0.0.1:5088/api/public/ (or PULSETIC_BASE_URL).
      --token <token>    The API token (or PULSETIC_API_TOKEN).

    Lists monitors, creates one, reads it, its checks and stats, asks for a missing one, and deletes it.
    Prints "aot-sample: ok" and exits 0 when every call worked; exits 1 on a failed call, 2 on bad arguments.
    """;

string? baseUrl = Environment.GetEnvironmentVariable("PULSETIC_BASE_URL");
string? token = Environment.GetEnvironmentVariable("PULSETIC_API_TOKEN");
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--base-url" when i + 1 < args.Length:
            baseUrl = args[++i];
            break;
        case "--token" when i + 1 < args.Length:
            token = args[++i];
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            return Fail(2, $"unknown or incomplete argument '{args[i]}'.\n\n{Usage}");
    }
}

if (string.IsNullOrWhiteSpace(baseUrl))
{
    return Fail(2, "no base URL: pass --base-url or set PULSETIC_BASE_URL.");
}

if (string.IsNullOrWhiteSpace(token))
{
    return Fail(2, "no token: pass --token or set PULSETIC_API_TOKEN.");
}

// Relative operation paths resolve under the base only when it ends with a slash.
if (!Uri.TryCreate(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute, out Uri? baseAddress)
    || (baseAddress.Scheme != Uri.UriSchemeHttp && baseAddress.Scheme != Uri.UriSchemeHttps))
{
    return Fail(2, $"'{baseUrl}' is not an absolute http(s) URL.");
}

// PublishAot turns dynamic code off under `dotnet run` too, so the two runs behave alike; "on" means that was lost.
Console.WriteLine($"aot-sample: calling {baseAddress} (dynamic code: {(RuntimeFeature.IsDynamicCodeSupported ? "on" : "off")})");

// A bound on the whole run, so a server that stops answering fails the run instead of hanging it.
using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
try
{
    using PulseticClient client = PulseticClient.Create(token, baseAddress);
    await RunAsync(client, timeout.Token);
}
catch (ApiException error)
{
    // The runtime keeps the token out of its messages, so the message is safe to print.
    string status = error.StatusCode is { } code ? $"{(int)code} {code}" : "no response";
    return Fail(1, $"{error.GetType().Name} ({status}) from {error.Method} {error.RequestUri}: {error.Message}");
}
catch (OperationCanceledException) when (timeout.IsCancellationRequested)
{
    return Fail(1, "the calls did not finish within 60 seconds.");
}
catch (Exception error)
{
    // Under AOT a missing piece of serialization metadata shows up here (NotSupportedException and friends).
    return Fail(1, $"{error.GetType().FullName}: {error.Message}");
}

Console.WriteLine("aot-sample: ok");
return 0;

static async Task RunAsync(PulseticClient client, CancellationToken cancellationToken)
{
    MonitorPage page = await client.Monitors.ListAsync(page: 1, perPage: 100, cancellationToken: cancellationToken);
    IEnumerable<string> names = page.Data.Take(3).Select(monitor => monitor.Name ?? monitor.Url);
    Console.WriteLine($"list monitors: {page.Data.Count} on page {page.CurrentPage} of {page.LastPage}; first: {string.Join(", ", names)}");

    // A unique URL, so runs against a shared server never collide.
    string url = $"https://aot-sample-{Guid.NewGuid():N}.example.com";
    IReadOnlyList<Pulsetic.Monitor> created = await client.Monitors.CreateAsync(
        new CreateMonitorsRequest { Urls = new[] { url }, Names = new[] { "AOT sample" } },
        cancellationToken);
    if (created.Count != 1)
    {
        throw new InvalidOperationException($"creating one monitor returned {created.Count}.");
    }

    long id = created[0].Id;
    Console.WriteLine($"create monitor: #{id} {created[0].Url}");
    try
    {
        MonitorResponse fetched = await client.Monitors.GetAsync(id, cancellationToken);
        if (fetched.Data.Id != id || fetched.Data.Name != "AOT sample")
        {
            throw new InvalidOperationException($"getting monitor #{id} returned #{fetched.Data.Id} named '{fetched.Data.Name}'.");
        }

        Console.WriteLine($"get monitor: #{fetched.Data.Id} '{fetched.Data.Name}', status {fetched.Data.Status?.Value ?? "unknown"}, {fetched.Data.Nodes?.Count ?? 0} nodes");

        IReadOnlyList<MonitorCheck> checks = await client.Monitors.ListChecksAsync(id, perPage: 5, cancellationToken: cancellationToken);
        string firstCheck = checks.Count == 0
            ? "none"
            : $"code {checks[0].ResponseCode?.ToString() ?? "n/a"}, {Milliseconds(checks[0].ResponseTime ?? checks[0].TimeTotal)}, failed: {checks[0].IsFailed?.ToString() ?? "n/a"}";
        Console.WriteLine($"checks: {checks.Count}; first: {firstCheck}");

        IReadOnlyDictionary<string, MonitorStatsPeriod> stats = await client.Monitors.GetStatsAsync(id, cancellationToken);
        IEnumerable<string> periods = stats.OrderBy(period => period.Key, StringComparer.Ordinal)
            .Select(period => $"{period.Key} {period.Value.Uptime:0.00}%");
        Console.WriteLine($"stats: {string.Join(", ", periods)}");

        // An error response goes through the runtime's exception mapping; the sample expects exactly a 404.
        const long MissingId = 999_999_999;
        try
        {
            await client.Monitors.GetAsync(MissingId, cancellationToken);
            throw new InvalidOperationException($"monitor #{MissingId} was expected to be missing, but the server returned it.");
        }
        catch (ApiNotFoundException notFound)
        {
            Console.WriteLine($"missing monitor: {notFound.GetType().Name}, status {(int?)notFound.StatusCode} {notFound.StatusCode}");
        }
    }
    catch
    {
        // Leave no monitor behind, but report the step that failed rather than a failure of this clean-up. Its own
        // short bound, because the run's bound may be what just expired.
        try
        {
            using var cleanupTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await client.Monitors.DeleteAsync(id, cleanupTimeout.Token);
        }
        catch (Exception)
        {
        }

        throw;
    }

    await client.Monitors.DeleteAsync(id, cancellationToken);

    try
    {
        await client.Monitors.GetAsync(id, cancellationToken);
        throw new InvalidOperationException($"monitor #{id} is still there after it was deleted.");
    }
    catch (ApiNotFoundException)
    {
        Console.WriteLine($"delete monitor: #{id} deleted");
    }
}

static string Milliseconds(double? seconds) => seconds is { } value ? $"{value * 1000:0} ms" : "no time";

static int Fail(int exitCode, string message)
{
    Console.Error.WriteLine($"aot-sample: FAILED: {message}");
    return exitCode;
}
