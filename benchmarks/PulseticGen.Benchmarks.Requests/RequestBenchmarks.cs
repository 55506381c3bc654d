using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using PulseticGen.Benchmarks.Requests.HandWritten;
using Refit;
using Floor = PulseticGen.Benchmarks.Requests.HandWritten;
using KiotaModels = Pulsetic.Kiota.Models;

namespace PulseticGen.Benchmarks.Requests;

/// <summary>
/// One call of each client over the same in-memory Pulsetic, per operation: (a) hand-written HttpClient + System.Text.Json
/// source generation, written idiomatically (the baseline), (a') the same hand-tuned with our body strategy, (b) Refit, (c) Kiota, (d) ours. Every client is built once and reused, as an
/// application would; what is timed is one call, from the method call to the deserialized result.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(RequestJobs))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RequestBenchmarks
{
    private static readonly Uri s_baseAddress = new("https://api.pulsetic.com/api/public/");

    private readonly CannedPulsetic _api = new();
    private HttpClient _floorHttp = null!;
    private FloorClient _floor = null!;
    private HttpClient _tunedHttp = null!;
    private TunedClient _tuned = null!;
    private HttpClient _refitHttp = null!;
    private IPulseticRefitApi _refit = null!;
    private HttpClient _kiotaHttp = null!;
    private Pulsetic.Kiota.PulseticKiotaClient _kiota = null!;
    private Pulsetic.PulseticClient _ours = null!;

    private readonly Floor.CreateMonitorsRequest _floorCreate = new() { Urls = { "https://w5.com", "https://w6.com" }, AddAccountEmail = true };
    private readonly KiotaModels.CreateMonitorsRequest _kiotaCreate = new() { Urls = new List<string> { "https://w5.com", "https://w6.com" }, AddAccountEmail = true };
    private readonly Pulsetic.CreateMonitorsRequest _oursCreate = new() { Urls = new[] { "https://w5.com", "https://w6.com" }, AddAccountEmail = true };

    [GlobalSetup]
    public void Setup()
    {
        _floorHttp = new HttpClient(_api, disposeHandler: false) { BaseAddress = s_baseAddress };
        _floorHttp.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", CannedPulsetic.Token);
        _floor = new FloorClient(_floorHttp);

        _tunedHttp = new HttpClient(_api, disposeHandler: false);
        _tuned = new TunedClient(_tunedHttp, s_baseAddress, CannedPulsetic.Token);

        _refitHttp = new HttpClient(_api, disposeHandler: false) { BaseAddress = s_baseAddress };
        _refitHttp.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", CannedPulsetic.Token);
        _refit = RestService.For<IPulseticRefitApi>(_refitHttp, new RefitSettings
        {
            ContentSerializer = new SystemTextJsonContentSerializer(new JsonSerializerOptions { TypeInfoResolver = FloorJsonContext.Default }),
        });

        // Kiota as its documentation sets it up: its default middleware pipeline in front of the transport.
        _kiotaHttp = KiotaClientFactory.Create(finalHandler: _api);
        var adapter = new HttpClientRequestAdapter(
            new ApiKeyAuthenticationProvider(CannedPulsetic.Token, "Authorization", ApiKeyAuthenticationProvider.KeyLocation.Header),
            httpClient: _kiotaHttp)
        {
            BaseUrl = "https://api.pulsetic.com/api/public",
        };
        _kiota = new Pulsetic.Kiota.PulseticKiotaClient(adapter);

        _ours = Pulsetic.PulseticClient.Create(CannedPulsetic.Token, innerHandler: _api);

        Validate().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _floorHttp.Dispose();
        _tunedHttp.Dispose();
        _refitHttp.Dispose();
        _kiotaHttp.Dispose();
        _ours.Dispose();
    }

    // GET /monitors?page=1&per_page=20 — a paginator page of 20 full monitors (49 KB).

    [Benchmark(Baseline = true), BenchmarkCategory("List")]
    public Task<Floor.MonitorPage> List_HandWritten() => _floor.ListMonitorsAsync(1, 20);

    [Benchmark, BenchmarkCategory("List")]
    public Task<Floor.MonitorPage> List_HandTuned() => _tuned.ListMonitorsAsync(1, 20);

    [Benchmark, BenchmarkCategory("List")]
    public Task<Floor.MonitorPage> List_Refit() => _refit.ListMonitorsAsync(1, 20);

    [Benchmark, BenchmarkCategory("List")]
    public Task<KiotaModels.MonitorPage?> List_Kiota() => _kiota.Monitors.GetAsync(request =>
    {
        request.QueryParameters.Page = 1;
        request.QueryParameters.PerPage = 20;
    });

    [Benchmark, BenchmarkCategory("List")]
    public Task<Pulsetic.MonitorPage> List_PulseticGen() => _ours.Monitors.ListAsync(page: 1, perPage: 20);

    // GET /monitors/{id} — {"data": {...one monitor...}}.

    [Benchmark(Baseline = true), BenchmarkCategory("Get")]
    public Task<Floor.MonitorResponse> Get_HandWritten() => _floor.GetMonitorAsync(CannedPulsetic.MonitorId);

    [Benchmark, BenchmarkCategory("Get")]
    public Task<Floor.MonitorResponse> Get_HandTuned() => _tuned.GetMonitorAsync(CannedPulsetic.MonitorId);

    [Benchmark, BenchmarkCategory("Get")]
    public Task<Floor.MonitorResponse> Get_Refit() => _refit.GetMonitorAsync(CannedPulsetic.MonitorId);

    [Benchmark, BenchmarkCategory("Get")]
    public Task<KiotaModels.MonitorResponse?> Get_Kiota() => _kiota.Monitors[(int)CannedPulsetic.MonitorId].GetAsync();

    [Benchmark, BenchmarkCategory("Get")]
    public Task<Pulsetic.MonitorResponse> Get_PulseticGen() => _ours.Monitors.GetAsync(CannedPulsetic.MonitorId);

    // POST /monitors — a JSON body with two URLs; the answer is a bare array of the two monitors created.

    [Benchmark(Baseline = true), BenchmarkCategory("Create")]
    public Task<List<Floor.Monitor>> Create_HandWritten() => _floor.CreateMonitorsAsync(_floorCreate);

    [Benchmark, BenchmarkCategory("Create")]
    public Task<List<Floor.Monitor>> Create_HandTuned() => _tuned.CreateMonitorsAsync(_floorCreate);

    [Benchmark, BenchmarkCategory("Create")]
    public Task<List<Floor.Monitor>> Create_Refit() => _refit.CreateMonitorsAsync(_floorCreate);

    [Benchmark, BenchmarkCategory("Create")]
    public Task<List<KiotaModels.Monitor>?> Create_Kiota() => _kiota.Monitors.PostAsync(_kiotaCreate);

    [Benchmark, BenchmarkCategory("Create")]
    public Task<IReadOnlyList<Pulsetic.Monitor>> Create_PulseticGen() => _ours.Monitors.CreateAsync(_oursCreate);

    /// <summary>
    /// Before anything is timed: every client sends what the API expects (the handler checks) and reads the same
    /// data (compared field by field on what all four expose alike). A client that skipped work would fail here.
    /// </summary>
    private async Task Validate()
    {
        _api.Strict = true;
        try
        {
            Floor.MonitorPage floor = await List_HandWritten();
            Floor.MonitorPage refit = await List_Refit();
            KiotaModels.MonitorPage kiota = (await List_Kiota())!;
            Pulsetic.MonitorPage ours = await List_PulseticGen();

            string expected = Fingerprint(floor.Data.Select(m => (m.Id, m.Url, m.Name, m.Uptime, m.SslCheck, m.CheckedAt, m.MobileSeoScore, m.Nodes?.Count)));
            Same("Hand-tuned list", expected, Fingerprint((await List_HandTuned()).Data.Select(m => (m.Id, m.Url, m.Name, m.Uptime, m.SslCheck, m.CheckedAt, m.MobileSeoScore, m.Nodes?.Count))));
            Same("Refit list", expected, Fingerprint(refit.Data.Select(m => (m.Id, m.Url, m.Name, m.Uptime, m.SslCheck, m.CheckedAt, m.MobileSeoScore, m.Nodes?.Count))));
            Same("PulseticGen list", expected, Fingerprint(ours.Data.Select(m => (m.Id, m.Url, m.Name, m.Uptime, m.SslCheck, m.CheckedAt, m.MobileSeoScore, m.Nodes?.Count))));
            Same("Kiota list", expected, Fingerprint(kiota.Data!.Select(m => ((long)m.Id!, m.Url!, m.Name, m.Uptime, KiotaFlag(m.SslCheck), KiotaTime(m.CheckedAt), KiotaScore(m.MobileSeoScore), m.Nodes?.Count))));

            long id = (await Get_HandWritten()).Data.Id;
            Same("Hand-tuned get", id, (await Get_HandTuned()).Data.Id);
            Same("Refit get", id, (await Get_Refit()).Data.Id);
            Same("Kiota get", id, (long)(await Get_Kiota())!.Data!.Id!);
            Same("PulseticGen get", id, (await Get_PulseticGen()).Data.Id);

            string created = string.Join(",", (await Create_HandWritten()).Select(m => m.Id));
            Same("Hand-tuned create", created, string.Join(",", (await Create_HandTuned()).Select(m => m.Id)));
            Same("Refit create", created, string.Join(",", (await Create_Refit()).Select(m => m.Id)));
            Same("Kiota create", created, string.Join(",", (await Create_Kiota())!.Select(m => m.Id)));
            Same("PulseticGen create", created, string.Join(",", (await Create_PulseticGen()).Select(m => m.Id)));
        }
        finally
        {
            _api.Strict = false;
        }
    }

    private static string Fingerprint(IEnumerable<(long Id, string Url, string? Name, double? Uptime, bool? SslCheck, DateTimeOffset? CheckedAt, double? Score, int? Nodes)> monitors) =>
        string.Join("\n", monitors.Select(m => m.ToString()));

    private static bool? KiotaFlag(KiotaModels.Monitor.Monitor_ssl_check? value) =>
        value?.Boolean ?? (value?.Integer is { } bit ? bit != 0 : null);

    private static DateTimeOffset? KiotaTime(KiotaModels.Monitor.Monitor_checked_at? value) =>
        value?.DateTimeOffset ?? (value?.Integer is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null);

    private static double? KiotaScore(KiotaModels.Monitor.Monitor_mobile_seo_score? value) =>
        value?.Double ?? (value?.String is { } text ? double.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null);

    private static void Same<T>(string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw new InvalidOperationException($"{what} read different data:\nexpected {expected}\nactual   {actual}");
        }
    }
}
