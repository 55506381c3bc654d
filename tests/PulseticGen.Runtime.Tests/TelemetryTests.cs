using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>The activity and duration metric of each operation call, captured over a real loopback socket.</summary>
    public sealed class TelemetryTests
    {
        private const string Canary = "canary-7f3a9c";
        private static readonly ApiEndpoint GetMonitor = new("getMonitor", "GET", "/monitors/{monitorId}", "Monitors", null);
        private static readonly ApiKeyScheme QueryKey = ApiKeyScheme.InQuery("api_key");

        [Fact]
        public async Task A_successful_call_is_one_client_activity_and_one_measurement_with_the_http_conventions_tags()
        {
            await using var server = new RawHttpServer(_ => Ok("{\"data\":[],\"meta\":{}}"));
            using var capture = new TelemetryCapture(server.BaseAddress.Port);
            ApiConnection connection = Connect(server);

            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12", "?expand=checks");
            await connection.SendForTextAsync(request, GetMonitor, CancellationToken.None);

            Activity activity = Assert.Single(capture.Activities);
            Assert.Equal("getMonitor", activity.OperationName);
            Assert.Equal(ActivityKind.Client, activity.Kind);
            Assert.Equal(ActivityStatusCode.Unset, activity.Status);
            Assert.Equal("GET", activity.GetTagItem("http.request.method"));
            Assert.Equal("/monitors/{monitorId}", activity.GetTagItem("url.template"));
            Assert.Equal("getMonitor", activity.GetTagItem(ApiTelemetry.OperationIdTag));
            Assert.Equal("127.0.0.1", activity.GetTagItem("server.address"));
            Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
            Assert.Null(activity.GetTagItem("error.type"));

            Measurement measurement = Assert.Single(capture.Measurements);
            Assert.InRange(measurement.Seconds, 0, 30);
            Assert.Equal("GET", measurement.Tags["http.request.method"]);
            Assert.Equal("/monitors/{monitorId}", measurement.Tags["url.template"]);
            Assert.Equal("getMonitor", measurement.Tags[ApiTelemetry.OperationIdTag]);
            Assert.Equal(200, measurement.Tags["http.response.status_code"]);
            Assert.False(measurement.Tags.ContainsKey("error.type"));
        }

        [Fact]
        public async Task The_token_and_the_query_reach_no_tag_even_when_the_key_travels_in_the_url()
        {
            await using var server = new RawHttpServer(_ => "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 28\r\n\r\n{\"message\":\"canary-7f3a9c\"}");
            using var capture = new TelemetryCapture(server.BaseAddress.Port);
            ApiConnection connection = Connect(server);

            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12", "?secret=s3cr3t-query");
            await Assert.ThrowsAsync<ApiUnauthorizedException>(() => connection.SendAsync(request, GetMonitor, CancellationToken.None));

            Assert.Contains("api_key=" + Canary, server.LastRequestHead, StringComparison.Ordinal);
            Activity activity = Assert.Single(capture.Activities);
            Assert.Equal(ActivityStatusCode.Error, activity.Status);
            Assert.Equal("401", activity.GetTagItem("error.type"));
            string[] values = activity.TagObjects.Select(tag => Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? "")
                .Concat(capture.Measurements.SelectMany(m => m.Tags.Values.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")))
                .Append(activity.DisplayName)
                .ToArray();
            Assert.NotEmpty(values);
            Assert.DoesNotContain(values, value => value.Contains(Canary, StringComparison.Ordinal) || value.Contains("s3cr3t", StringComparison.Ordinal) || value.Contains("monitors/12", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_status_returned_by_a_response_method_is_still_an_error_type()
        {
            await using var server = new RawHttpServer(_ => "HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            using var capture = new TelemetryCapture(server.BaseAddress.Port);
            ApiConnection connection = Connect(server);

            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12");
            ApiResponse response = await connection.SendForResponseAsync(request, GetMonitor, CancellationToken.None);

            Assert.Equal(503, (int)response.StatusCode);
            Assert.Equal("503", Assert.Single(capture.Activities).GetTagItem("error.type"));
            Measurement measurement = Assert.Single(capture.Measurements);
            Assert.Equal("503", measurement.Tags["error.type"]);
            Assert.Equal(503, measurement.Tags["http.response.status_code"]);
        }

        [Fact]
        public async Task A_refused_connection_has_no_status_and_a_transport_error_type()
        {
            int port;
            using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
            {
                probe.Start();
                port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
            }

            using var capture = new TelemetryCapture(port);
            var client = new HttpClient(new SocketsHttpHandler());
            var connection = new ApiConnection(client, new Uri($"http://127.0.0.1:{port}/api/"));

            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12");
            await Assert.ThrowsAsync<ApiTransportException>(() => connection.SendAsync(request, GetMonitor, CancellationToken.None));

            Activity activity = Assert.Single(capture.Activities);
            Assert.Null(activity.GetTagItem("http.response.status_code"));
            Assert.Equal("connection_error", activity.GetTagItem("error.type"));
            Assert.Equal("connection_error", Assert.Single(capture.Measurements).Tags["error.type"]);
        }

        [Fact]
        public async Task A_body_that_does_not_match_its_type_is_an_error_on_a_200()
        {
            await using var server = new RawHttpServer(_ => Ok("[1,2]"));
            using var capture = new TelemetryCapture(server.BaseAddress.Port);
            ApiConnection connection = Connect(server);

            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12");
            await Assert.ThrowsAsync<ApiSerializationException>(() => connection.SendAsync(request, GetMonitor, TypeInfos.MonitorPage, CancellationToken.None));

            Activity activity = Assert.Single(capture.Activities);
            Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
            Assert.Equal(typeof(ApiSerializationException).FullName, activity.GetTagItem("error.type"));
        }

        [Fact]
        public async Task A_download_is_recorded_once_its_headers_arrive()
        {
            await using var server = new RawHttpServer(_ => Ok("0123456789"));
            using var capture = new TelemetryCapture(server.BaseAddress.Port);
            ApiConnection connection = Connect(server);

            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12");
            using ApiFile file = await connection.SendForFileAsync(request, GetMonitor, CancellationToken.None);

            Activity activity = Assert.Single(capture.Activities);
            Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
            Assert.Single(capture.Measurements);
        }

        [Fact]
        public async Task HttpClients_own_activity_is_a_child_of_the_operation()
        {
            await using var server = new RawHttpServer(_ => Ok("1"));
            using var capture = new TelemetryCapture(server.BaseAddress.Port, includeHttpClient: true);
            ApiConnection connection = Connect(server);

            using HttpRequestMessage request = connection.CreateRequest(GetMonitor, "monitors/12");
            await connection.SendForTextAsync(request, GetMonitor, CancellationToken.None);

            Activity operation = Assert.Single(capture.Activities, a => a.Source.Name == ApiTelemetry.ActivitySourceName);
            Activity http = Assert.Single(capture.Activities, a => a.Source.Name == "System.Net.Http");
            Assert.Equal(operation.SpanId, http.ParentSpanId);
        }

        private static string Ok(string json) =>
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: {json.Length}\r\n\r\n{json}";

        private static ApiConnection Connect(RawHttpServer server)
        {
            var client = new HttpClient(new ApiKeyHandler(QueryKey, Canary) { InnerHandler = new SocketsHttpHandler() }) { Timeout = TimeSpan.FromSeconds(20) };
            return new ApiConnection(client, server.BaseAddress, QueryKey);
        }

        internal sealed record Measurement(double Seconds, IReadOnlyDictionary<string, object?> Tags);

        /// <summary>Listens to the runtime's source and meter, keeping only what concerns one loopback port (tests run in parallel).</summary>
        private sealed class TelemetryCapture : IDisposable
        {
            private readonly ActivityListener _activities;
            private readonly MeterListener _meters = new();
            private readonly ConcurrentQueue<Activity> _stopped = new();
            private readonly ConcurrentQueue<Measurement> _measurements = new();

            public TelemetryCapture(int port, bool includeHttpClient = false)
            {
                _activities = new ActivityListener
                {
                    ShouldListenTo = source => source.Name == ApiTelemetry.ActivitySourceName || (includeHttpClient && source.Name == "System.Net.Http"),
                    Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                    ActivityStopped = activity =>
                    {
                        object? tagPort = activity.GetTagItem("server.port");
                        if (tagPort is int p && p == port)
                        {
                            _stopped.Enqueue(activity);
                        }
                    },
                };
                ActivitySource.AddActivityListener(_activities);

                _meters.InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == ApiTelemetry.MeterName && instrument.Name == ApiTelemetry.OperationDurationInstrument)
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                };
                _meters.SetMeasurementEventCallback<double>((_, value, tags, _) =>
                {
                    var copy = new Dictionary<string, object?>();
                    foreach (KeyValuePair<string, object?> tag in tags)
                    {
                        copy[tag.Key] = tag.Value;
                    }

                    if (copy.TryGetValue("server.port", out object? p) && p is int tagged && tagged == port)
                    {
                        _measurements.Enqueue(new Measurement(value, copy));
                    }
                });
                _meters.Start();
            }

            public IReadOnlyList<Activity> Activities => _stopped.ToArray();

            public IReadOnlyList<Measurement> Measurements => _measurements.ToArray();

            public void Dispose()
            {
                _activities.Dispose();
                _meters.Dispose();
            }
        }
    }
}
