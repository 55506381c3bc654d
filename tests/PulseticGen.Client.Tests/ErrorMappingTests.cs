using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests;

/// <summary>One test per status → exception type, through the generated client; and what each exception carries.</summary>
public sealed class ErrorMappingTests
{
    private const string Canary = "canary-7f3a9c";

    private const string GetMonitorUrl = TestClients.BaseUrl + "monitors/115988";

    [Fact]
    public Task Status_400_is_a_validation_exception() => AssertMapsTo<ApiValidationException>(HttpStatusCode.BadRequest);

    [Fact]
    public Task Status_401_is_an_unauthorized_exception() => AssertMapsTo<ApiUnauthorizedException>(HttpStatusCode.Unauthorized);

    [Fact]
    public Task Status_403_is_a_forbidden_exception() => AssertMapsTo<ApiForbiddenException>(HttpStatusCode.Forbidden);

    [Fact]
    public Task Status_404_is_a_not_found_exception() => AssertMapsTo<ApiNotFoundException>(HttpStatusCode.NotFound);

    [Fact]
    public Task Status_409_is_a_conflict_exception() => AssertMapsTo<ApiConflictException>(HttpStatusCode.Conflict);

    [Fact]
    public Task Status_422_is_a_validation_exception() => AssertMapsTo<ApiValidationException>(HttpStatusCode.UnprocessableEntity);

    [Fact]
    public Task Status_429_is_a_rate_limit_exception() => AssertMapsTo<ApiRateLimitException>(HttpStatusCode.TooManyRequests);

    [Fact]
    public Task Status_500_is_a_server_exception() => AssertMapsTo<ApiServerException>(HttpStatusCode.InternalServerError);

    [Fact]
    public Task Status_502_is_a_server_exception() => AssertMapsTo<ApiServerException>(HttpStatusCode.BadGateway);

    [Fact]
    public Task Status_503_is_a_server_exception() => AssertMapsTo<ApiServerException>(HttpStatusCode.ServiceUnavailable);

    [Fact]
    public Task Status_418_without_a_dedicated_type_is_the_base_exception() => AssertMapsTo<ApiException>((HttpStatusCode)418);

