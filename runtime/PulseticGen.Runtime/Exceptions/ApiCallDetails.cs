using System;
using System.Collections.Generic;
using System.Net;

namespace PulseticGen.Runtime
{
    /// <summary>What the runtime captured about a failed call, already redacted; the input of every exception constructor.</summary>
    internal sealed class ApiCallDetails
    {
        public ApiEndpoint? Endpoint { get; init; }

        public string? Method { get; init; }

        public Uri? RequestUri { get; init; }

        /// <summary>The request path relative to the connection's base address (<c>/monitors/12</c>), without the query, which may hold secrets.</summary>
        public required string DisplayPath { get; init; }

        public ApiKeyScheme? SecurityScheme { get; init; }

        public HttpStatusCode? StatusCode { get; init; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>>? ResponseHeaders { get; init; }

        public string? ResponseBody { get; init; }

        public bool IsResponseBodyTruncated { get; init; }

        public string? ErrorMessage { get; init; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>>? ValidationErrors { get; init; }

        public TimeSpan? RetryAfter { get; init; }

        /// <summary><c>GET /monitors/12 (getMonitor)</c>.</summary>
        public string DescribeCall() =>
            Endpoint is null ? $"{Method} {DisplayPath}" : $"{Method} {DisplayPath} ({Endpoint.OperationId})";

        /// <summary><c>404 Not Found</c>.</summary>
        public string DescribeStatusCode() => StatusCode is { } status ? HttpStatusText.Describe(status) : "no response";

        /// <summary><c>GET /monitors/12 (getMonitor) failed with 404 Not Found.</c></summary>
        public string DescribeStatus() => $"{DescribeCall()} failed with {DescribeStatusCode()}.";
    }
}
