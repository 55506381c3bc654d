using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiPagerTests
    {
        private sealed record Page(int Number, IReadOnlyList<string>? Items, long? LastPage);

        [Fact]
        public async Task Fetches_the_next_page_only_after_the_current_one_is_consumed()
        {
            var requested = new List<int>();
            IAsyncEnumerable<string> items = Enumerate(requested, p => new Page(p, new[] { $"p{p}a", $"p{p}b" }, 3));

            await using IAsyncEnumerator<string> e = items.GetAsyncEnumerator();
            Assert.Empty(requested);
            Assert.True(await e.MoveNextAsync());
            Assert.True(await e.MoveNextAsync());
            Assert.Equal("p1b", e.Current);
            Assert.Equal(new[] { 1 }, requested);
            Assert.True(await e.MoveNextAsync());
            Assert.Equal("p2a", e.Current);
            Assert.Equal(new[] { 1, 2 }, requested);
        }

        [Fact]
        public async Task Stops_at_the_last_page()
        {
            var requested = new List<int>();

            List<string> all = await ToListAsync(Enumerate(requested, p => new Page(p, new[] { $"p{p}" }, 3)));

            Assert.Equal(new[] { "p1", "p2", "p3" }, all);
            Assert.Equal(new[] { 1, 2, 3 }, requested);
        }

        [Fact]
        public async Task Stops_at_an_empty_page_even_if_the_last_page_says_more()
        {
            var requested = new List<int>();

            List<string> all = await ToListAsync(Enumerate(requested, p => new Page(p, p == 2 ? Array.Empty<string>() : new[] { $"p{p}" }, 10)));

            Assert.Equal(new[] { "p1" }, all);
            Assert.Equal(new[] { 1, 2 }, requested);
        }

        [Fact]
        public async Task Stops_after_the_first_page_when_the_last_page_is_unknown()
        {
            var requested = new List<int>();

            List<string> all = await ToListAsync(Enumerate(requested, p => new Page(p, new[] { "only" }, null)));

            Assert.Equal(new[] { "only" }, all);
            Assert.Equal(new[] { 1 }, requested);
        }

        [Fact]
        public async Task Treats_null_items_as_the_end()
        {
            var requested = new List<int>();

            Assert.Empty(await ToListAsync(Enumerate(requested, p => new Page(p, null, 5))));
            Assert.Equal(new[] { 1 }, requested);
        }

        [Fact]
        public async Task Starts_at_the_given_page_and_passes_the_token()
        {
            using var cts = new CancellationTokenSource();
            var tokens = new List<CancellationToken>();
            IAsyncEnumerable<int> items = ApiPager.EnumerateAsync(
                firstPage: 0,
                (page, token) =>
                {
                    tokens.Add(token);
                    return Task.FromResult(new Page(page, new[] { page.ToString(System.Globalization.CultureInfo.InvariantCulture) }, 1));
                },
                p => p.Items!.Select(int.Parse).ToList(),
                p => p.LastPage,
                cts.Token);

            Assert.Equal(new[] { 0, 1 }, await ToListAsync(items));
            Assert.All(tokens, t => Assert.Equal(cts.Token, t));
        }

        [Fact]
        public async Task Cancellation_stops_before_the_next_fetch()
        {
            using var cts = new CancellationTokenSource();
            var requested = new List<int>();
            IAsyncEnumerable<string> items = ApiPager.EnumerateAsync<Page, string>(
                1,
                (page, _) =>
                {
                    requested.Add(page);
                    return Task.FromResult(new Page(page, new[] { "x" }, 10));
                },
                p => p.Items,
                p => p.LastPage,
                cts.Token);

            await using IAsyncEnumerator<string> e = items.GetAsyncEnumerator();
            Assert.True(await e.MoveNextAsync());
            cts.Cancel();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await e.MoveNextAsync());
            Assert.Equal(new[] { 1 }, requested);
        }

        private static IAsyncEnumerable<string> Enumerate(List<int> requested, Func<int, Page> serve) =>
            ApiPager.EnumerateAsync<Page, string>(
                1,
                (page, _) =>
                {
                    requested.Add(page);
                    return Task.FromResult(serve(page));
                },
                p => p.Items,
                p => p.LastPage,
                CancellationToken.None);

        private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source)
        {
            var list = new List<T>();
            await foreach (T item in source)
            {
                list.Add(item);
            }

            return list;
        }
    }
}
