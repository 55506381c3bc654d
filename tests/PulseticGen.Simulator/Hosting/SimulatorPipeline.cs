using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PulseticGen.Simulator.State;

namespace PulseticGen.Simulator.Hosting;

/// <summary>
/// Handles every request, in the order a real deployment would: count it, apply the injected latency and fault, route
/// it (404, 405), authenticate (401), throttle (429), validate query and body (422), then run the operation under the
/// state lock, then reshape a success answer into the forced wire quirks, if any. The answer is built whole before it
/// is written, so truncation and corruption faults can mangle it.
/// </summary>
internal sealed class SimulatorPipeline
{
    public const string ApiPrefix = "/api/public";
    public const string FaultHeader = "X-Simulator-Fault";
    public const string LatencyHeader = "X-Simulator-Latency-Ms";
    public const string QuirksHeader = "X-Simulator-Quirks";

    /// <summary>The delay of <see cref="SimulatorFault.Latency"/> when no latency is configured: long enough for any client timeout test.</summary>
    public static readonly TimeSpan DefaultFaultLatency = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan TruncationGrace = TimeSpan.FromMilliseconds(100);

    private const string PhpWarning =
        "<br />\n<b>Warning</b>:  Undefined array key \"data\" in <b>/var/www/app/Http/Controllers/Api/MonitorController.php</b> on line <b>42</b><br />\n";

    private readonly RouteTable _routes;
    private readonly SimulatorState _state;
    private readonly RateLimiter _rateLimiter;
    private readonly RequestCounter _counter;
    private readonly HashSet<string> _tokens;
    private readonly SimulatorFault _fault;
    private readonly TimeSpan _latency;
    private readonly SimulatorQuirks? _quirks;
    private readonly TimeProvider _clock;
    private readonly Action<string>? _log;

    public SimulatorPipeline(SimulatorOptions options, IReadOnlyCollection<string> tokens, RouteTable routes, SimulatorState state, RequestCounter counter)
    {
        _routes = routes;
        _state = state;
        _counter = counter;
        _tokens = new HashSet<string>(tokens, StringComparer.Ordinal);
        _fault = options.Fault;
        _latency = options.Latency;
        _quirks = options.Quirks;
        _clock = options.Clock;
        _log = options.RequestLog;
        _rateLimiter = new RateLimiter(options.RateLimitPerMinute, options.Clock);
    }

    public async Task HandleAsync(HttpContext context)
    {
        long started = Stopwatch.GetTimestamp();
        HttpRequest request = context.Request;
        string path = request.Path.Value ?? "/";
        string? relativePath = RelativePath(path);
        IReadOnlyList<string> allowedMethods = Array.Empty<string>();
        RouteMatch? match = relativePath is null ? null : _routes.Match(request.Method, relativePath, out allowedMethods);
        _counter.Record(request.Method, match?.Operation.PathTemplate ?? relativePath ?? path);

        SimulatorFault fault = SimulatorFault.None;
        SimResponse response;
        try
        {
            (fault, TimeSpan latency) = ReadFault(request);
            if (latency > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(latency, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    Log(request, "client went away during the injected latency", started);
                    return;
                }
            }

            if (fault == SimulatorFault.ConnectionReset)
            {
                Log(request, "connection reset (injected)", started);
                context.Abort();
                return;
            }

            response = fault switch
            {
                SimulatorFault.InternalServerError => SimResponse.Message(500, "Server Error"),
                SimulatorFault.BadGateway => SimResponse.Message(502, "Bad Gateway"),
                SimulatorFault.ServiceUnavailable => ServiceUnavailable(),
                _ => await DispatchAsync(context, relativePath, match, allowedMethods).ConfigureAwait(false),
            };
        }
        catch (SimulatorError error)
        {
            response = error.ToResponse();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in the simulator must look like a server error to the client, never like a hang.
            Log(request, "unhandled " + ex, started);
            response = SimResponse.Message(500, "Server Error");
        }

        await WriteAsync(context, response, fault).ConfigureAwait(false);
        Log(request, response.StatusCode.ToString(CultureInfo.InvariantCulture) + (fault == SimulatorFault.None ? string.Empty : $" ({fault})"), started);
    }

