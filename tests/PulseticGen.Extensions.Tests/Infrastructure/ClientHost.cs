using Microsoft.Extensions.Logging;

namespace PulseticGen.Extensions.Tests.Infrastructure;

/// <summary>
/// What an application's host holds, built by hand: an in-memory configuration, a service collection with one client
/// registered through <c>AddApiClient</c>, a test logger, and a stub primary handler in place of the network.
/// </summary>
public sealed class ClientHost : IDisposable
{
    /// <summary>The token used unless a test says otherwise; no log line may ever contain it.</summary>
    public const string Canary = "canary-7f3a9c";

    private ClientHost(IConfigurationRoot configuration, ServiceProvider services, TestLogs logs, StubHandler stub)
    {
        Configuration = configuration;
        Services = services;
        Logs = logs;
        Stub = stub;
    }

    public IConfigurationRoot Configuration { get; }

    public ServiceProvider Services { get; }

    public TestLogs Logs { get; }

    public StubHandler Stub { get; }

    public static ClientHost Create(
        StubHandler stub,
        IDictionary<string, string?>? settings = null,
        Action<ApiClientOptions>? configure = null,
        Action<IHttpClientBuilder>? pipeline = null,
        TimeProvider? time = null) =>
        Create<PulseticClient>("Pulsetic", stub, settings ?? new Dictionary<string, string?> { ["Pulsetic:ApiToken"] = Canary }, configure, pipeline, time: time);

    public static ClientHost Create<TClient>(
        string section,
        StubHandler stub,
        IDictionary<string, string?> settings,
        Action<ApiClientOptions>? configure = null,
        Action<IHttpClientBuilder>? pipeline = null,
        bool registerConfiguration = true,
        TimeProvider? time = null)
        where TClient : class, IApiClient<TClient>
    {
        IConfigurationRoot configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new TestLogs();
        var services = new ServiceCollection();
        if (registerConfiguration)
        {
            services.AddSingleton<IConfiguration>(configuration);
        }

        if (time is not null)
        {
            // The resilience pipeline takes its clock from the container: retry delays and timeouts then follow it.
            services.AddSingleton(time);
        }

        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        IHttpClientBuilder builder = services.AddApiClient<TClient>(section, configure);
        pipeline?.Invoke(builder);
        builder.ConfigurePrimaryHttpMessageHandler(() => stub);
        return new ClientHost(configuration, services.BuildServiceProvider(validateScopes: true), logs, stub);
    }

    public PulseticClient Client => Services.GetRequiredService<PulseticClient>();

    public TClient Get<TClient>()
        where TClient : notnull => Services.GetRequiredService<TClient>();

    /// <summary>Changes one setting and reloads the configuration, as a file watcher or a secret store refresh does.</summary>
    public void Change(string key, string? value)
    {
        Configuration[key] = value;
        Configuration.Reload();
    }

    /// <summary>Runs the checks a host runs at start (<c>ValidateOnStart</c>).</summary>
    public void ValidateOnStart() => Services.GetRequiredService<IStartupValidator>().Validate();

    public void Dispose() => Services.Dispose();
}
