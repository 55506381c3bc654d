using System.Text.RegularExpressions;
using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary><c>Monitors.ListAllAsync</c>: walks the Laravel pages lazily, in order, up to <c>last_page</c>.</summary>
public sealed class PaginationTests
{
    /// <summary>Answers <c>GET /monitors?page=N</c> with two monitors numbered from the page and the given last page.</summary>
    private static StubReply Page(RecordedRequest request, long lastPage)
    {
        int page = int.Parse(Regex.Match(request.Uri.Query, @"[?&]page=(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        long first = (page * 100) + 1;
        return StubReply.Json(
            $$"""{"current_page":{{page}},"last_page":{{lastPage}},"per_page":2,"data":[{"id":{{first}},"url":"https://{{first}}.example"},{"id":{{first + 1}},"url":"https://{{first + 1}}.example"}]}""");
    }

    [Fact]
    public async Task Walks_every_page_in_order_and_forwards_per_page()
    {
        var handler = new RecordingHandler().Reply((request, _) => Page(request, lastPage: 3));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        var ids = new List<long>();
        await foreach (Monitor monitor in client.Monitors.ListAllAsync(perPage: 2))
        {
            ids.Add(monitor.Id);
        }

        Assert.Equal(new long[] { 101, 102, 201, 202, 301, 302 }, ids);
        Assert.Equal(
            new[]
            {
                TestClients.BaseUrl + "monitors?page=1&per_page=2",
                TestClients.BaseUrl + "monitors?page=2&per_page=2",
                TestClients.BaseUrl + "monitors?page=3&per_page=2",
            },
            handler.Requests.Select(r => r.Url));
        Assert.All(handler.Requests, r => Assert.Equal(TestClients.Token, r.Authorization));
    }

    [Fact]
    public async Task Requests_the_next_page_only_after_the_previous_page_is_consumed()
    {
        var handler = new RecordingHandler().Reply((request, _) => Page(request, lastPage: 3));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        IAsyncEnumerable<Monitor> all = client.Monitors.ListAllAsync(perPage: 2);
        Assert.Equal(0, handler.RequestCount);

        await using IAsyncEnumerator<Monitor> cursor = all.GetAsyncEnumerator();
        var countsAfterEachItem = new List<int>();
        while (await cursor.MoveNextAsync())
        {
            countsAfterEachItem.Add(handler.RequestCount);
        }

        Assert.Equal(new[] { 1, 1, 2, 2, 3, 3 }, countsAfterEachItem);
        Assert.Equal(3, handler.RequestCount);
    }

    [Fact]
    public async Task Stops_at_last_page_even_if_more_pages_would_answer()
    {
        var handler = new RecordingHandler().Reply((request, _) => Page(request, lastPage: 2));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        int count = 0;
        await foreach (Monitor _ in client.Monitors.ListAllAsync())
        {
            count++;
        }

        Assert.Equal(4, count);
        Assert.Equal(2, handler.RequestCount);
        Assert.Equal(TestClients.BaseUrl + "monitors?page=2", handler.Requests[1].Url);
    }

    [Fact]
    public async Task Single_page_account_makes_one_request()
    {
        var handler = new RecordingHandler().Reply(StubReply.Json(Samples.Read("monitors-list.json")));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        var ids = new List<long>();
        await foreach (Monitor monitor in client.Monitors.ListAllAsync(perPage: 50))
        {
            ids.Add(monitor.Id);
        }

        Assert.Equal(new long[] { 115988, 141455 }, ids);
        Assert.Equal(TestClients.BaseUrl + "monitors?page=1&per_page=50", handler.Single.Url);
    }

    [Fact]
    public async Task Empty_account_yields_nothing_after_one_request()
    {
        var handler = new RecordingHandler().Reply(StubReply.Json("""{"current_page":1,"data":[],"last_page":1,"total":0}"""));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        int count = 0;
        await foreach (Monitor _ in client.Monitors.ListAllAsync())
        {
            count++;
        }

        Assert.Equal(0, count);
        Assert.Equal(1, handler.RequestCount);
    }

    [Fact]
    public async Task Breaking_out_early_fetches_no_further_page()
    {
        var handler = new RecordingHandler().Reply((request, _) => Page(request, lastPage: 5));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        await foreach (Monitor monitor in client.Monitors.ListAllAsync())
        {
            Assert.Equal(101, monitor.Id);
            break;
        }

        Assert.Equal(1, handler.RequestCount);
    }

    [Fact]
    public async Task Error_on_a_later_page_surfaces_after_the_earlier_items()
    {
        var handler = new RecordingHandler().Reply((request, index) => index == 0
            ? Page(request, lastPage: 3)
            : StubReply.Json("""{"message":"Server Error"}""", HttpStatusCode.InternalServerError));
        using PulseticClient client = PulseticClient.Create(TestClients.Token, innerHandler: handler);

        var ids = new List<long>();
        ApiServerException exception = await Assert.ThrowsAsync<ApiServerException>(async () =>
        {
            await foreach (Monitor monitor in client.Monitors.ListAllAsync())
            {
                ids.Add(monitor.Id);
            }
        });

        Assert.Equal(new long[] { 101, 102 }, ids);
        Assert.Equal("listMonitors", exception.OperationId);
        Assert.Equal(new Uri(TestClients.BaseUrl + "monitors?page=2"), exception.RequestUri);
    }
}
