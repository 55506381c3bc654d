using System.Collections.Generic;
using System.Net.Http.Headers;
using System.Net.Http;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using System.Threading;
using System;

namespace PulseticGen.Runtime.CodeGeneration
{
    public sealed partial class ApiConnection
    {
        /// <summary>Sends <paramref name="request"/> and returns its status and headers; a status other than 2xx is returned, not thrown.</summary>
        /// <param name="request">The request, usually from <see cref="CreateRequest"/>. It is disposed when the call completes.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="cancellationToken">Cancels the call; cancellation throws <see cref="OperationCanceledException"/>.</param>
        /// <returns>The outcome; <see cref="ApiResponse.Exception"/> holds the error of a failed status.</returns>
        /// <exception cref="ApiTransportException">No response arrived (broken connection, timeout).</exception>
        public async Task<ApiResponse> SendForResponseAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            using HttpRequestMessage ownedRequest = request;
            using OperationTelemetry? telemetry = OperationTelemetry.Start(request, endpoint);
            try
            {
                using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
                using HttpResponseMessage response = await SendUncheckedAsync(request, endpoint, deadline, cancellationToken).ConfigureAwait(false);
                ApiException? failure = response.IsSuccessStatusCode ? null : await DescribeFailureAsync(request, endpoint, response, deadline, cancellationToken).ConfigureAwait(false);
                return new ApiResponse(response.StatusCode, HeadersOf(response), failure);
            }
            catch (Exception exception) when (OperationTelemetry.RecordFailure(telemetry, exception))
            {
                throw;
            }
        }

        /// <summary>
        /// Sends <paramref name="request"/> and returns its status, headers and, on 2xx, the JSON body as
        /// <typeparamref name="T"/>; a status other than 2xx is returned, not thrown.
        /// </summary>
        /// <typeparam name="T">The success body type.</typeparam>
        /// <param name="request">The request, usually from <see cref="CreateRequest"/>. It is disposed when the call completes.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="responseType">Source-generated metadata for <typeparamref name="T"/>.</param>
        /// <param name="cancellationToken">Cancels the call; cancellation throws <see cref="OperationCanceledException"/>.</param>
        /// <returns>The outcome; <see cref="ApiResponse{T}.Body"/> on success, <see cref="ApiResponse.Exception"/> otherwise.</returns>
        /// <exception cref="ApiException">
        /// A 2xx body could not be read as <typeparamref name="T"/> (<see cref="ApiSerializationException"/>), or no response
        /// arrived (<see cref="ApiTransportException"/>).
        /// </exception>
        public async Task<ApiResponse<T>> SendForResponseAsync<T>(HttpRequestMessage request, ApiEndpoint endpoint, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            ArgumentNullException.ThrowIfNull(responseType);
            using HttpRequestMessage ownedRequest = request;
            using OperationTelemetry? telemetry = OperationTelemetry.Start(request, endpoint);
            try
            {
                using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
                using HttpResponseMessage response = await SendUncheckedAsync(request, endpoint, deadline, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    ApiException failure = await DescribeFailureAsync(request, endpoint, response, deadline, cancellationToken).ConfigureAwait(false);
                    return new ApiResponse<T>(response.StatusCode, HeadersOf(response), default, failure);
                }

                T body = await ReadJsonAsync(request, endpoint, response, responseType, deadline, cancellationToken).ConfigureAwait(false);
                return new ApiResponse<T>(response.StatusCode, HeadersOf(response), body, null);
            }
            catch (Exception exception) when (OperationTelemetry.RecordFailure(telemetry, exception))
            {
                throw;
            }
        }

        /// <summary>
        /// Sends <paramref name="request"/> and returns its status, headers and, on 2xx, the body as text (for <c>text/*</c>
        /// responses); a status other than 2xx is returned, not thrown.
        /// </summary>
        /// <param name="request">The request, usually from <see cref="CreateRequest"/>. It is disposed when the call completes.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="cancellationToken">Cancels the call; cancellation throws <see cref="OperationCanceledException"/>.</param>
        /// <returns>The outcome; the body decoded with the charset the response declares (UTF-8 by default).</returns>
        /// <exception cref="ApiTransportException">No response arrived, or the body could not be read.</exception>
        public async Task<ApiResponse<string>> SendForTextResponseAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            using HttpRequestMessage ownedRequest = request;
            using OperationTelemetry? telemetry = OperationTelemetry.Start(request, endpoint);
            try
            {
                using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
                using HttpResponseMessage response = await SendUncheckedAsync(request, endpoint, deadline, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    ApiException failure = await DescribeFailureAsync(request, endpoint, response, deadline, cancellationToken).ConfigureAwait(false);
                    return new ApiResponse<string>(response.StatusCode, HeadersOf(response), null, failure);
                }

                string body = await ReadTextAsync(request, endpoint, response, deadline, cancellationToken).ConfigureAwait(false);
                return new ApiResponse<string>(response.StatusCode, HeadersOf(response), body, null);
            }
            catch (Exception exception) when (OperationTelemetry.RecordFailure(telemetry, exception))
            {
                throw;
            }
        }

        // Unlike the headers in ApiException (kept for logs, so redacted), these are the caller's own data, as sent.
        private static IReadOnlyDictionary<string, IReadOnlyList<string>> HeadersOf(HttpResponseMessage response)
        {
            var headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
            Add(response.Headers.NonValidated);
            Add(response.Content.Headers.NonValidated);
            return headers;

            void Add(HttpHeadersNonValidated source)
            {
                foreach (KeyValuePair<string, HeaderStringValues> header in source)
                {
                    var values = new List<string>(header.Value.Count);
                    foreach (string value in header.Value)
                    {
                        values.Add(value);
                    }

                    headers[header.Key] = values;
                }
            }
        }
    }
}
