using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using System.Threading;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    public static partial class ApiPager
    {
        /// <summary>
        /// Yields the items of the pages at offset 0, then at the offset plus the number of items received so far, fetching
        /// each page only after the caller has consumed the previous one, until a page with no items.
        /// </summary>
        /// <typeparam name="TPage">The response type of one page.</typeparam>
        /// <typeparam name="TItem">The item type.</typeparam>
        /// <param name="fetchPage">Fetches the page that starts at an offset.</param>
        /// <param name="items">Selects the items of a page; <see langword="null"/> counts as no items.</param>
        /// <param name="cancellationToken">Cancels fetching; also combined with the token given to <c>WithCancellation</c>.</param>
        /// <returns>The items of all pages, in order.</returns>
        public static IAsyncEnumerable<TItem> EnumerateByOffsetAsync<TPage, TItem>(
            Func<int, CancellationToken, Task<TPage>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(fetchPage);
            ArgumentNullException.ThrowIfNull(items);
            return EnumerateByOffsetCoreAsync(fetchPage, items, cancellationToken);
        }

        /// <summary>
        /// Yields the items of the first page (fetched with no cursor), then of the page each cursor names, fetching each
        /// page only after the caller has consumed the previous one. Stops at a page with no items, when
        /// <paramref name="nextCursor"/> returns <see langword="null"/> or an empty string, or when it repeats the cursor
        /// just used (a server bug that would otherwise loop for ever).
        /// </summary>
        /// <typeparam name="TPage">The response type of one page.</typeparam>
        /// <typeparam name="TItem">The item type.</typeparam>
        /// <param name="fetchPage">Fetches the page for a cursor (<see langword="null"/> for the first page).</param>
        /// <param name="items">Selects the items of a page; <see langword="null"/> counts as no items.</param>
        /// <param name="nextCursor">Selects the next cursor from a page and its (non-empty) items.</param>
        /// <param name="cancellationToken">Cancels fetching; also combined with the token given to <c>WithCancellation</c>.</param>
        /// <returns>The items of all pages, in order.</returns>
        public static IAsyncEnumerable<TItem> EnumerateByCursorAsync<TPage, TItem>(
            Func<string?, CancellationToken, Task<TPage>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            Func<TPage, IReadOnlyList<TItem>, string?> nextCursor,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(fetchPage);
            ArgumentNullException.ThrowIfNull(items);
            ArgumentNullException.ThrowIfNull(nextCursor);
            return EnumerateByCursorCoreAsync(fetchPage, items, nextCursor, cancellationToken);
        }

        /// <summary>
        /// Yields the items of the first page, then follows the <c>Link: &lt;…&gt;; rel="next"</c> header of each response
        /// (RFC 8288), fetching each page only after the caller has consumed the previous one, until a response without a
        /// next link or a page with no items.
        /// </summary>
        /// <typeparam name="TPage">The response type of one page.</typeparam>
        /// <typeparam name="TItem">The item type.</typeparam>
        /// <param name="fetchPage">Fetches the first page (<see langword="null"/>) or the page at an absolute next URL.</param>
        /// <param name="items">Selects the items of a page; <see langword="null"/> counts as no items.</param>
        /// <param name="cancellationToken">Cancels fetching; also combined with the token given to <c>WithCancellation</c>.</param>
        /// <returns>The items of all pages, in order.</returns>
        /// <exception cref="ApiException">A page answered with an error status (thrown while enumerating).</exception>
        public static IAsyncEnumerable<TItem> EnumerateByLinkAsync<TPage, TItem>(
            Func<Uri?, CancellationToken, Task<ApiResponse<TPage>>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(fetchPage);
            ArgumentNullException.ThrowIfNull(items);
            return EnumerateByLinkCoreAsync(fetchPage, items, cancellationToken);
        }

        private static async IAsyncEnumerable<TItem> EnumerateByOffsetCoreAsync<TPage, TItem>(
            Func<int, CancellationToken, Task<TPage>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            int offset = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TPage page = await fetchPage(offset, cancellationToken).ConfigureAwait(false);
                IReadOnlyList<TItem>? pageItems = page is null ? null : items(page);
                if (pageItems is null || pageItems.Count == 0)
                {
                    yield break;
                }

                for (int i = 0; i < pageItems.Count; i++)
                {
                    yield return pageItems[i];
                }

                if (offset > int.MaxValue - pageItems.Count)
                {
                    yield break;
                }

                offset += pageItems.Count;
            }
        }

        private static async IAsyncEnumerable<TItem> EnumerateByCursorCoreAsync<TPage, TItem>(
            Func<string?, CancellationToken, Task<TPage>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            Func<TPage, IReadOnlyList<TItem>, string?> nextCursor,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            string? cursor = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TPage page = await fetchPage(cursor, cancellationToken).ConfigureAwait(false);
                IReadOnlyList<TItem>? pageItems = page is null ? null : items(page);
                if (pageItems is null || pageItems.Count == 0)
                {
                    yield break;
                }

                for (int i = 0; i < pageItems.Count; i++)
                {
                    yield return pageItems[i];
                }

                string? next = nextCursor(page!, pageItems);
                if (string.IsNullOrEmpty(next) || next == cursor)
                {
                    yield break;
                }

                cursor = next;
            }
        }

        private static async IAsyncEnumerable<TItem> EnumerateByLinkCoreAsync<TPage, TItem>(
            Func<Uri?, CancellationToken, Task<ApiResponse<TPage>>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            Uri? next = null;
            var visited = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ApiResponse<TPage> response = await fetchPage(next, cancellationToken).ConfigureAwait(false);
                TPage page = response.GetBodyOrThrow();
                IReadOnlyList<TItem>? pageItems = page is null ? null : items(page);
                if (pageItems is null || pageItems.Count == 0)
                {
                    yield break;
                }

                for (int i = 0; i < pageItems.Count; i++)
                {
                    yield return pageItems[i];
                }

                next = response.Headers.TryGetValue("Link", out IReadOnlyList<string>? links) ? LinkHeader.FindNext(links) : null;
                if (next is null || !visited.Add(next.AbsoluteUri))
                {
                    yield break;
                }
            }
        }
    }
}