    [Fact]
    public async Task Status_422_parses_the_Laravel_errors_map()
    {
        string body = """
            {"message":"The urls field must be an array. (and 1 more error)",
             "errors":{"urls":["The urls field must be an array."],"uptime_check_frequency":["The selected uptime check frequency is invalid.","It must be at least 60."]}}
            """;
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body, HttpStatusCode.UnprocessableEntity));
        using (client)
        {
            ApiValidationException exception = await Assert.ThrowsAsync<ApiValidationException>(
                () => client.Monitors.CreateAsync(new CreateMonitorsRequest { Urls = ["not a url"], UptimeCheckFrequency = 5 }));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, exception.StatusCode);
            Assert.Equal("createMonitors", exception.OperationId);
            Assert.Equal("POST", exception.Method);
            Assert.Equal(new Uri(TestClients.BaseUrl + "monitors"), exception.RequestUri);
            Assert.Equal("The urls field must be an array. (and 1 more error)", exception.ErrorMessage);
            Assert.Equal(new[] { "The urls field must be an array." }, exception.Errors["urls"]);
            Assert.Equal(
                new[] { "The selected uptime check frequency is invalid.", "It must be at least 60." },
                exception.Errors["uptime_check_frequency"]);
            Assert.Contains("urls", exception.Message);
            Assert.Contains("uptime_check_frequency", exception.Message);
        }
    }

    [Fact]
    public async Task A_declared_error_response_is_read_into_its_generated_type()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""{"message":"No query results for model [Monitor]."}""", HttpStatusCode.NotFound));
        using (client)
        {
            ApiNotFoundException exception = await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Monitors.GetAsync(115988));

            Assert.True(exception.TryGetError(out ErrorResponse? error));
            Assert.Equal("No query results for model [Monitor].", error.Message);
        }
    }

    [Fact]
    public async Task An_error_body_that_does_not_match_its_declared_type_is_left_untyped()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""<html>Not Found</html>""", HttpStatusCode.NotFound));
        using (client)
        {
            ApiNotFoundException exception = await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Monitors.GetAsync(115988));

            Assert.Null(exception.Error);
            Assert.False(exception.TryGetError(out ErrorResponse? _));
        }
    }

    [Fact]
    public async Task Status_400_without_an_errors_map_has_no_errors()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""{"message":"Bad request."}""", HttpStatusCode.BadRequest));
        using (client)
        {
            ApiValidationException exception = await Assert.ThrowsAsync<ApiValidationException>(() => client.Monitors.GetAsync(115988));

            Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
            Assert.Empty(exception.Errors);
            Assert.Equal("Bad request.", exception.ErrorMessage);
        }
    }

    [Fact]
    public async Task Status_429_reads_Retry_After_seconds()
    {
        StubReply reply = StubReply.Json("""{"message":"Too Many Attempts."}""", HttpStatusCode.TooManyRequests)
            .WithHeader("Retry-After", "30")
            .WithHeader("X-RateLimit-Limit", "60")
            .WithHeader("X-RateLimit-Remaining", "0");
        (PulseticClient client, RecordingHandler _) = TestClients.Create(reply);
        using (client)
        {
            ApiRateLimitException exception = await Assert.ThrowsAsync<ApiRateLimitException>(() => client.Monitors.ListAsync());

            Assert.Equal(TimeSpan.FromSeconds(30), exception.RetryAfter);
            Assert.Contains("30 seconds", exception.Message);
            Assert.Equal("0", Assert.Single(exception.ResponseHeaders["x-ratelimit-remaining"]));
            Assert.Equal("Too Many Attempts.", exception.ErrorMessage);
        }
    }

    [Fact]
    public async Task Status_429_without_Retry_After_has_no_wait()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""{"message":"Too Many Attempts."}""", HttpStatusCode.TooManyRequests));
        using (client)
        {
            ApiRateLimitException exception = await Assert.ThrowsAsync<ApiRateLimitException>(() => client.Monitors.ListAsync());

            Assert.Null(exception.RetryAfter);
        }
    }

    [Fact]
    public async Task Status_401_message_says_the_raw_token_goes_in_Authorization_without_Bearer()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""{"message":"Unauthenticated."}""", HttpStatusCode.Unauthorized));
        using (client)
        {
            ApiUnauthorizedException exception = await Assert.ThrowsAsync<ApiUnauthorizedException>(() => client.Monitors.GetAsync(115988));

            Assert.Contains("raw token", exception.Message);
            Assert.Contains("'Authorization'", exception.Message);
            Assert.Contains("no 'Bearer'", exception.Message);
            Assert.Equal("Unauthenticated.", exception.ErrorMessage);
        }
    }

    [Fact]
    public async Task Error_on_a_delete_names_the_delete_operation()
    {
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("""{"message":"No query results for model [App\\Models\\Monitor] 9."}""", HttpStatusCode.NotFound));
        using (client)
        {
            ApiNotFoundException exception = await Assert.ThrowsAsync<ApiNotFoundException>(() => client.Monitors.DeleteAsync(9));

            Assert.Equal("deleteMonitor", exception.OperationId);
            Assert.Equal("DELETE", exception.Method);
            Assert.Equal(new Uri(TestClients.BaseUrl + "monitors/9"), exception.RequestUri);
            Assert.Contains("DELETE /monitors/9 (deleteMonitor)", exception.Message);
        }
    }

    [Fact]
    public async Task Html_error_page_from_a_proxy_keeps_the_status_and_body()
    {
        const string html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        (PulseticClient client, RecordingHandler _) = TestClients.Create(new StubReply(HttpStatusCode.BadGateway, html));
        using (client)
        {
            ApiServerException exception = await Assert.ThrowsAsync<ApiServerException>(() => client.Monitors.GetAsync(115988));

            Assert.Equal(HttpStatusCode.BadGateway, exception.StatusCode);
            Assert.Null(exception.ErrorMessage);
            Assert.Equal(html, exception.ResponseBody);
        }
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    [InlineData(418)]
    [InlineData(422)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Token_never_appears_in_the_message_or_ToString_even_when_echoed(int status)
    {
        string body = "{\"message\":\"Token " + Canary + " is not valid.\",\"errors\":{\"" + Canary + "\":[\"" + Canary + "\"]},\"token\":\"" + Canary + "\"}";
        StubReply reply = new StubReply((HttpStatusCode)status, body).WithHeader("X-Debug-Token", Canary).WithHeader("Retry-After", "5");
        (PulseticClient client, RecordingHandler handler) = TestClients.Create(reply, token: Canary);
        using (client)
        {
            ApiException exception = await Assert.ThrowsAnyAsync<ApiException>(() => client.Monitors.GetAsync(115988));

            Assert.Equal(Canary, handler.Single.Authorization);
            Assert.DoesNotContain(Canary, exception.Message);
            Assert.DoesNotContain(Canary, exception.ToString());
            Assert.DoesNotContain(Canary, exception.ResponseBody);
            Assert.DoesNotContain(Canary, exception.ErrorMessage ?? string.Empty);
            Assert.DoesNotContain(Canary, string.Join("|", exception.ResponseHeaders.SelectMany(h => h.Value)));
            if (exception is ApiValidationException validation)
            {
                Assert.DoesNotContain(Canary, string.Join("|", validation.Errors.Keys.Concat(validation.Errors.Values.SelectMany(v => v))));
            }
        }
    }

    [Fact]
    public async Task Token_never_appears_in_a_serialization_failure_message()
    {
        string body = MonitorBodies.Get("\"ssl_check\":\"" + Canary + "\"");
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json(body), token: Canary);
        using (client)
        {
            ApiSerializationException exception = await Assert.ThrowsAsync<ApiSerializationException>(() => client.Monitors.GetAsync(115988));

            Assert.Equal("$.data.ssl_check", exception.JsonPath);
            Assert.DoesNotContain(Canary, exception.Message);
            Assert.DoesNotContain(Canary, exception.ToString());
        }
    }

    private static async Task AssertMapsTo<TException>(HttpStatusCode status)
        where TException : ApiException
    {
        string message = "Pulsetic says " + (int)status;
        (PulseticClient client, RecordingHandler _) = TestClients.Create(StubReply.Json("{\"message\":\"" + message + "\"}", status));
        using (client)
        {
            Exception thrown = await Record.ExceptionAsync(() => client.Monitors.GetAsync(115988));

            TException exception = Assert.IsType<TException>(thrown);
            Assert.Equal(status, exception.StatusCode);
            Assert.Equal("getMonitor", exception.OperationId);
            Assert.Equal("GET", exception.Method);
            Assert.Equal(new Uri(GetMonitorUrl), exception.RequestUri);
            Assert.Equal(message, exception.ErrorMessage);
            Assert.Contains("GET /monitors/115988 (getMonitor)", exception.Message);
            Assert.Contains(((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture), exception.Message);
            Assert.DoesNotContain(message, exception.Message);
        }
    }
}
