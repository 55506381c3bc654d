using System;
using System.Diagnostics;
using System.Net.Http;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// The activity and the duration measurement of one operation call. <see cref="Start"/> returns
    /// <see langword="null"/> when nobody listens, so an unobserved call pays for one check and nothing else.
    /// </summary>
    internal sealed class OperationTelemetry : IDisposable
    {
        // Where SendUncheckedAsync finds the scope to record the status, without threading it through every method.
        internal static readonly HttpRequestOptionsKey<OperationTelemetry> OptionKey = new("PulseticGen.Runtime.OperationTelemetry");

        private readonly Activity? _activity;
        private readonly long _startedAt;
        private readonly ApiEndpoint _endpoint;
        private readonly string? _host;
        private readonly int _port;
        private int? _statusCode;
        private string? _errorType;

        private OperationTelemetry(Activity? activity, ApiEndpoint endpoint, Uri? requestUri)
        {
            _activity = activity;
            _endpoint = endpoint;
            _startedAt = Stopwatch.GetTimestamp();
            if (requestUri is { IsAbsoluteUri: true })
            {
                // Host and port only: the path may hold identifiers and the query a credential.
                _host = requestUri.IdnHost;
                _port = requestUri.Port;
            }

            if (activity is not null)
            {
                activity.SetTag("http.request.method", Method(endpoint));
                activity.SetTag("url.template", endpoint.PathTemplate);
                activity.SetTag(ApiTelemetry.OperationIdTag, endpoint.OperationId);
                if (_host is not null)
                {
                    activity.SetTag("server.address", _host);
                    activity.SetTag("server.port", _port);
                }
            }
        }

        public static OperationTelemetry? Start(HttpRequestMessage request, ApiEndpoint endpoint)
        {
            bool measured = ApiTelemetry.OperationDuration.Enabled;
            if (!measured && !ApiTelemetry.Source.HasListeners())
            {
                return null;
            }

            Activity? activity = ApiTelemetry.Source.StartActivity(endpoint.OperationId, ActivityKind.Client);
            var telemetry = new OperationTelemetry(activity, endpoint, request.RequestUri);
            request.Options.Set(OptionKey, telemetry);
            return telemetry;
        }

        /// <summary>Records the status of the response that arrived; a status of 400 or more is the call's error type.</summary>
        public static void RecordResponse(HttpRequestMessage request, HttpResponseMessage response)
        {
            if (request.Options.TryGetValue(OptionKey, out OperationTelemetry? telemetry))
            {
                int status = (int)response.StatusCode;
                telemetry._statusCode = status;
                telemetry._activity?.SetTag("http.response.status_code", status);
                if (status >= 400)
                {
                    telemetry._errorType = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }

        /// <summary>Marks the call failed by <paramref name="exception"/>; the first failure recorded wins.</summary>
        public void Fail(Exception exception)
        {
            _errorType ??= ErrorType(exception);
        }

        public void Dispose()
        {
            double seconds = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
            if (_activity is not null)
            {
                if (_errorType is not null)
                {
                    _activity.SetTag("error.type", _errorType);
                    _activity.SetStatus(ActivityStatusCode.Error);
                }

                _activity.Dispose();
            }

            if (ApiTelemetry.OperationDuration.Enabled)
            {
                var tags = new TagList
                {
                    { "http.request.method", Method(_endpoint) },
                    { "url.template", _endpoint.PathTemplate },
                    { ApiTelemetry.OperationIdTag, _endpoint.OperationId },
                };
                if (_host is not null)
                {
                    tags.Add("server.address", _host);
                    tags.Add("server.port", _port);
                }

                if (_statusCode is { } status)
                {
                    tags.Add("http.response.status_code", status);
                }

                if (_errorType is not null)
                {
                    tags.Add("error.type", _errorType);
                }

                ApiTelemetry.OperationDuration.Record(seconds, tags);
            }
        }

        // The conventions keep the method tag low-cardinality: a method outside the standard set is "_OTHER".
        private static string Method(ApiEndpoint endpoint) => endpoint.Method switch
        {
            "GET" or "POST" or "PUT" or "DELETE" or "PATCH" or "HEAD" or "OPTIONS" or "TRACE" or "CONNECT" => endpoint.Method,
            _ => "_OTHER",
        };

        // Low-cardinality and free of messages, which may quote a server's words.
        private static string ErrorType(Exception exception) => exception switch
        {
            ApiException { StatusCode: { } status } api when (int)status >= 400 && api is not ApiSerializationException and not ApiTransportException
                => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ApiTransportException { IsTimeout: true } => "timeout",
            ApiTransportException { InnerException: HttpRequestException { HttpRequestError: not HttpRequestError.Unknown } http } => SnakeCase(http.HttpRequestError.ToString()),
            OperationCanceledException => "cancelled",
            _ => exception.GetType().FullName ?? "error",
        };

        private static string SnakeCase(string name)
        {
            var builder = new System.Text.StringBuilder(name.Length + 4);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c))
                {
                    if (i > 0)
                    {
                        builder.Append('_');
                    }

                    builder.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// For an exception filter that never catches: records the failure on the way out, leaving the exception and its
        /// stack untouched. Always returns <see langword="false"/>.
        /// </summary>
        public static bool RecordFailure(OperationTelemetry? telemetry, Exception exception)
        {
            telemetry?.Fail(exception);
            return false;
        }
    }
}
