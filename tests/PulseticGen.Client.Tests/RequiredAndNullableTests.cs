using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>
/// Required × nullable: what a response missing a required field, holding <c>null</c> where none is allowed, or holding
/// a value of the wrong type turns into; and what request bodies write for set, unset and required properties.
/// </summary>
public sealed class RequiredAndNullableTests
{
    [Theory]
    [InlineData("id")]
    [InlineData("url")]
    public async Task Missing_required_monitor_field_points_at_the_object_and_names_the_property(string missing)
    {
        string fields = missing == "id" ? "\"url\":\"https://example.com\"" : "\"id\":115988";

        ApiSerializationException exception = await MonitorBodies.FailAsync("{\"data\":{" + fields + ",\"name\":\"x\"}}");

        Assert.Equal("$.data", exception.JsonPath);
        Assert.Contains($"'{missing}'", exception.Message);
        Assert.Equal(HttpStatusCode.OK, exception.StatusCode);
        Assert.Equal("getMonitor", exception.OperationId);
        Assert.Contains("MonitorResponse", exception.TargetType);
    }

    [Theory]
    [InlineData("url")]
    [InlineData("id")]
    public async Task Null_for_a_required_non_nullable_field_points_at_the_field(string field)
    {
        string body = field == "url"
            ? """{"data":{"id":115988,"url":null}}"""
            : """{"data":{"id":null,"url":"https://example.com"}}""";

        ApiSerializationException exception = await MonitorBodies.FailAsync(body);

        Assert.Equal("$.data." + field, exception.JsonPath);
        Assert.Contains($"'{field}'", exception.Message);
    }

    [Fact]
    public async Task Wrong_type_deep_inside_points_at_the_exact_value()
    {
        ApiSerializationException exception = await MonitorBodies.FailAsync(MonitorBodies.Get("\"ssl_certificate\":{\"id\":1,\"is_valid\":\"maybe\"}"));

        Assert.Equal("$.data.ssl_certificate.is_valid", exception.JsonPath);
        Assert.DoesNotContain("maybe", exception.Message);
    }

    [Fact]
    public async Task Wrong_type_inside_an_array_item_names_the_index()
    {
        ApiSerializationException exception = await MonitorBodies.FailAsync(MonitorBodies.Get("\"nodes\":[{\"id\":1},{\"id\":2,\"uptime\":\"high\"}]"));

        Assert.Equal("$.data.nodes[1].uptime", exception.JsonPath);
    }

