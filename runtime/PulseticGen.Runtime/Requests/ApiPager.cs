using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>Walks paginated list endpoints as one stream of items; called by generated <c>…AllAsync</c> methods.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static partial class ApiPager
    {
        /// <summary>
        /// Yields the items of <paramref name="firstPage"/>, then of the following pages, fetching page N+1 only after the
        /// caller has consumed every item of page N. Stops after a page for which <paramref name="lastPage"/> returns
        /// <see langword="null"/>, after the page whose number is at least the last page, or at a page with no items.
        /// </summary>
        /// <typeparam name="TPage">The response type of one page.</typeparam>
        /// <typeparam name="TItem">The item type.</typeparam>
        /// <param name="firstPage">The number of the first page to fetch (usually 1).</param>
        /// <param name="fetchPage">Fetches one page by number.</param>
        /// <param name="items">Selects the items of a page; <see langword="null"/> counts as no items.</param>
        /// <param name="lastPage">Selects the number of the last page (such as Laravel's <c>meta.last_page</c>), or <see langword="null"/> when unknown.</param>
        /// <param name="cancellationToken">Cancels fetching; also combined with the token given to <c>WithCancellation</c>.</param>
        /// <returns>The items of all pages, in order.</returns>
        public static IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
            int firstPage,
            Func<int, CancellationToken, Task<TPage>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            Func<TPage, long?> lastPage,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(fetchPage);
            ArgumentNullException.ThrowIfNull(items);
            ArgumentNullException.ThrowIfNull(lastPage);

            // Split so argument errors throw at the call, not at the first MoveNextAsync.
            return EnumerateCoreAsync(firstPage, fetchPage, items, lastPage, cancellationToken);
        }

        /// <summary>
        /// Yields the items of page <paramref name="firstPage"/> and the following pages, fetching page N+1 only after the
        /// caller has consumed page N, until a page with no items (the API does not say which page is the last).
        /// </summary>
        /// <typeparam name="TPage">The response type of one page.</typeparam>
        /// <typeparam name="TItem">The item type.</typeparam>
        /// <param name="firstPage">The number of the first page to fetch (usually 1).</param>
        /// <param name="fetchPage">Fetches one page by number.</param>
        /// <param name="items">Selects the items of a page; <see langword="null"/> counts as no items.</param>
        /// <param name="cancellationToken">Cancels fetching; also combined with the token given to <c>WithCancellation</c>.</param>
        /// <returns>The items of all pages, in order.</returns>
        public static IAsyncEnumerable<TItem> EnumerateAsync<TPage, TItem>(
            int firstPage,
            Func<int, CancellationToken, Task<TPage>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(fetchPage);
            ArgumentNullException.ThrowIfNull(items);
            return EnumerateCoreAsync(firstPage, fetchPage, items, static _ => long.MaxValue, cancellationToken);
        }

        private static async IAsyncEnumerable<TItem> EnumerateCoreAsync<TPage, TItem>(
            int firstPage,
            Func<int, CancellationToken, Task<TPage>> fetchPage,
            Func<TPage, IReadOnlyList<TItem>?> items,
            Func<TPage, long?> lastPage,
            [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            int pageNumber = firstPage;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                TPage page = await fetchPage(pageNumber, cancellationToken).ConfigureAwait(false);
                if (page is null)
                {
                    yield break;
                }

                IReadOnlyList<TItem>? pageItems = items(page);
                if (pageItems is null || pageItems.Count == 0)
                {
                    yield break;
                }

                for (int i = 0; i < pageItems.Count; i++)
                {
                    yield return pageItems[i];
                }

                long? last = lastPage(page);
                if (last is null || pageNumber >= last.Value || pageNumber == int.MaxValue)
                {
                    yield break;
                }

                pageNumber++;
            }
        }
    }
}
