using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Xunit;

namespace PulseticGen.Runtime.Tests;

/// <summary>The one redactor both the runtime's exceptions and the CLI's verbose output go through.</summary>
public sealed class SecretRedactorTests
{
    [Fact]
    public void Plain_trimmed_and_url_escaped_forms_of_a_secret_are_replaced()
    {
        var redactor = new SecretRedactor();
        redactor.Add(" tok+en/42= ");

        string redacted = redactor.Redact("a tok+en/42= b tok%2Ben%2F42%3D c");

        Assert.Equal("a [redacted] b [redacted] c", redacted);
    }

    [Fact]
    public void Short_values_are_not_treated_as_secrets_so_messages_stay_readable()
    {
        var redactor = new SecretRedactor();
        redactor.Add("abc");
        redactor.Add(null);

        Assert.Equal("abc is fine", redactor.Redact("abc is fine"));
    }

    [Fact]
    public void A_secret_containing_another_is_replaced_whole()
    {
        var redactor = new SecretRedactor();
        redactor.Add("secret");
        redactor.Add("my-secret-password");

        Assert.Equal("pw=[redacted]", redactor.Redact("pw=my-secret-password"));
    }

    [Fact]
    public async Task Secrets_added_while_other_threads_redact_are_never_lost()
    {
        var redactor = new SecretRedactor();
        string[] secrets = Enumerable.Range(0, 200).Select(i => $"token-{i:D4}-value").ToArray();

        Task adding = Task.Run(() => Parallel.ForEach(secrets, secret => redactor.Add(secret)));
        Task reading = Task.Run(() => Parallel.For(0, 2_000, i => redactor.Redact(secrets[i % secrets.Length])));
        await Task.WhenAll(adding, reading);

        Assert.All(secrets, secret => Assert.Equal(SecretRedactor.Redacted, redactor.Redact(secret)));
    }

    [Fact]
    public void A_request_redactor_knows_the_bearer_token_and_cookie_values_the_request_carried()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/x");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer s3cr3t-token");
        request.Headers.TryAddWithoutValidation("Cookie", "a=1; session=cookie-value-9");

        SecretRedactor redactor = SecretRedactor.ForRequest(request, scheme: null);

        Assert.True(redactor.IsCredentialHeader("authorization"));
        Assert.Equal("echo [redacted] and [redacted]", redactor.Redact("echo s3cr3t-token and cookie-value-9"));
    }
}
