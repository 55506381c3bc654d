using System;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using PulseticGen.Runtime.CodeGeneration;
using PulseticGen.Runtime;

namespace PulseticGen.Extensions
{
    /// <summary>
    /// Logs one line per call: method, operation id, path, status and duration; Information on success, Warning on a
    /// failure. It sits outermost in the client's pipeline, so a call retried by the resilience handler is one line.
    /// </summary>
    /// <remarks>
    /// What is left out is deliberate: the query string (an API key may travel there), the host and user info, every
    /// header (the token travels in one), and bodies. Exceptions are passed to the logger as they are; those that reach
    /// this handler come from the pipeline below it and carry no request headers.
    /// </remarks>
    internal sealed partial class ApiCallLoggingHandler : DelegatingHandler
    {
        private const string NoOperation = "-";

        private readonly ILogger _logger;

        public ApiCallLoggingHandler(ILogger logger)
        {
            _logger = logger;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(request);
            string method = request.Method.Method;
            string path = PathOf(request.RequestUri);
            string operationId = request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? endpoint) ? endpoint.OperationId : NoOperation;
            long started = Stopwatch.GetTimestamp();

            HttpResponseMessage response;
            try
            {
                response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // The token here links the caller's with HttpClient.Timeout, so the two cannot be told apart.
                LogCancelled(_logger, method, operationId, path, ElapsedMilliseconds(started));
                throw;
            }
            catch (Exception exception)
            {
                LogFailed(_logger, exception, method, operationId, path, ElapsedMilliseconds(started), exception.GetType().Name);
                throw;
            }

            int status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                LogCompleted(_logger, method, operationId, path, status, ElapsedMilliseconds(started));
            }
            else
            {
                LogUnsuccessful(_logger, method, operationId, path, status, ElapsedMilliseconds(started));
            }

            return response;
        }

        private static string PathOf(Uri? uri)
        {
            if (uri is null)
            {
                return "/";
            }

            if (uri.IsAbsoluteUri)
            {
                return uri.AbsolutePath;
            }

            // HttpClient resolves relative URIs before the handlers run; this is for a handler used without one.
            string text = uri.OriginalString;
            int end = text.IndexOfAny(['?', '#']);
            return end < 0 ? text : text[..end];
        }

        private static double ElapsedMilliseconds(long started) =>
            Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 1);

        [LoggerMessage(EventId = 1, EventName = "ApiCallCompleted", Level = LogLevel.Information,
            Message = "{Method} {Path} ({OperationId}) answered {StatusCode} in {ElapsedMilliseconds} ms")]
        private static partial void LogCompleted(ILogger logger, string method, string operationId, string path, int statusCode, double elapsedMilliseconds);

        [LoggerMessage(EventId = 2, EventName = "ApiCallUnsuccessful", Level = LogLevel.Warning,
            Message = "{Method} {Path} ({OperationId}) answered {StatusCode} in {ElapsedMilliseconds} ms")]
        private static partial void LogUnsuccessful(ILogger logger, string method, string operationId, string path, int statusCode, double elapsedMilliseconds);

        [LoggerMessage(EventId = 3, EventName = "ApiCallFailed", Level = LogLevel.Warning,
            Message = "{Method} {Path} ({OperationId}) failed after {ElapsedMilliseconds} ms: {ExceptionType}")]
        private static partial void LogFailed(ILogger logger, Exception exception, string method, string operationId, string path, double elapsedMilliseconds, string exceptionType);

        [LoggerMessage(EventId = 4, EventName = "ApiCallCancelled", Level = LogLevel.Warning,
            Message = "{Method} {Path} ({OperationId}) was cancelled after {ElapsedMilliseconds} ms, by the caller or by HttpClient.Timeout")]
        private static partial void LogCancelled(ILogger logger, string method, string operationId, string path, double elapsedMilliseconds);
    }
}
