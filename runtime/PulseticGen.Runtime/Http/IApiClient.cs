using System;
using System.Net.Http;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// What every generated root client offers as static members, so that hosting code (dependency injection, tests)
    /// can create and configure any generated client without reflection.
    /// </summary>
    /// <typeparam name="TSelf">The generated client.</typeparam>
    public interface IApiClient<TSelf>
        where TSelf : class, IApiClient<TSelf>
    {
        /// <summary>The server URL from the spec.</summary>
        static abstract Uri DefaultBaseAddress { get; }

        /// <summary>How the API expects its credential, or <see langword="null"/> when the spec declares none.</summary>
        static abstract ApiKeyScheme? SecurityScheme { get; }

        /// <summary>Creates the client over an <see cref="HttpClient"/> whose pipeline the caller configured.</summary>
        /// <param name="httpClient">The HttpClient; the caller keeps ownership.</param>
        /// <returns>The client.</returns>
        static abstract TSelf CreateWithHttpClient(HttpClient httpClient);
    }
}
