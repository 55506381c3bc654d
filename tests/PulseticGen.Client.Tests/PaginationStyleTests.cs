using PagingApi;
using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>
/// Specs/pagination.openapi.yaml: one list operation per pagination style, walked by the generated <c>…AllAsync</c>
/// methods over real HTTP against a loopback server, checking the exact requests sent and the items returned.
/// </summary>
public sealed class PaginationStyleTests
{
    private static string Items(params string[] ids) => "[" + string.Join(",", ids.Select(id => $$"""{"id":"{{id}}","name":"n-{{id}}"}""")) + "]";

    private static async Task<List<string>> IdsAsync(IAsyncEnumerable<Item> items)
    {
        var ids = new List<string>();
        await foreach (Item item in items)
        {
            ids.Add(item.Id);
        }

        return ids;
    }

    private static PagingClient CreateClient(PageServer server) => new(new HttpClient { BaseAddress = server.BaseAddress });

    [Fact]
    public async Task Offset_and_limit_advance_by_the_items_received_until_an_empty_page()
    {
        string[] all = ["e0", "e1", "e2", "e3", "e4"];
        await using var server = new PageServer(target =>
        {
            int offset = int.Parse(target.Split("offset=")[1].Split('&')[0], System.Globalization.CultureInfo.InvariantCulture);
            return new PageReply(Items(all.Skip(offset).Take(2).ToArray()));
        });

        List<string> ids = await IdsAsync(CreateClient(server).ListEventsAllAsync(limit: 2, kind: "deploy"));

        Assert.Equal(all, ids);
        Assert.Equal(
            [
                "/events?offset=0&limit=2&kind=deploy",
                "/events?offset=2&limit=2&kind=deploy",
                "/events?offset=4&limit=2&kind=deploy",
                "/events?offset=5&limit=2&kind=deploy",
            ],
            server.Targets);
    }

    [Fact]
    public async Task Slack_cursor_follows_response_metadata_next_cursor_until_it_is_empty()
    {
        await using var server = new PageServer(target => target switch
        {
            "/users.list?limit=2" => new PageReply($$$"""{"ok":true,"members":{{{Items("U1", "U2")}}},"response_metadata":{"next_cursor":"dXNlcjpVMDYx"}}"""),
            "/users.list?cursor=dXNlcjpVMDYx&limit=2" => new PageReply($$$"""{"ok":true,"members":{{{Items("U3")}}},"response_metadata":{"next_cursor":""}}"""),
            _ => new PageReply("""{"ok":false}""", "404 Not Found"),
        });

        List<string> ids = await IdsAsync(CreateClient(server).ListMembersAllAsync(limit: 2));

        Assert.Equal(["U1", "U2", "U3"], ids);
        Assert.Equal(["/users.list?limit=2", "/users.list?cursor=dXNlcjpVMDYx&limit=2"], server.Targets);
    }

    [Fact]
    public async Task Stripe_passes_the_last_id_as_starting_after_while_has_more_is_true()
    {
        await using var server = new PageServer(target => target switch
        {
            "/v1/customers?limit=2" => new PageReply($$$"""{"object":"list","url":"/v1/customers","has_more":true,"data":{{{Items("cus_1", "cus_2")}}}}"""),
            "/v1/customers?limit=2&starting_after=cus_2" => new PageReply($$$"""{"object":"list","url":"/v1/customers","has_more":false,"data":{{{Items("cus_3")}}}}"""),
            _ => new PageReply("""{}""", "404 Not Found"),
        });

        List<string> ids = await IdsAsync(CreateClient(server).ListCustomersAllAsync(limit: 2));

        Assert.Equal(["cus_1", "cus_2", "cus_3"], ids);
        Assert.Equal(["/v1/customers?limit=2", "/v1/customers?limit=2&starting_after=cus_2"], server.Targets);
    }

    [Fact]
    public async Task Link_header_next_urls_are_followed_as_given_until_there_is_no_next()
    {
        PageServer? self = null;
        await using var server = new PageServer(target =>
        {
            string next(int page) => $"<{self!.BaseAddress}repos?per_page=2&page={page}>; rel=\"next\", <{self.BaseAddress}repos?per_page=2&page=3>; rel=\"last\"";
            return target switch
            {
                "/repos?per_page=2" => new PageReply(Items("r1", "r2"), "200 OK", "Link: " + next(2)),
                "/repos?per_page=2&page=2" => new PageReply(Items("r3", "r4"), "200 OK", "Link: " + next(3)),
                _ => new PageReply(Items("r5"), "200 OK", $"Link: <{self!.BaseAddress}repos?per_page=2&page=2>; rel=\"prev\""),
            };
        });
        self = server;

        List<string> ids = await IdsAsync(CreateClient(server).ListReposAllAsync(perPage: 2));

        Assert.Equal(["r1", "r2", "r3", "r4", "r5"], ids);
        Assert.Equal(["/repos?per_page=2", "/repos?per_page=2&page=2", "/repos?per_page=2&page=3"], server.Targets);
    }

