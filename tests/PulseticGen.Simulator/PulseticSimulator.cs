using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Operations;
using PulseticGen.Simulator.State;

namespace PulseticGen.Simulator;

/// <summary>
/// A local Pulsetic API: a Kestrel server on loopback that serves the spec's operations under <c>/api/public</c> from
/// in-memory state, with Pulsetic's authentication, Laravel-style errors, optional rate limiting and injected faults.
/// </summary>
/// <example>
/// <code>
/// await using var simulator = await PulseticSimulator.StartAsync();
/// using var client = Pulsetic.PulseticClient.Create(simulator.Token, simulator.BaseAddress);
/// </code>
/// </example>
public sealed class PulseticSimulator : IAsyncDisposable
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(2);

    private readonly WebApplication _app;
    private readonly RequestCounter _counter;
    private int _disposed;

    private PulseticSimulator(WebApplication app, Uri baseAddress, string token, RequestCounter counter)
    {
        _app = app;
        BaseAddress = baseAddress;
        Token = token;
        _counter = counter;
    }

    /// <summary>The API root, such as <c>http://127.0.0.1:54321/api/public/</c>; always ends with <c>/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A token the simulator accepts: the first of <see cref="SimulatorOptions.Tokens"/>, else <see cref="SimulatorOptions.DevelopmentToken"/>.</summary>
    public string Token { get; }

    /// <summary>Starts a simulator and returns once it accepts connections.</summary>
    /// <param name="options">The settings; defaults when null. Read once: later changes have no effect.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running simulator; dispose it to stop it.</returns>
    /// <exception cref="ArgumentException">The URL is not an <c>http</c> loopback address, or a token cannot be sent in a header.</exception>
    public static async Task<PulseticSimulator> StartAsync(SimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SimulatorOptions();
        IPEndPoint endpoint = ParseLoopbackUrl(options.Url);
        string[] tokens = options.Tokens.Count > 0 ? options.Tokens.ToArray() : new[] { SimulatorOptions.DevelopmentToken };
        foreach (string token in tokens)
        {
            if (string.IsNullOrWhiteSpace(token) || token.Any(c => c is < '!' or > '~'))
            {
                throw new ArgumentException("Every simulator token must be non-empty visible ASCII without spaces.", nameof(options));
            }
        }

        if (options.RateLimitPerMinute < 0 || options.Latency < TimeSpan.Zero)
        {
            throw new ArgumentException("RateLimitPerMinute and Latency must not be negative.", nameof(options));
        }

        ArgumentNullException.ThrowIfNull(options.Clock);

        var handlers = new Dictionary<string, OperationHandler>(StringComparer.Ordinal);
        MonitorOperations.Register(handlers);
        TelemetryOperations.Register(handlers);
        NotificationChannelOperations.Register(handlers);
        StatusPageOperations.Register(handlers);
        IncidentOperations.Register(handlers);
        HeartbeatAndDomainOperations.Register(handlers);
        var routes = new RouteTable(PulseticSpec.Load(), handlers);

        var state = new SimulatorState(options.Seed);
        if (options.SeedSampleData)
        {
            SampleData.Seed(state, options.Clock.GetUtcNow());
        }

        var counter = new RequestCounter();
        var pipeline = new SimulatorPipeline(options, tokens, routes, state, counter);

        // The empty builder reads no appsettings, environment variables or command line: nothing outside the options
        // (such as ASPNETCORE_URLS) can move the simulator off loopback.
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PulseticSimulator).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            kestrel.Listen(endpoint);
        });
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);

        WebApplication app = builder.Build();
        ((IApplicationBuilder)app).Run(pipeline.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A port in use or a cancelled start: release what was built before reporting it.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.TrimEnd('/') + SimulatorPipeline.ApiPrefix + "/", UriKind.Absolute);
        return new PulseticSimulator(app, baseAddress, tokens[0], counter);
    }

    /// <summary>How many requests arrived for a method and path template (faulted, rejected and unauthenticated ones included).</summary>
    /// <param name="method">The HTTP method, such as <c>POST</c> (any case).</param>
    /// <param name="pathTemplate">The spec's template, such as <c>/monitors</c> or <c>/monitors/{monitorId}</c>; a leading <c>/api/public</c> is ignored. Requests that matched no template count under their literal path.</param>
    /// <returns>The number of requests received so far.</returns>
    public int CountRequests(string method, string pathTemplate) => _counter.Count(method, pathTemplate);

    /// <summary>Stops the server, aborting requests still in flight after a short grace period.</summary>
    /// <returns>A task that completes when the server has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        using (var timeout = new CancellationTokenSource(ShutdownTimeout))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static IPEndPoint ParseLoopbackUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"The simulator URL must be an absolute http:// URL, such as http://127.0.0.1:0 (got '{url}').", nameof(url));
        }

        IPAddress? address = uri.IsLoopback && uri.Host == "localhost" ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out IPAddress? parsed) ? parsed
            : null;
        if (address is null || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"The simulator only listens on loopback (127.0.0.1, localhost or [::1]); '{uri.Host}' is not.", nameof(url));
        }

        return new IPEndPoint(address, uri.Port);
    }
}
