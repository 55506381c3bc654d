using PaymentsApi;

namespace PulseticGen.Extensions.Tests;

/// <summary>Idempotency-Key headers, generated or passed, and the opt-in retry of POSTs that carry one, over loopback HTTP.</summary>
public sealed class IdempotencyTests
{
    [Fact]
    public void The_endpoint_catalog_marks_only_the_post_that_declares_the_header()
    {
        Assert.True(PaymentsEndpoints.CreatePayment.AcceptsIdempotencyKey);
        Assert.False(PaymentsEndpoints.CreateNote.AcceptsIdempotencyKey);
    }

    [Fact]
    public async Task A_post_with_a_key_that_gets_503_is_retried_with_the_same_key()
    {
        await using var server = new ScriptedServer(503, 200);
        using ServiceProvider services = Build(server, autoKeys: false, retryKeyed: true);

        double result = await services.GetRequiredService<PaymentsClient>().CreatePaymentAsync(new CreatePaymentRequest { Amount = 5 }, idempotencyKey: "order-17");

        Assert.Equal(7, result);
        Assert.Equal(new[] { "order-17", "order-17" }, server.HeaderValues("Idempotency-Key"));
        Assert.All(server.Heads, head => Assert.StartsWith("POST /payments ", head, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_generated_key_is_the_same_on_every_attempt_and_new_for_each_call()
    {
        await using var server = new ScriptedServer(503, 200);
        using ServiceProvider services = Build(server, autoKeys: true, retryKeyed: true);
        var client = services.GetRequiredService<PaymentsClient>();

        await client.CreatePaymentAsync(new CreatePaymentRequest { Amount = 5 });
        await client.CreatePaymentAsync(new CreatePaymentRequest { Amount = 6 });

        IReadOnlyList<string?> keys = server.HeaderValues("Idempotency-Key");
        Assert.Equal(3, keys.Count);
        Assert.True(Guid.TryParse(keys[0], out _));
        Assert.Equal(keys[0], keys[1]);
        Assert.NotEqual(keys[0], keys[2]);
    }

    [Fact]
    public async Task A_post_without_a_key_is_sent_exactly_once()
    {
        await using var server = new ScriptedServer(503, 200);
        using ServiceProvider services = Build(server, autoKeys: false, retryKeyed: true);

        await Assert.ThrowsAsync<ApiServerException>(() => services.GetRequiredService<PaymentsClient>().CreatePaymentAsync(new CreatePaymentRequest { Amount = 5 }));

        Assert.Equal(new string?[] { null }, server.HeaderValues("Idempotency-Key"));
    }

    [Fact]
    public async Task A_keyed_post_is_not_retried_unless_the_resilience_options_ask_for_it()
    {
        await using var server = new ScriptedServer(503, 200);
        using ServiceProvider services = Build(server, autoKeys: true, retryKeyed: false);

        await Assert.ThrowsAsync<ApiServerException>(() => services.GetRequiredService<PaymentsClient>().CreatePaymentAsync(new CreatePaymentRequest { Amount = 5 }));

        Assert.Single(server.Heads);
    }

    [Fact]
    public async Task An_operation_that_declares_no_key_gets_none_and_is_not_retried()
    {
        await using var server = new ScriptedServer(503, 200);
        using ServiceProvider services = Build(server, autoKeys: true, retryKeyed: true);

        await Assert.ThrowsAsync<ApiServerException>(() => services.GetRequiredService<PaymentsClient>().CreateNoteAsync("hello"));

        Assert.Equal(new string?[] { null }, server.HeaderValues("Idempotency-Key"));
    }

    private static ServiceProvider Build(ScriptedServer server, bool autoKeys, bool retryKeyed)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Payments:BaseAddress"] = server.BaseAddress.AbsoluteUri,
            ["Payments:AutoIdempotencyKeys"] = autoKeys ? "true" : "false",
        }).Build());
        services.AddLogging();
        services.AddApiClient<PaymentsClient>("Payments").AddApiClientResilience(options =>
        {
            options.RetryDelay = TimeSpan.FromMilliseconds(1);
            options.UseJitter = false;
            options.RetryRequestsWithIdempotencyKey = retryKeyed;
        });
        return services.BuildServiceProvider(validateScopes: true);
    }
}
