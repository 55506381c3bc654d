using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PulseticGen.IntegrationTests.Hardening;

/// <summary>A request as a <see cref="LoopbackServer"/> received it.</summary>
public sealed record ReceivedRequest(string Method, string Target, IReadOnlyDictionary<string, string[]> Headers);

/// <summary>
/// A minimal Kestrel server on one loopback address that records every request and answers with a given delegate:
/// what the simulator cannot do (redirect, stand in for "another host").
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();

    private LoopbackServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The server's root, such as <c>http://127.0.0.2:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<ReceivedRequest> Received => _received;

    /// <param name="address">A loopback address: 127.0.0.1, or another in 127.0.0.0/8 to be a different host.</param>
    /// <param name="answer">Writes the response.</param>
    public static async Task<LoopbackServer> StartAsync(IPAddress address, Func<HttpContext, LoopbackServer, Task> answer)
    {
        if (!IPAddress.IsLoopback(address))
        {
            throw new ArgumentException("Test servers listen on loopback only.", nameof(address));
        }

        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(address, 0);
        });

        WebApplication app = builder.Build();
        var server = new LoopbackServer(app);
        ((IApplicationBuilder)app).Run(context =>
        {
            server._received.Enqueue(new ReceivedRequest(
                context.Request.Method,
                context.Request.Path + context.Request.QueryString,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.OrdinalIgnoreCase)));
            return answer(context, server);
        });

        await app.StartAsync();
        string bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(bound.TrimEnd('/') + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            await _app.StopAsync(timeout.Token);
        }

        await _app.DisposeAsync();
    }
}