    [Fact]
    public async Task A_next_link_to_another_host_is_not_followed()
    {
        await using var elsewhere = new PageServer(_ => new PageReply(Items("stolen")));
        await using var server = new PageServer(_ => new PageReply(Items("r1"), "200 OK", $"Link: <{elsewhere.BaseAddress}repos?page=2>; rel=\"next\""));

        var ids = new List<string>();
        var error = await Assert.ThrowsAsync<ApiException>(async () =>
        {
            await foreach (Item item in CreateClient(server).ListReposAllAsync())
            {
                ids.Add(item.Id);
            }
        });

        Assert.Equal(["r1"], ids);
        Assert.Contains("another server", error.Message, StringComparison.Ordinal);
        Assert.Empty(elsewhere.Targets);
    }

    [Fact]
    public async Task An_error_on_a_later_page_throws_the_typed_exception_after_the_earlier_items()
    {
        PageServer? self = null;
        await using var server = new PageServer(target => target == "/repos"
            ? new PageReply(Items("r1"), "200 OK", $"Link: <{self!.BaseAddress}repos?page=2>; rel=\"next\"")
            : new PageReply("""{"message":"gone"}""", "404 Not Found"));
        self = server;

        var ids = new List<string>();
        await Assert.ThrowsAsync<ApiNotFoundException>(async () =>
        {
            await foreach (Item item in CreateClient(server).ListReposAllAsync())
            {
                ids.Add(item.Id);
            }
        });

        Assert.Equal(["r1"], ids);
        Assert.Equal(["/repos", "/repos?page=2"], server.Targets);
    }

    [Fact]
    public async Task A_declared_cursor_reads_the_declared_paths()
    {
        await using var server = new PageServer(target => target switch
        {
            "/search?q=cats" => new PageReply($$$"""{"results":{{{Items("s1")}}},"related":["dogs"],"paging":{"next":"t2"}}"""),
            "/search?q=cats&token=t2" => new PageReply($$$"""{"results":{{{Items("s2")}}},"related":[],"paging":{}}"""),
            _ => new PageReply("""{}""", "404 Not Found"),
        });

        List<string> ids = await IdsAsync(CreateClient(server).SearchItemsAllAsync("cats"));

        Assert.Equal(["s1", "s2"], ids);
        Assert.Equal(["/search?q=cats", "/search?q=cats&token=t2"], server.Targets);
    }

    [Fact]
    public async Task Declared_page_numbers_without_a_last_page_stop_at_an_empty_page()
    {
        await using var server = new PageServer(target => target switch
        {
            "/pages?p=1" => new PageReply(Items("p1a", "p1b")),
            "/pages?p=2" => new PageReply(Items("p2a")),
            _ => new PageReply("[]"),
        });

        List<string> ids = await IdsAsync(CreateClient(server).ListPagesAllAsync());

        Assert.Equal(["p1a", "p1b", "p2a"], ids);
        Assert.Equal(["/pages?p=1", "/pages?p=2", "/pages?p=3"], server.Targets);
    }

    [Fact]
    public async Task The_next_page_is_fetched_only_when_the_caller_reaches_it()
    {
        await using var server = new PageServer(_ => new PageReply($$$"""{"ok":true,"members":{{{Items("U1", "U2")}}},"response_metadata":{"next_cursor":"more"}}"""));

        await foreach (Item item in CreateClient(server).ListMembersAllAsync())
        {
            Assert.Equal("U1", item.Id);
            break;
        }

        Assert.Equal(["/users.list"], server.Targets);
    }

    [Fact]
    public async Task Cancelling_between_pages_stops_before_the_next_request()
    {
        await using var server = new PageServer(_ => new PageReply($$$"""{"object":"list","url":"/","has_more":true,"data":{{{Items("cus_1")}}}}"""));
        using var cancellation = new CancellationTokenSource();

        var ids = new List<string>();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (Item item in CreateClient(server).ListCustomersAllAsync().WithCancellation(cancellation.Token))
            {
                ids.Add(item.Id);
                cancellation.Cancel();
            }
        });

        Assert.Equal(["cus_1"], ids);
        Assert.Equal(["/v1/customers"], server.Targets);
    }
}
