using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using System.Threading.Tasks;
using System.Threading;
using System;
using PulseticGen.Runtime.Serialization;

namespace PulseticGen.Runtime.CodeGeneration
{
    public sealed partial class ApiConnection
    {
        /// <summary>
        /// Sends <paramref name="request"/> and yields each event of its <c>text/event-stream</c> response as the server sends
        /// it, reading the event's <c>data</c> as JSON <typeparamref name="T"/>; a <c>data: [DONE]</c> event ends the sequence.
        /// </summary>
        /// <typeparam name="T">The event type.</typeparam>
        /// <param name="request">The request; nothing is sent until the sequence is first enumerated. It is disposed with the response.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="eventType">Source-generated metadata for <typeparamref name="T"/>.</param>
        /// <param name="cancellationToken">Stops the call and the reading; breaking out of the loop likewise closes the response.</param>
        /// <returns>The events, read lazily: the response stays open only while the caller enumerates.</returns>
        /// <exception cref="ApiException">
        /// On the first <c>MoveNextAsync</c>, the status was not 2xx (a subclass per status); later, an event's data was not
        /// a <typeparamref name="T"/> (<see cref="ApiSerializationException"/> naming the line), or the connection broke
        /// (<see cref="ApiTransportException"/>).
        /// </exception>
        public async IAsyncEnumerable<T> SendForEventsAsync<T>(HttpRequestMessage request, ApiEndpoint endpoint, JsonTypeInfo<T> eventType, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(eventType);
            await foreach (ServerSentEvent item in SendForServerSentEventsAsync(request, endpoint, cancellationToken).ConfigureAwait(false))
            {
                if (item.Data == "[DONE]")
                {
                    yield break;
                }

                yield return Deserialize(request, endpoint, item.Data, eventType, item.Event is null ? "the event" : $"the '{item.Event}' event");
            }
        }

        /// <summary>
        /// Sends <paramref name="request"/> and yields each event of its <c>text/event-stream</c> response as sent, for
        /// streams whose events the specification does not describe as JSON objects.
        /// </summary>
        /// <param name="request">The request; nothing is sent until the sequence is first enumerated. It is disposed with the response.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="cancellationToken">Stops the call and the reading.</param>
        /// <returns>The events, read lazily.</returns>
        /// <exception cref="ApiException">The status was not 2xx, a line exceeded the cap, or the connection broke.</exception>
        public async IAsyncEnumerable<ServerSentEvent> SendForServerSentEventsAsync(HttpRequestMessage request, ApiEndpoint endpoint, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            using HttpRequestMessage ownedRequest = request;
            request.Headers.Accept.Clear();
            request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");
            using HttpResponseMessage response = await SendObservedAsync(request, endpoint, cancellationToken).ConfigureAwait(false);
            using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var reader = new ServerSentEventReader(body);
            while (true)
            {
                ServerSentEvent? item;
                try
                {
                    item = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or HttpRequestException)
                {
                    throw StreamFailure(request, endpoint, response, reader.LineNumber, ex);
                }

                if (item is null)
                {
                    yield break;
                }

                yield return item;
            }
        }

        /// <summary>
        /// Sends <paramref name="request"/> and yields each line of its <c>application/x-ndjson</c> (or <c>application/jsonl</c>)
        /// response as a <typeparamref name="T"/>, as the server sends it.
        /// </summary>
        /// <typeparam name="T">The type of one line's value.</typeparam>
        /// <param name="request">The request; nothing is sent until the sequence is first enumerated. It is disposed with the response.</param>
        /// <param name="endpoint">The operation, named in error messages.</param>
        /// <param name="itemType">Source-generated metadata for <typeparamref name="T"/>.</param>
        /// <param name="cancellationToken">Stops the call and the reading.</param>
        /// <returns>The values, read lazily.</returns>
        /// <exception cref="ApiException">The status was not 2xx, a line was not a <typeparamref name="T"/> (<see cref="ApiSerializationException"/> naming the line), or the connection broke.</exception>
        public async IAsyncEnumerable<T> SendForJsonLinesAsync<T>(HttpRequestMessage request, ApiEndpoint endpoint, JsonTypeInfo<T> itemType, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            ArgumentNullException.ThrowIfNull(endpoint);
            ArgumentNullException.ThrowIfNull(itemType);
            using HttpRequestMessage ownedRequest = request;
            using HttpResponseMessage response = await SendObservedAsync(request, endpoint, cancellationToken).ConfigureAwait(false);
            using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var reader = new JsonLinesReader(body);
            while (true)
            {
                string? line;
                try
                {
                    line = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or HttpRequestException)
                {
                    throw StreamFailure(request, endpoint, response, reader.LineNumber, ex);
                }

                if (line is null)
                {
                    yield break;
                }

                yield return Deserialize(request, endpoint, line, itemType, $"line {reader.LineNumber}");
            }
        }

        private T Deserialize<T>(HttpRequestMessage request, ApiEndpoint endpoint, string json, JsonTypeInfo<T> typeInfo, string where)
        {
            string typeName = TypeNames.Describe(typeInfo.Type);
            try
            {
                return JsonSerializer.Deserialize(json, typeInfo)
                    ?? throw new ApiSerializationException(ApiResponseCapture.Describe(this, request, endpoint, null), typeName, null, $"The data of {where} was null.", null);
            }
            catch (JsonException ex)
            {
                string? path = ex is JsonReadException read ? read.RelativePath : ex.Path;
                string reason = ex is JsonReadException readReason ? readReason.Reason : ex.Message;
                throw new ApiSerializationException(ApiResponseCapture.Describe(this, request, endpoint, null), typeName, path, $"The data of {where} could not be read: {reason}", ex);
            }
            catch (Exception ex) when (JsonReadErrors.IsReadFailure(ex))
            {
                throw new ApiSerializationException(ApiResponseCapture.Describe(this, request, endpoint, null), typeName, null, $"The data of {where} could not be read: {ex.Message}", ex);
            }
        }

        private ApiException StreamFailure(HttpRequestMessage request, ApiEndpoint endpoint, HttpResponseMessage response, long line, Exception exception)
        {
            ApiCallDetails details = ApiResponseCapture.Describe(this, request, endpoint, response);
            return exception is InvalidDataException
                ? new ApiSerializationException(details, "a stream line", null, $"After line {line}: {exception.Message}", exception)
                : new ApiTransportException(details, $"{details.DescribeCall()} returned {details.DescribeStatusCode()}, but the stream broke after line {line}: {exception.Message}", exception, isTimeout: false);
        }
    }
}