    private async Task<SimResponse> DispatchAsync(HttpContext context, string? relativePath, RouteMatch? match, IReadOnlyList<string> allowedMethods)
    {
        HttpRequest request = context.Request;
        string routeName = request.Path.Value?.TrimStart('/') ?? string.Empty;
        if (match is null)
        {
            if (relativePath is null || allowedMethods.Count == 0)
            {
                throw new SimulatorError(404, $"The route {routeName} could not be found.");
            }

            string allowed = string.Join(", ", allowedMethods);
            throw new SimulatorError(405, $"The {request.Method} method is not supported for route {routeName}. Supported methods: {allowed}.")
            {
                Headers = { ["Allow"] = allowed },
            };
        }

        string token = Authenticate(request);
        SimulatorQuirks? quirks = ReadQuirks(request);
        (bool allowedByLimit, int remaining, int retryAfter) = _rateLimiter.Enabled ? _rateLimiter.Hit(token) : (true, 0, 0);
        if (!allowedByLimit)
        {
            throw new SimulatorError(429, "Too Many Attempts.")
            {
                Headers =
                {
                    ["Retry-After"] = retryAfter.ToString(CultureInfo.InvariantCulture),
                    ["X-RateLimit-Limit"] = _rateLimiter.Limit.ToString(CultureInfo.InvariantCulture),
                    ["X-RateLimit-Remaining"] = "0",
                    ["X-RateLimit-Reset"] = (_clock.GetUtcNow().ToUnixTimeSeconds() + retryAfter).ToString(CultureInfo.InvariantCulture),
                },
            };
        }

        SimResponse response;
        try
        {
            IReadOnlyDictionary<string, IReadOnlyList<string>> query = RequestValidation.ValidateQuery(match.Operation, request.Query);
            string text = await ReadBodyAsync(context).ConfigureAwait(false);
            JsonObject? body = RequestValidation.ValidateBody(match.Operation, text);
            DateTimeOffset now = TruncateToSeconds(_clock.GetUtcNow());
            lock (_state.Gate)
            {
                string baseUrl = $"{request.Scheme}://{request.Host}{ApiPrefix}";
                response = match.Handler(new ApiCall(match.Operation, match.RouteValues, query, body, _state, now, baseUrl));
            }

            if (quirks is { } forced)
            {
                response = Reshape(match.Operation, response, forced);
            }
        }
        catch (SimulatorError error)
        {
            // Answered here rather than by the caller so a 404 or 422 carries the rate-limit headers too.
            response = error.ToResponse();
        }

        if (_rateLimiter.Enabled)
        {
            response.Headers["X-RateLimit-Limit"] = _rateLimiter.Limit.ToString(CultureInfo.InvariantCulture);
            response.Headers["X-RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        }

        return response;
    }

    /// <summary>Pulsetic takes the raw token; a <c>Bearer</c> prefix, a missing header or an unknown token is 401.</summary>
    private string Authenticate(HttpRequest request)
    {
        string[] values = request.Headers.Authorization.Where(value => value is not null).Select(value => value!).ToArray();
        if (values.Length != 1 || !_tokens.Contains(values[0]))
        {
            throw new SimulatorError(401, "Unauthenticated.");
        }

        return values[0];
    }

    private SimulatorQuirks? ReadQuirks(HttpRequest request)
    {
        string? header = request.Headers[QuirksHeader].LastOrDefault();
        if (string.IsNullOrWhiteSpace(header))
        {
            return _quirks;
        }

        if (!Enum.TryParse(header.Trim(), ignoreCase: true, out SimulatorQuirks quirks) || (quirks & ~SimulatorQuirks.All) != 0 || header.Any(char.IsDigit))
        {
            throw new SimulatorError(400, $"Unknown {QuirksHeader} '{header}'. Use a comma-separated list of: {string.Join(", ", Enum.GetNames<SimulatorQuirks>())}.");
        }

        return quirks;
    }

    /// <summary>Rewrites a success answer into the forced quirks; errors and bodiless answers pass unchanged.</summary>
    private static SimResponse Reshape(SpecOperation operation, SimResponse response, SimulatorQuirks quirks)
    {
        if (response.StatusCode is < 200 or > 299 || response.Body.Length == 0
            || !operation.ResponseSchemas.TryGetValue(response.StatusCode, out NJsonSchema.JsonSchema? schema) || schema is null)
        {
            return response;
        }

        JsonNode? shaped = Json.WireQuirkShaper.Apply(JsonNode.Parse(response.Body), schema, quirks, operation.OperationId == "listMonitors");
        SimResponse reshaped = SimResponse.Json(response.StatusCode, shaped);
        foreach (KeyValuePair<string, string> header in response.Headers)
        {
            reshaped.Headers[header.Key] = header.Value;
        }

        return reshaped;
    }

    private (SimulatorFault Fault, TimeSpan Latency) ReadFault(HttpRequest request)
    {
        SimulatorFault fault = _fault;
        string? faultHeader = request.Headers[FaultHeader].LastOrDefault();
        if (!string.IsNullOrWhiteSpace(faultHeader))
        {
            if (!Enum.TryParse(faultHeader.Trim(), ignoreCase: true, out fault) || !Enum.IsDefined(fault) || char.IsDigit(faultHeader.Trim()[0]))
            {
                throw new SimulatorError(400, $"Unknown {FaultHeader} '{faultHeader}'. Use one of: {string.Join(", ", Enum.GetNames<SimulatorFault>())}.");
            }
        }

        TimeSpan latency = _latency;
        string? latencyHeader = request.Headers[LatencyHeader].LastOrDefault();
        if (!string.IsNullOrWhiteSpace(latencyHeader))
        {
            if (!int.TryParse(latencyHeader.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int milliseconds) || milliseconds > 600_000)
            {
                throw new SimulatorError(400, $"{LatencyHeader} must be a whole number of milliseconds from 0 to 600000.");
            }

            latency = TimeSpan.FromMilliseconds(milliseconds);
        }

        if (fault == SimulatorFault.Latency && latency <= TimeSpan.Zero)
        {
            latency = DefaultFaultLatency;
        }

        return (fault, latency);
    }

    private static SimResponse ServiceUnavailable()
    {
        SimResponse response = SimResponse.Message(503, "Service Unavailable");
        response.Headers["Retry-After"] = "1";
        return response;
    }

    private static async Task<string> ReadBodyAsync(HttpContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            return await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            throw new SimulatorError(ex.StatusCode, "The request body could not be read: " + ex.Message);
        }
    }

    private static async Task WriteAsync(HttpContext context, SimResponse response, SimulatorFault fault)
    {
        HttpResponse http = context.Response;
        int status = response.StatusCode;
        byte[] body = response.Body;
        if (fault == SimulatorFault.InvalidJson)
        {
            body = Corrupt(body);
            status = status == 204 ? 200 : status;
        }

        if (fault == SimulatorFault.TruncatedBody && status == 204)
        {
            status = 200;
        }

        http.StatusCode = status;
        foreach (KeyValuePair<string, string> header in response.Headers)
        {
            http.Headers[header.Key] = header.Value;
        }

        http.Headers.CacheControl = "no-cache, private";
        if (status == 204)
        {
            return;
        }

        http.ContentType = "application/json";
        if (fault == SimulatorFault.TruncatedBody)
        {
            // Promise the whole body, deliver half, then drop the connection mid-body.
            http.ContentLength = Math.Max(body.Length, 64);
            await http.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
            await http.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

            // A flush hands the bytes to the transport; aborting at once can drop them unsent, and then the client
            // would see a reset before any response instead of a body that stops short.
            await Task.Delay(TruncationGrace, context.RequestAborted).ConfigureAwait(false);
            context.Abort();
            return;
        }

        http.ContentLength = body.Length;
        await http.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Half of the real JSON followed by a PHP warning: what a Laravel app sends when a notice leaks into the output.</summary>
    private static byte[] Corrupt(byte[] body)
    {
        byte[] warning = Encoding.UTF8.GetBytes(PhpWarning);
        byte[] result = new byte[(body.Length / 2) + warning.Length];
        body.AsSpan(0, body.Length / 2).CopyTo(result);
        warning.CopyTo(result.AsSpan(body.Length / 2));
        return result;
    }

    private static string? RelativePath(string path)
    {
        if (!path.StartsWith(ApiPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        string rest = path.Substring(ApiPrefix.Length);
        return rest.Length == 0 || rest[0] == '/' ? (rest.Length == 0 ? "/" : rest) : null;
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private void Log(HttpRequest request, string outcome, long started)
    {
        if (_log is null)
        {
            return;
        }

        double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        _log($"{request.Method} {request.Path}{request.QueryString} -> {outcome} ({milliseconds.ToString("0", CultureInfo.InvariantCulture)} ms)");
    }
}
