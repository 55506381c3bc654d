using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Validation;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>
/// The simulator keeps the contract: for every operation of the spec, its answers (success and error) validate against
/// the response schemas with NJsonSchema, and a request body the spec forbids is refused with a 422 naming the field.
/// Each operation gets a fresh simulator, so deletes can use the sample ids.
/// </summary>
public sealed class SpecConformanceTests
{
    private static readonly PulseticSpec Spec = PulseticSpec.Load();

    public static TheoryData<string> OperationIds => new(Spec.Operations.Select(operation => operation.OperationId));

    public static TheoryData<string> OperationsWithBodies => new(Spec.Operations.Where(operation => operation.RequestSchema is not null).Select(operation => operation.OperationId));

    [Fact]
    public void The_spec_the_simulator_serves_has_the_generated_clients_36_operations()
    {
        string[] spec = Spec.Operations.Select(op => $"{op.Method} {op.PathTemplate} {op.OperationId}").OrderBy(s => s, StringComparer.Ordinal).ToArray();
        string[] generated = Pulsetic.PulseticEndpoints.All.Select(e => $"{e.Method} {e.PathTemplate} {e.OperationId}").OrderBy(s => s, StringComparer.Ordinal).ToArray();

        Assert.Equal(36, spec.Length);
        Assert.Equal(generated, spec);
        Assert.Equal(spec.Select(s => s.Split(' ')[2]).Order(StringComparer.Ordinal), ConformanceCases.Valid.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Spec.Operations.Where(op => op.RequestSchema is not null).Select(op => op.OperationId).Order(StringComparer.Ordinal), ConformanceCases.Forbidden.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task Success_answers_validate_against_the_response_schema(string operationId)
    {
        SpecOperation operation = Spec.Operation(operationId);
        await using PulseticSimulator simulator = await StartAsync();
        using HttpClient http = Raw(simulator, simulator.Token);

        foreach (RawCall call in ConformanceCases.Valid[operationId])
        {
            Assert.Equal(operation.Method, call.Method);
            if (call.Body is not null)
            {
                Assert.Empty(Describe(operation.RequestSchema!.Validate(call.Body)));
            }

            int before = simulator.CountRequests(operation.Method, operation.PathTemplate);
            using HttpResponseMessage response = await http.SendAsync(call.ToRequest());
            string body = await response.Content.ReadAsStringAsync();

            Assert.Equal(before + 1, simulator.CountRequests(operation.Method, operation.PathTemplate));
            Assert.True(response.IsSuccessStatusCode, $"{call.Method} {call.Path} answered {(int)response.StatusCode}: {body}");
            Assert.True(operation.ResponseSchemas.TryGetValue((int)response.StatusCode, out JsonSchema? schema), $"{(int)response.StatusCode} is not a documented answer of {operationId}.");
            if (schema is null)
            {
                continue;
            }

            Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(Describe(schema.Validate(body)) is { Count: 0 } problems, $"{call.Method} {call.Path}: {string.Join("; ", Describe(schema.Validate(body)))}\n{body}");
        }
    }

    [Theory]
    [MemberData(nameof(OperationIds))]
    public async Task Error_answers_validate_against_the_documented_error_schemas(string operationId)
    {
        SpecOperation operation = Spec.Operation(operationId);
        RawCall call = ConformanceCases.Valid[operationId][0];
        await using PulseticSimulator simulator = await StartAsync();

        using (HttpClient anonymous = Raw(simulator, authorization: null))
        {
            await AssertDocumentedErrorAsync(operation, anonymous, call, HttpStatusCode.Unauthorized);
        }

        using HttpClient http = Raw(simulator, simulator.Token);
        if (operation.ResponseSchemas.ContainsKey(404))
        {
            string missing = System.Text.RegularExpressions.Regex.Replace(call.Path, @"(?<=/)\d+(?=/|\?|$)", "999999");
            Assert.NotEqual(call.Path, missing);
            await AssertDocumentedErrorAsync(operation, http, call with { Path = missing }, HttpStatusCode.NotFound);
        }

        if (ConformanceCases.Forbidden.TryGetValue(operationId, out ForbiddenBody? forbidden))
        {
            JsonElement body = await AssertDocumentedErrorAsync(operation, http, call with { Body = forbidden.Body }, HttpStatusCode.UnprocessableEntity);
            Assert.True(body.GetProperty("errors").TryGetProperty(forbidden.Field, out _), $"The 422 should name {forbidden.Field}: {body}");
        }
    }

    [Fact]
    public async Task Rate_limited_answers_validate_against_every_operations_429_schema()
    {
        await using PulseticSimulator simulator = await StartAsync(rateLimit: 1);
        using HttpClient http = Raw(simulator, simulator.Token);
        using (HttpResponseMessage first = await http.GetAsync("heartbeats"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        foreach (SpecOperation operation in Spec.Operations)
        {
            using HttpResponseMessage response = await http.SendAsync(ConformanceCases.Valid[operation.OperationId][0].ToRequest());
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
            Assert.Empty(Describe(operation.ResponseSchemas[429]!.Validate(await response.Content.ReadAsStringAsync())));
        }
    }

    [Theory]
    [MemberData(nameof(OperationsWithBodies))]
    public async Task A_body_the_spec_forbids_is_refused_and_the_spec_agrees(string operationId)
    {
        SpecOperation operation = Spec.Operation(operationId);
        ForbiddenBody forbidden = ConformanceCases.Forbidden[operationId];
        RawCall call = ConformanceCases.Valid[operationId][0] with { Body = forbidden.Body };

        // The spec itself rejects the body, on the same field.
        ICollection<ValidationError> errors = operation.RequestSchema!.Validate(forbidden.Body);
        Assert.NotEmpty(errors);

        await using PulseticSimulator simulator = await StartAsync();
        using HttpClient http = Raw(simulator, simulator.Token);
        using HttpResponseMessage response = await http.SendAsync(call.ToRequest());
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        JsonElement messages = body.RootElement.GetProperty("errors").GetProperty(forbidden.Field);
        Assert.Equal(JsonValueKind.Array, messages.ValueKind);
        Assert.StartsWith("The ", messages[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith(messages[0].GetString()!, body.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(OperationsWithBodies))]
    public async Task Malformed_json_and_a_non_object_body_are_422_not_500(string operationId)
    {
        RawCall call = ConformanceCases.Valid[operationId][0];
        await using PulseticSimulator simulator = await StartAsync();
        using HttpClient http = Raw(simulator, simulator.Token);

        foreach (string body in new[] { "{\"urls\": [", "[1, 2]", "\"text\"" })
        {
            using HttpResponseMessage response = await http.SendAsync((call with { Body = body }).ToRequest());
            string text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{body} → {(int)response.StatusCode} {text}");
            using JsonDocument json = JsonDocument.Parse(text);
            Assert.True(json.RootElement.GetProperty("errors").TryGetProperty("body", out _), text);
        }
    }

    [Fact]
    public async Task Unknown_routes_are_404_and_known_paths_with_another_method_are_405()
    {
        await using PulseticSimulator simulator = await StartAsync();
        using HttpClient http = Raw(simulator, simulator.Token);

        using HttpResponseMessage unknown = await http.GetAsync("monitors/115988/uptime");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("{\"message\":\"The route api\\/public\\/monitors\\/115988\\/uptime could not be found.\"}", await unknown.Content.ReadAsStringAsync());

        // Observed on the real API: there is no GET for a single status page.
        using HttpResponseMessage notAllowed = await http.GetAsync("status-page/13");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, notAllowed.StatusCode);
        Assert.Equal(new[] { "PUT", "DELETE" }, notAllowed.Content.Headers.Allow.Concat(notAllowed.Headers.TryGetValues("Allow", out IEnumerable<string>? allow) ? allow : Array.Empty<string>()).SelectMany(v => v.Split(", ")).Distinct());

        using HttpResponseMessage textId = await http.GetAsync("monitors/abc");
        Assert.Equal(HttpStatusCode.NotFound, textId.StatusCode);
    }

    private static async Task<JsonElement> AssertDocumentedErrorAsync(SpecOperation operation, HttpClient http, RawCall call, HttpStatusCode expected)
    {
        using HttpResponseMessage response = await http.SendAsync(call.ToRequest());
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{call.Method} {call.Path}: expected {(int)expected}, got {(int)response.StatusCode} {body}");
        Assert.True(operation.ResponseSchemas.TryGetValue((int)expected, out JsonSchema? schema) && schema is not null, $"{(int)expected} is not documented for {operation.OperationId}.");
        Assert.True(Describe(schema!.Validate(body)) is { Count: 0 }, $"{operation.OperationId} {(int)expected}: {string.Join("; ", Describe(schema.Validate(body)))}\n{body}");
        using JsonDocument document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private static Task<PulseticSimulator> StartAsync(int rateLimit = 0) =>
        PulseticSimulator.StartAsync(new SimulatorOptions { Clock = new FixedClock(FixedClock.DefaultNow), RateLimitPerMinute = rateLimit });

    private static HttpClient Raw(PulseticSimulator simulator, string? authorization)
    {
        var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        if (authorization is not null)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        }

        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json");
        return http;
    }

    private static List<string> Describe(IEnumerable<ValidationError> errors)
    {
        var lines = new List<string>();
        foreach (ValidationError error in errors)
        {
            lines.Add($"{error.Kind} at {error.Path}");
            if (error is ChildSchemaValidationError child)
            {
                lines.AddRange(child.Errors.Values.SelectMany(e => e).Select(e => $"  {e.Kind} at {e.Path}"));
            }
        }

        return lines;
    }
}
