using Pulsetic;
using PulseticGen.IntegrationTests.Infrastructure;

namespace PulseticGen.IntegrationTests;

/// <summary>429 with Retry-After, counted per token over a one-minute window (the clock is fixed, so the window never rolls).</summary>
public sealed class RateLimitTests : IClassFixture<RateLimitTests.LimitedFixture>
{
    private const int Limit = 3;
    private readonly LimitedFixture _fixture;

    public RateLimitTests(LimitedFixture fixture)
    {
        _fixture = fixture;
    }

    [Fact]
    public async Task The_request_past_the_limit_is_429_with_RetryAfter_parsed_and_other_tokens_are_unaffected()
    {
        PulseticClient first = _fixture.CreateClient(LimitedFixture.FirstToken);
        for (int i = 0; i < Limit; i++)
        {
            Assert.NotEmpty((await first.Heartbeats.ListAsync()).Data);
        }

        int postsBefore = _fixture.Simulator.CountRequests("POST", "/heartbeats");
        ApiRateLimitException error = await Assert.ThrowsAsync<ApiRateLimitException>(
            () => first.Heartbeats.CreateAsync(new CreateHeartbeatRequest { Name = "throttled" }));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
        Assert.Equal("Too Many Attempts.", error.ErrorMessage);
        Assert.Equal(new[] { "3" }, error.ResponseHeaders["X-RateLimit-Limit"]);
        Assert.Equal(new[] { "0" }, error.ResponseHeaders["X-RateLimit-Remaining"]);
        Assert.Contains("60 seconds", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, _fixture.Simulator.CountRequests("POST", "/heartbeats") - postsBefore);
        Assert.DoesNotContain((await _fixture.CreateClient(LimitedFixture.SecondToken).Heartbeats.ListAsync()).Data, h => h.Name == "throttled");

        // Still refused: a refusal does not open a new window.
        await Assert.ThrowsAsync<ApiRateLimitException>(() => first.Domains.ListAsync());
    }

    [Fact]
    public async Task Successful_answers_carry_the_remaining_budget()
    {
        using HttpClient raw = _fixture.CreateRawClient(LimitedFixture.ThirdToken);
        using HttpResponseMessage response = await raw.GetAsync("domains");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new[] { "3" }, response.Headers.GetValues("X-RateLimit-Limit"));
        Assert.Equal(new[] { "2" }, response.Headers.GetValues("X-RateLimit-Remaining"));
    }

    public sealed class LimitedFixture : SimulatorFixture
    {
        public const string FirstToken = "first-token", SecondToken = "second-token", ThirdToken = "third-token";

        protected override SimulatorOptions CreateOptions()
        {
            var options = new SimulatorOptions { RateLimitPerMinute = Limit, Clock = new FixedClock(FixedClock.DefaultNow) };
            options.Tokens.Add(FirstToken);
            options.Tokens.Add(SecondToken);
            options.Tokens.Add(ThirdToken);
            return options;
        }
    }
}
