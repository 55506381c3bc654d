using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.Serialization;

namespace PulseticGen.Runtime.CodeGeneration
{
    /// <summary>
    /// Sends the requests of a generated client over an <see cref="System.Net.Http.HttpClient"/> and turns every failure
    /// into an <see cref="ApiException"/>: a status without success into the matching subclass, a body that cannot be read
    /// into <see cref="ApiSerializationException"/>, a broken connection or a timeout into <see cref="ApiTransportException"/>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Authentication is not done here: put an <see cref="ApiKeyHandler"/> in the <see cref="System.Net.Http.HttpClient"/>'s
    /// pipeline. The <see cref="SecurityScheme"/> given here only shapes the 401 message and tells which headers to redact.
    /// </para>
    /// <para>
    /// Responses are read as a stream (<see cref="HttpCompletionOption.ResponseHeadersRead"/>), yet
    /// <see cref="HttpClient.Timeout"/> still bounds the whole call, body included, as it does for
    /// <see cref="HttpClient.GetAsync(Uri)"/>.
    /// </para>
    /// </remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed partial class ApiConnection
    {
        /// <summary>
        /// The key under which <see cref="CreateRequest"/> stores the <see cref="ApiEndpoint"/> in
        /// <see cref="HttpRequestMessage.Options"/>, so handlers in the pipeline can log, meter or retry per operation.
        /// </summary>
        public static readonly HttpRequestOptionsKey<ApiEndpoint> EndpointOptionKey = new("PulseticGen.Runtime.ApiEndpoint");

        /// <summary>
        /// The request option through which generated code says which type each error status's body has (from the
        /// spec's 4xx/5xx/4XX/default responses); the body of a failed call is then read into <see cref="ApiException.Error"/>.
        /// </summary>
        public static readonly HttpRequestOptionsKey<Func<int, JsonTypeInfo?>> ErrorTypesOptionKey = new("PulseticGen.Runtime.ErrorTypes");

        /// <summary>Creates a connection.</summary>
        /// <param name="httpClient">The client that sends the requests. Its <see cref="HttpClient.BaseAddress"/>, when set, wins over <paramref name="defaultBaseAddress"/>.</param>
        /// <param name="defaultBaseAddress">The API's address from the specification, such as <c>https://api.pulsetic.com/api/public/</c>.</param>
        /// <param name="securityScheme">How the API expects its key, for the 401 message and redaction; <see langword="null"/> when the API has none.</param>
        /// <exception cref="ArgumentException"><paramref name="defaultBaseAddress"/> is not absolute.</exception>
        public ApiConnection(HttpClient httpClient, Uri defaultBaseAddress, ApiKeyScheme? securityScheme = null)
        {
            ArgumentNullException.ThrowIfNull(httpClient);
            ArgumentNullException.ThrowIfNull(defaultBaseAddress);
            if (!defaultBaseAddress.IsAbsoluteUri)
            {
                throw new ArgumentException("The base address must be an absolute URI.", nameof(defaultBaseAddress));
            }

            HttpClient = httpClient;
            BaseAddress = AsDirectory(httpClient.BaseAddress ?? defaultBaseAddress);
            SecurityScheme = securityScheme;
        }

        /// <summary>The client that sends the requests.</summary>
        public HttpClient HttpClient { get; }

        /// <summary>
        /// The address request paths are appended to: the client's <see cref="HttpClient.BaseAddress"/> if it had one when
        /// this connection was created, else the default address; always ending with <c>/</c> so its path is kept.
        /// </summary>
        public Uri BaseAddress { get; }

        /// <summary>How the API expects its key, or <see langword="null"/>.</summary>
        public ApiKeyScheme? SecurityScheme { get; }

        /// <summary>
        /// Creates a request for <paramref name="endpoint"/> at <see cref="BaseAddress"/> + <paramref name="relativePath"/> +
        /// <paramref name="query"/>, accepting <c>application/json</c>. Pass it to <c>SendAsync</c>, which disposes it.
        /// </summary>
        /// <param name="endpoint">The operation; gives the method and is stored under <see cref="EndpointOptionKey"/>.</param>
        /// <param name="relativePath">The escaped path below the base address, such as <c>monitors/12/checks</c> (see <see cref="ApiUrl.PathSegment(string)"/>). A leading <c>/</c> is ignored: the base address's own path is always kept.</param>
        /// <param name="query">An empty string, or a query starting with <c>?</c> (see <see cref="QueryBuilder"/>).</param>
        /// <param name="errorTypes">The operation's error body types by status, stored under <see cref="ErrorTypesOptionKey"/>.</param>
        /// <returns>The request.</returns>
        public HttpRequestMessage CreateRequest(ApiEndpoint endpoint, string relativePath, string? query = null, Func<int, JsonTypeInfo?>? errorTypes = null)
        {
            ArgumentNullException.ThrowIfNull(endpoint);
            ArgumentNullException.ThrowIfNull(relativePath);

            // A leading '/' would make the path absolute and drop "/api/public" from the base address.
            string path = relativePath.TrimStart('/');
            string suffix = string.IsNullOrEmpty(query) ? string.Empty : query[0] == '?' ? query : "?" + query;

            // Concatenated rather than new Uri(base, relative): a first segment containing ':' would be read as a scheme.
            return NewRequest(endpoint.HttpMethod, new Uri(BaseAddress.AbsoluteUri + path + suffix, UriKind.Absolute), endpoint, errorTypes);
        }

        /// <summary>
        /// Creates a GET request for the next page at <paramref name="next"/>, a URL the server gave (such as a
        /// <c>Link: rel="next"</c> target). A relative URL is resolved against <see cref="BaseAddress"/>.
        /// </summary>
        /// <param name="endpoint">The list operation, stored under <see cref="EndpointOptionKey"/>.</param>
        /// <param name="next">The next page's URL.</param>
        /// <param name="errorTypes">The operation's error body types by status, stored under <see cref="ErrorTypesOptionKey"/>.</param>
        /// <returns>The request.</returns>
        /// <exception cref="ApiException">
        /// The URL is not on the API's own scheme, host and port: following it would send the credential to another server.
        /// </exception>
        public HttpRequestMessage CreateNextPageRequest(ApiEndpoint endpoint, Uri next, Func<int, JsonTypeInfo?>? errorTypes = null)
        {
            ArgumentNullException.ThrowIfNull(endpoint);
            ArgumentNullException.ThrowIfNull(next);
            Uri target = next.IsAbsoluteUri ? next : new Uri(BaseAddress, next);
            if (Uri.Compare(target, BaseAddress, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
            {
                throw new ApiException(
                    $"{endpoint.OperationId}: the next page is on another server ({target.Scheme}://{target.Authority}, not {BaseAddress.Scheme}://{BaseAddress.Authority}); it is not followed, so the credential stays with the API's own host.");
            }

            return NewRequest(HttpMethod.Get, target, endpoint, errorTypes);
        }

        private static HttpRequestMessage NewRequest(HttpMethod method, Uri uri, ApiEndpoint endpoint, Func<int, JsonTypeInfo?>? errorTypes)
        {
            var request = new HttpRequestMessage(method, uri);
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            request.Options.Set(EndpointOptionKey, endpoint);
            if (errorTypes is not null)
            {
                request.Options.Set(ErrorTypesOptionKey, errorTypes);
            }

            return request;
        }

        /// <summary>Sends <paramref name="request"/> and throws unless the status is 2xx; any success body is ignored.</summary>
        /// <param name="request">The request, usually from <see cref="CreateRequest"/>. It is disposed, with its content, when the call completes.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="cancellationToken">Cancels the call; cancellation throws <see cref="OperationCanceledException"/>.</param>
        /// <returns>A task that completes when the call succeeded.</returns>
        /// <exception cref="ApiException">The status was not 2xx (a subclass per status), or the call failed (<see cref="ApiTransportException"/>).</exception>
        public async Task SendAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            using (request)
            {
                using OperationTelemetry? telemetry = OperationTelemetry.Start(request, endpoint);
                try
                {
                    using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
                    using HttpResponseMessage response = await SendCheckedAsync(request, endpoint, deadline, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception exception) when (OperationTelemetry.RecordFailure(telemetry, exception))
                {
                    throw;
                }
            }
        }

        /// <summary>Sends <paramref name="request"/>, throws unless the status is 2xx, and reads the JSON body as <typeparamref name="T"/>.</summary>
        /// <typeparam name="T">The response type.</typeparam>
        /// <param name="request">The request, usually from <see cref="CreateRequest"/>. It is disposed, with its content, when the call completes.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="responseType">Source-generated metadata for <typeparamref name="T"/>.</param>
        /// <param name="cancellationToken">Cancels the call; cancellation throws <see cref="OperationCanceledException"/>.</param>
        /// <returns>The body; never <see langword="null"/> for a reference type.</returns>
        /// <exception cref="ApiException">
        /// The status was not 2xx (a subclass per status); the body could not be read as <typeparamref name="T"/>, was empty
        /// or was <c>null</c> (<see cref="ApiSerializationException"/>); or the call failed (<see cref="ApiTransportException"/>).
        /// </exception>
        public async Task<T> SendAsync<T>(HttpRequestMessage request, ApiEndpoint endpoint, JsonTypeInfo<T> responseType, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            ArgumentNullException.ThrowIfNull(responseType);

            // Owned from here on: generated code hands the request over and returns this task without awaiting it.
            using HttpRequestMessage ownedRequest = request;
            using OperationTelemetry? telemetry = OperationTelemetry.Start(request, endpoint);
            try
            {
                using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
                using HttpResponseMessage response = await SendCheckedAsync(request, endpoint, deadline, cancellationToken).ConfigureAwait(false);
                return await ReadJsonAsync(request, endpoint, response, responseType, deadline, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (OperationTelemetry.RecordFailure(telemetry, exception))
            {
                throw;
            }
        }

        // The success-body ladder, shared by SendAsync<T> and SendForResponseAsync<T>.
        private async Task<T> ReadJsonAsync<T>(HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage response, JsonTypeInfo<T> responseType, CancellationTokenSource? deadline, CancellationToken cancellationToken)
        {
            string typeName = TypeNames.Describe(responseType.Type);
            if (response.StatusCode == HttpStatusCode.NoContent || response.Content.Headers.ContentLength == 0)
            {
                throw SerializationFailure(request, endpoint, response, typeName, null, "The response body was empty.", null);
            }

            T? value;
            try
            {
                // The body is read into a pooled buffer and deserialized in one synchronous pass: the generated
                // converters are custom converters, for which System.Text.Json's stream reader would buffer the whole
                // value anyway (read-ahead), at a higher cost.
                (byte[] buffer, int length) = await ReadBodyAsync(response.Content, deadline?.Token ?? cancellationToken).ConfigureAwait(false);
                try
                {
                    if (length == 0)
                    {
                        throw SerializationFailure(request, endpoint, response, typeName, null, "The response body was empty.", null);
                    }

                    value = JsonSerializer.Deserialize(new ReadOnlySpan<byte>(buffer, 0, length), responseType);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }
            catch (Exception ex) when (Failure(ex, request, endpoint, response, typeName, deadline, cancellationToken) is { } failure)
            {
                throw failure;
            }

            // A Nullable<T> may legitimately be null; a reference type may not (generated code relies on it).
            if (value is null && !typeof(T).IsValueType)
            {
                throw SerializationFailure(request, endpoint, response, typeName, "$", "The response body was JSON null.", null);
            }

            return value!;
        }

        /// <summary>Sends <paramref name="request"/>, throws unless the status is 2xx, and returns the body as text (for <c>text/*</c> responses).</summary>
        /// <param name="request">The request, usually from <see cref="CreateRequest"/>. It is disposed when the call completes.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="cancellationToken">Cancels the call; cancellation throws <see cref="OperationCanceledException"/>.</param>
        /// <returns>The body, decoded with the charset the response declares (UTF-8 by default).</returns>
        /// <exception cref="ApiException">The status was not 2xx (a subclass per status), or the call failed (<see cref="ApiTransportException"/>).</exception>
        public async Task<string> SendForTextAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            using HttpRequestMessage ownedRequest = request;
            using OperationTelemetry? telemetry = OperationTelemetry.Start(request, endpoint);
            try
            {
                using CancellationTokenSource? deadline = StartDeadline(cancellationToken);
                using HttpResponseMessage response = await SendCheckedAsync(request, endpoint, deadline, cancellationToken).ConfigureAwait(false);
                return await ReadTextAsync(request, endpoint, response, deadline, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (OperationTelemetry.RecordFailure(telemetry, exception))
            {
                throw;
            }
        }

        private async Task<string> ReadTextAsync(HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage response, CancellationTokenSource? deadline, CancellationToken cancellationToken)
        {
            try
            {
                return await response.Content.ReadAsStringAsync(deadline?.Token ?? cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (Failure(ex, request, endpoint, response, typeName: null, deadline, cancellationToken) is { } failure)
            {
                throw failure;
            }
        }

        /// <summary>
        /// Sends <paramref name="request"/>, throws unless the status is 2xx, and returns the body as a stream that reads
        /// from the open response (for binary downloads). Dispose the result to release the connection.
        /// </summary>
        /// <param name="request">The request, usually from <see cref="CreateRequest"/>. It is disposed once the headers arrive.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="cancellationToken">Cancels the call up to the response headers.</param>
        /// <returns>The body with its file name, media type and length when the server sent them.</returns>
        /// <exception cref="ApiException">The status was not 2xx (a subclass per status), or the call failed (<see cref="ApiTransportException"/>).</exception>
        public async Task<ApiFile> SendForFileAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            using HttpRequestMessage ownedRequest = request;
            HttpResponseMessage response = await SendObservedAsync(request, endpoint, cancellationToken).ConfigureAwait(false);
            try
            {
                Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                string? fileName = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"');
                return new ApiFile(body, fileName, response.Content.Headers.ContentType?.ToString(), response.Content.Headers.ContentLength, response);
            }
            catch (Exception ex) when (ex is IOException or HttpRequestException)
            {
                response.Dispose();
                ApiCallDetails details = ApiResponseCapture.Describe(this, request, endpoint, null);
                throw new ApiTransportException(details, $"{details.DescribeCall()} failed while opening the response body: {ex.Message}", ex, isTimeout: false);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }

        private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpContent content, CancellationToken cancellationToken)
        {
            long? declared = content.Headers.ContentLength;
            int size = declared is > 0 and < 64 * 1024 * 1024 ? (int)declared.Value + 1 : 16 * 1024;
            byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
            int length = 0;
            try
            {
                Stream stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        Buffer.BlockCopy(buffer, 0, larger, 0, length);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    int read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (buffer, length);
                    }

                    length += read;
                }
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }

        private async Task<HttpResponseMessage> SendCheckedAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationTokenSource? deadline, CancellationToken cancellationToken)
        {
            HttpResponseMessage response = await SendUncheckedAsync(request, endpoint, deadline, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                throw await DescribeFailureAsync(request, endpoint, response, deadline, cancellationToken).ConfigureAwait(false);
            }
        }

        /// <summary>Sends the request; any status comes back, only transport failures, timeouts and cancellation throw.</summary>
        private async Task<HttpResponseMessage> SendUncheckedAsync(HttpRequestMessage request, ApiEndpoint endpoint, CancellationTokenSource? deadline, CancellationToken cancellationToken)
        {
            // HttpClient leaves an already-cancelled token to the handlers; a cancelled call must not reach the server
            // (or ask a token provider for a token) at all.
            cancellationToken.ThrowIfCancellationRequested();
            HttpResponseMessage response;
            try
            {
                // The caller's own token, not the deadline's: HttpClient applies its Timeout itself in this phase, and an
                // OperationCanceledException from it then carries the token the caller knows.
                response = await HttpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (Failure(ex, request, endpoint, response: null, typeName: null, deadline, cancellationToken) is { } failure)
            {
                throw failure;
            }

            OperationTelemetry.RecordResponse(request, response);
            return response;
        }

        /// <summary>
        /// The exception an unsuccessful status maps to (a subclass per status, with the typed error body), built once
        /// for the throwing methods and the <see cref="ApiResponse"/> ones alike. Reads the start of the body.
        /// </summary>
        private async Task<ApiException> DescribeFailureAsync(HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage response, CancellationTokenSource? deadline, CancellationToken cancellationToken)
        {
            ApiCallDetails details;
            try
            {
                details = await ApiResponseCapture.CaptureErrorAsync(this, request, endpoint, response, deadline?.Token ?? cancellationToken, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (ex.CancellationToken != cancellationToken)
            {
                throw AsCallerCancellation(ex, cancellationToken);
            }

            ApiException exception = ApiExceptionMapping.Create(details);
            exception.Error = ReadErrorBody(request, details);
            return exception;
        }

        // The captured body is already capped and redacted; a body that does not match the declared type is simply not typed.
        private static object? ReadErrorBody(HttpRequestMessage request, ApiCallDetails details)
        {
            if (details.ResponseBody is not { Length: > 0 } body || details.StatusCode is not { } status
                || !request.Options.TryGetValue(ErrorTypesOptionKey, out Func<int, JsonTypeInfo?>? errorTypes)
                || errorTypes((int)status) is not { } typeInfo)
            {
                return null;
            }

            try
            {
                return JsonSerializer.Deserialize(body, typeInfo);
            }
            catch (Exception exception) when (exception is JsonException || JsonReadErrors.IsReadFailure(exception))
            {
                return null;
            }
        }

        /// <summary>
        /// The one ladder from what sending a request or reading its body can throw to what callers catch: the caller's
        /// cancellation carries the caller's token, the deadline becomes a timeout, transport and JSON failures become
        /// typed exceptions. Null for anything else, which propagates as it is. <paramref name="response"/> is null
        /// while sending (the caller's own token is in use then); <paramref name="typeName"/> is set only while a JSON
        /// body is read.
        /// </summary>
        private Exception? Failure(Exception exception, HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage? response, string? typeName, CancellationTokenSource? deadline, CancellationToken cancellationToken)
        {
            switch (exception)
            {
                case OperationCanceledException canceled when response is not null && cancellationToken.IsCancellationRequested && canceled.CancellationToken != cancellationToken:
                    return AsCallerCancellation(canceled, cancellationToken);
                case OperationCanceledException canceled when IsTimeout(canceled, deadline, cancellationToken):
                    return TimedOut(request, endpoint, response, canceled);
                case JsonException json when typeName is not null && response is not null:
                    return json is JsonReadException read
                        ? SerializationFailure(request, endpoint, response, typeName, read.RelativePath, read.Reason, json)
                        : SerializationFailure(request, endpoint, response, typeName, json.Path, json.Message, json);
                case IOException or HttpRequestException:
                    ApiCallDetails details = ApiResponseCapture.Describe(this, request, endpoint, response);
                    string what = response is null ? "failed before a response arrived" : $"returned {details.DescribeStatusCode()}, but reading the response body failed";
                    return new ApiTransportException(details, $"{details.DescribeCall()} {what}: {exception.Message}", exception, isTimeout: false);
                case not null when typeName is not null && response is not null && JsonReadErrors.IsReadFailure(exception) && !cancellationToken.IsCancellationRequested:
                    return SerializationFailure(request, endpoint, response, typeName, null, exception.Message, exception);
                default:
                    return null;
            }
        }

        private CancellationTokenSource? StartDeadline(CancellationToken cancellationToken)
        {
            // HttpClient.Timeout stops covering the call once headers arrive with ResponseHeadersRead; this restores the
            // whole-call bound callers expect from it.
            TimeSpan timeout = HttpClient.Timeout;
            if (timeout == Timeout.InfiniteTimeSpan)
            {
                return null;
            }

            CancellationTokenSource deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(timeout);
            return deadline;
        }

        /// <summary>The body phase reads with the deadline's linked token; callers expect cancellation to carry their own.</summary>
        private static OperationCanceledException AsCallerCancellation(OperationCanceledException exception, CancellationToken cancellationToken) =>
            new(exception.Message, exception, cancellationToken);

        private static bool IsTimeout(OperationCanceledException exception, CancellationTokenSource? deadline, CancellationToken cancellationToken) =>
            !cancellationToken.IsCancellationRequested
            && (deadline?.IsCancellationRequested == true || exception.InnerException is TimeoutException);

        private ApiTransportException TimedOut(HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage? response, OperationCanceledException exception)
        {
            ApiCallDetails details = ApiResponseCapture.Describe(this, request, endpoint, response);
            string seconds = HttpClient.Timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
            string phase = response is null ? "before a response arrived" : "while reading the response body";
            return new ApiTransportException(details, $"{details.DescribeCall()} timed out after {seconds} seconds (HttpClient.Timeout) {phase}.", exception, isTimeout: true);
        }

        private ApiSerializationException SerializationFailure(HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage response, string typeName, string? path, string reason, Exception? exception) =>
            new(ApiResponseCapture.Describe(this, request, endpoint, response), typeName, path, reason, exception);

        private static Uri AsDirectory(Uri address)
        {
            var builder = new UriBuilder(address) { Query = string.Empty, Fragment = string.Empty };
            if (!builder.Path.EndsWith('/'))
            {
                builder.Path += "/";
            }

            return builder.Uri;
        }
    }
}
