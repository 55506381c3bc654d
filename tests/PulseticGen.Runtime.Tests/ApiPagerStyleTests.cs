using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiPagerStyleTests
    {
        [Fact]
        public async Task Offsets_advance_by_the_items_received_and_stop_at_an_empty_page()
        {
            var offsets = new List<int>();
            IAsyncEnumerable<int> items = ApiPager.EnumerateByOffsetAsync<int[], int>(
                (offset, _) =>
                {
                    offsets.Add(offset);
                    return Task.FromResult(offset >= 7 ? Array.Empty<int>() : new[] { offset, offset + 1, offset + 2 }[..Math.Min(3, 7 - offset)]);
                },
                static page => page,
                CancellationToken.None);

            Assert.Equal(new[] { 0, 1, 2, 3, 4, 5, 6 }, await ToListAsync(items));
            Assert.Equal(new[] { 0, 3, 6, 7 }, offsets);
        }

        [Fact]
        public async Task A_cursor_stops_when_missing_empty_or_repeated()
        {
            var cursors = new List<string?>();
            IAsyncEnumerable<string> Walk(Func<string?, string?> next) => ApiPager.EnumerateByCursorAsync<string?, string>(
                (cursor, _) =>
                {
                    cursors.Add(cursor);
                    return Task.FromResult(next(cursor));
                },
                static page => new[] { "item" },
                static (page, _) => page,
                CancellationToken.None);

            Assert.Equal(3, (await ToListAsync(Walk(c => c switch { null => "a", "a" => "b", _ => string.Empty }))).Count);
            Assert.Equal(new[] { null, "a", "b" }, cursors);

            cursors.Clear();
            Assert.Equal(2, (await ToListAsync(Walk(c => c is null ? "a" : "a"))).Count);
            Assert.Equal(new[] { null, "a" }, cursors);

            cursors.Clear();
            Assert.Single(await ToListAsync(Walk(_ => string.Empty)));
            Assert.Equal(new string?[] { null }, cursors);
        }

        [Fact]
        public async Task Links_stop_without_next_and_never_revisit_a_url()
        {
            var requested = new List<Uri?>();
            IAsyncEnumerable<string> items = ApiPager.EnumerateByLinkAsync<string[], string>(
                (next, _) =>
                {
                    requested.Add(next);

                    // Page 2 points back at itself: a server bug that must not loop.
                    string link = "<https://x.test/items?page=2>; rel=\"next\"";
                    return Task.FromResult(new ApiResponse<string[]>(HttpStatusCode.OK, Headers("Link", link), new[] { "p" + requested.Count }, null));
                },
                static page => page,
                CancellationToken.None);

            Assert.Equal(new[] { "p1", "p2" }, await ToListAsync(items));
            Assert.Equal(new Uri?[] { null, new Uri("https://x.test/items?page=2") }, requested);
        }

        [Fact]
        public async Task An_error_response_throws_its_exception()
        {
            var failure = new ApiException("boom", HttpStatusCode.BadGateway);
            IAsyncEnumerable<string> items = ApiPager.EnumerateByLinkAsync<string[], string>(
                (_, _) => Task.FromResult(new ApiResponse<string[]>(HttpStatusCode.BadGateway, Headers("Link", "<https://x.test/2>; rel=\"next\""), null, failure)),
                static page => page,
                CancellationToken.None);

            Assert.Same(failure, await Assert.ThrowsAsync<ApiException>(() => ToListAsync(items)));
        }

        private static IReadOnlyDictionary<string, IReadOnlyList<string>> Headers(string name, string value) =>
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { [name] = new[] { value } };

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