    [Fact]
    public async Task Missing_required_field_in_a_list_item_points_at_that_item()
    {
        string body = """{"current_page":1,"last_page":1,"data":[{"id":1,"url":"https://a.example"},{"id":2}]}""";
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            ApiSerializationException exception = await Assert.ThrowsAsync<ApiSerializationException>(() => client.Monitors.ListAsync());

            Assert.Equal("$.data[1]", exception.JsonPath);
            Assert.Contains("'url'", exception.Message);
        }
    }

    [Fact]
    public async Task Missing_required_envelope_field_points_at_the_root()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""{"current_page":1,"data":[]}"""));
        using (client)
        {
            ApiSerializationException exception = await Assert.ThrowsAsync<ApiSerializationException>(() => client.Monitors.ListAsync());

            Assert.Equal("$", exception.JsonPath);
            Assert.Contains("'last_page'", exception.Message);
        }
    }

    [Theory]
    [InlineData("[]", "$")]
    [InlineData("\"monitor\"", "$")]
    [InlineData("{\"data\":[]}", "$.data")]
    [InlineData("{\"data\":null}", "$.data")]
    [InlineData("null", "$")]
    public async Task Wrong_shape_or_null_body_fails_with_a_path(string body, string path)
    {
        ApiSerializationException exception = await MonitorBodies.FailAsync(body);

        Assert.Equal(path, exception.JsonPath);
    }

    [Fact]
    public async Task Truncated_JSON_fails_as_a_serialization_error()
    {
        ApiSerializationException exception = await MonitorBodies.FailAsync("{\"data\":{\"id\":115988,\"url\":\"https://exa");

        Assert.IsAssignableFrom<JsonException>(exception.InnerException);
    }

    [Fact]
    public async Task Empty_success_body_fails_without_a_path()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(new StubReply(HttpStatusCode.OK, string.Empty));
        using (client)
        {
            ApiSerializationException exception = await Assert.ThrowsAsync<ApiSerializationException>(() => client.Monitors.GetAsync(115988));

            Assert.Null(exception.JsonPath);
            Assert.Contains("empty", exception.Message, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("{\"data\":{}}")]
    [InlineData("{\"data\":{\"url\":null}}")]
    [InlineData("{\"data\":{\"id\":1,\"url\":\"u\",\"ssl_certificate\":{\"is_valid\":[]}}}")]
    [InlineData("{\"data\":{\"id\":1,\"url\":\"u\",\"request_headers\":[{\"name\":null,\"value\":\"v\"}]}}")]
    [InlineData("{}")]
    public async Task Malformed_bodies_never_surface_as_NullReferenceException(string body)
    {
        ApiSerializationException exception = await MonitorBodies.FailAsync(body);

        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            Assert.IsNotType<NullReferenceException>(inner);
        }
    }

    // BUG (runtime JsonListConverter / JsonDictionaryConverter): a null item becomes default(T), so a caller gets a null
    // MonitorNode out of an IReadOnlyList<MonitorNode> typed non-nullable, and the NullReferenceException happens later
    // in user code. Either a path-bearing failure or dropping the null would keep the promise of the types.
    [Fact]
    public async Task Null_item_in_a_list_of_objects_never_reaches_the_caller()
    {
        string body = MonitorBodies.Get("\"nodes\":[null,{\"id\":3,\"location\":\"london\"}]");
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body));
        using (client)
        {
            MonitorResponse response;
            try
            {
                response = await client.Monitors.GetAsync(115988);
            }
            catch (ApiSerializationException exception)
            {
                Assert.Equal("$.data.nodes[0]", exception.JsonPath);
                return;
            }

            Assert.All(response.Data.Nodes!, node => Assert.NotNull(node));
        }
    }

    [Fact]
    public async Task Null_value_in_a_map_of_objects_never_reaches_the_caller()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""{"1day":null,"7days":{"downtime":5}}"""));
        using (client)
        {
            IReadOnlyDictionary<string, MonitorStatsPeriod> stats;
            try
            {
                stats = await client.Monitors.GetStatsAsync(115988);
            }
            catch (ApiSerializationException exception)
            {
                Assert.Equal("$['1day']", exception.JsonPath);
                return;
            }

            Assert.All(stats.Values, period => Assert.NotNull(period));
        }
    }

    [Fact]
    public async Task Null_for_an_optional_non_nullable_field_reads_as_unset()
    {
        Monitor monitor = await MonitorBodies.ReadAsync(MonitorBodies.Get("\"is_running\":null,\"total_checks\":null,\"nodes\":null"));

        Assert.Null(monitor.IsRunning);
        Assert.Null(monitor.TotalChecks);
        Assert.Null(monitor.Nodes);
    }

    [Fact]
    public async Task Unset_optional_request_properties_are_omitted_even_when_nested()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("monitor-update.json")));
        using (client)
        {
            await client.Monitors.UpdateAsync(115988, new UpdateMonitorRequest { Request = new MonitorRequestSettings { Timeout = 0.5 } });
        }

        JsonElement body = handler.Single.Json();
        JsonAssert.HasExactly(body, "request");
        JsonAssert.HasExactly(body.GetProperty("request"), "timeout");
        JsonAssert.Number(body.GetProperty("request"), "timeout", 0.5);
    }

    [Fact]
    public async Task Empty_update_body_is_an_empty_object()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("monitor-update.json")));
        using (client)
        {
            await client.Monitors.UpdateAsync(115988, new UpdateMonitorRequest());
        }

        Assert.Equal("{}", handler.Single.Body);
    }

    [Fact]
    public async Task Required_request_properties_are_written_even_when_empty_or_zero()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("maintenance.json")));
        using (client)
        {
            await client.Maintenance.CreateAsync(13, new MaintenanceInput
            {
                Name = string.Empty,
                Timezone = new MaintenanceTimezone { Value = string.Empty, Offset = 0 },
                Monitors = [],
                Date = new MaintenanceDateRange { Starting = string.Empty, Ending = string.Empty },
                Time = new MaintenanceTimeRange { Starting = string.Empty, Ending = string.Empty },
            });
        }

        JsonElement body = handler.Single.Json();
        JsonAssert.HasExactly(body, "name", "timezone", "monitors", "date", "time");
        JsonAssert.String(body, "name", string.Empty);
        JsonAssert.Integers(body, "monitors");
        JsonAssert.HasExactly(body.GetProperty("timezone"), "value", "offset");
        JsonAssert.Number(body.GetProperty("timezone"), "offset", 0);
        JsonAssert.HasExactly(body.GetProperty("date"), "starting", "ending");
    }

    [Fact]
    public async Task Optional_false_and_zero_values_are_written_not_dropped()
    {
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("heartbeat.json")));
        using (client)
        {
            await client.Heartbeats.UpdateAsync(42, new UpdateHeartbeatRequest { AlertEmail = false, AlertSms = false, GracePeriod = 0, Name = string.Empty });
        }

        JsonElement body = handler.Single.Json();
        JsonAssert.HasExactly(body, "name", "grace_period", "alert_email", "alert_sms");
        JsonAssert.Bool(body, "alert_email", false);
        JsonAssert.Number(body, "grace_period", 0);
        JsonAssert.String(body, "name", string.Empty);
    }

    [Fact]
    public async Task Numbers_in_bodies_use_the_invariant_culture()
    {
        System.Globalization.CultureInfo original = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            (PulseticClient client, RecordingHandler handler) = TestClients.Create(StubReply.Json(Samples.Read("status-page.json")));
            using (client)
            {
                await client.StatusPages.CreateAsync(new StatusPageInput { Title = "T", Monitors = [1], UptimeThreshold = 0.95 });
            }

            Assert.Contains("\"uptime_threshold\":0.95", handler.Single.Body);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }
}
