using System;
using System.Collections.Generic;
using System.Net;
using Pulsetic.Cli.Hosting;
using PulseticGen.Runtime;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>Each kind of failure becomes one line and the documented exit code.</summary>
public sealed class ErrorReportTests
{
    public static TheoryData<Exception, int, string> Failures() => new()
    {
        { new ApiUnauthorizedException("x"), 1, "401 Unauthorized: Pulsetic expects the raw API token in the Authorization header (no 'Bearer' prefix). Check the token from --token." },
        { new ApiRateLimitException("x", TimeSpan.FromSeconds(41.2)), 1, "429 Too Many Requests: rate limit exceeded; retry after 42 s." },
        { new ApiRateLimitException("x"), 1, "429 Too Many Requests: rate limit exceeded; wait a minute before retrying." },
        { new ApiServerException("x", HttpStatusCode.BadGateway), 1, "502 Bad Gateway: Pulsetic failed to handle the request; it may work if retried later." },
        { new ApiNotFoundException("x"), 1, "404 Not Found: the request found nothing; check the id (it may belong to another account)." },
        { new ApiTransportException("x", new System.Net.Http.HttpRequestException("Connection refused (127.0.0.1:9)")), 1, "Could not reach Pulsetic (connection failed): Connection refused (127.0.0.1:9)" },
        { new UsageException("--title is required."), 2, "error: --title is required." },
        { new ApiConfigurationException("The API token is empty."), 2, "error: The API token is empty." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Failures_become_one_line_and_an_exit_code(Exception exception, int exitCode, string line)
    {
        (int actualCode, string actualLine) = ErrorReport.Describe(exception, "--token");

        Assert.Equal(exitCode, actualCode);
        Assert.Equal(line, actualLine);
    }

    [Fact]
    public void Validation_errors_name_the_fields_and_the_servers_messages()
    {
        var errors = new Dictionary<string, IReadOnlyList<string>>
        {
            ["urls.0"] = ["The urls.0 must be a valid URL."],
            ["title"] = ["The title field is required."],
        };

        (int code, string line) = ErrorReport.Describe(new ApiValidationException("x", errors), null);

        Assert.Equal(1, code);
        Assert.Equal("422 Unprocessable Entity: Pulsetic rejected the request. (urls.0: The urls.0 must be a valid URL; title: The title field is required)", line);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, "200 OK")]
    [InlineData(HttpStatusCode.TooManyRequests, "429 Too Many Requests")]
    [InlineData(HttpStatusCode.InternalServerError, "500 Internal Server Error")]
    [InlineData((HttpStatusCode)599, "599")]
    public void Status_codes_read_like_HTTP_reason_phrases(HttpStatusCode status, string expected)
    {
        Assert.Equal(expected, StatusText.Describe(status));
    }
}
