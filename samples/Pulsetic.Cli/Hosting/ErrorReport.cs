using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PulseticGen.Runtime;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Hosting;

/// <summary>Turns any failure into the exit code and the one line the user sees.</summary>
internal static class ErrorReport
{
    /// <param name="exception">What went wrong.</param>
    /// <param name="tokenSource">Where the token came from (<c>--token</c>, a variable, a file path), to say what to check on a 401.</param>
    /// <returns>The exit code and a single line without a line break. It is not yet redacted.</returns>
    public static (int ExitCode, string Line) Describe(Exception exception, string? tokenSource) => exception switch
    {
        UsageException usage => (ExitCodes.UsageError, "error: " + usage.Message),
        CommandAppException parse => (ExitCodes.UsageError, $"error: {TrimPeriod(parse.Message)}. Run 'pulsetic --help' for usage."),
        ApiConfigurationException configuration => (ExitCodes.UsageError, "error: " + configuration.Message),
        ApiException api => (ExitCodes.ApiError, DescribeApi(api, tokenSource)),
        _ => (ExitCodes.ApiError, $"error: {exception.GetType().Name}: {exception.Message}"),
    };

    private static string DescribeApi(ApiException exception, string? tokenSource)
    {
        string call = exception.Method is null || exception.RequestUri is null
            ? "the request"
            : $"{exception.Method} {exception.RequestUri.AbsolutePath}";
        string status = exception.StatusCode is { } code ? StatusText.Describe(code) : "error";
        string? said = exception.ErrorMessage is { Length: > 0 } message ? $" Pulsetic said: {TrimPeriod(message)}." : null;
        return exception switch
        {
            ApiUnauthorizedException =>
                $"{status}: Pulsetic expects the raw API token in the Authorization header (no 'Bearer' prefix). Check the token from {tokenSource ?? "your configuration"}.",
            ApiForbiddenException =>
                $"{status}: the token was accepted but may not call {call}; API access needs a Pulsetic plan that includes it.{said}",
            ApiNotFoundException =>
                $"{status}: {call} found nothing; check the id (it may belong to another account).",
            ApiValidationException validation =>
                $"{status}: Pulsetic rejected {call}.{said}{DescribeFields(validation.Errors)}",
            ApiRateLimitException { RetryAfter: { } wait } =>
                $"{status}: rate limit exceeded; retry after {Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture)} s.",
            ApiRateLimitException =>
                $"{status}: rate limit exceeded; wait a minute before retrying.",
            ApiServerException =>
                $"{status}: Pulsetic failed to handle {call}; it may work if retried later.{said}",
            ApiTransportException transport =>
                $"Could not reach Pulsetic ({(transport.IsTimeout ? "timed out" : "connection failed")}): {OneLine(transport.InnerException?.Message ?? transport.Message)}",
            ApiSerializationException =>
                $"Unexpected response: {OneLine(exception.Message)}",
            _ => $"{status}: {call} failed.{said}",
        };
    }

    private static string DescribeFields(IReadOnlyDictionary<string, IReadOnlyList<string>> errors)
    {
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        IEnumerable<string> fields = errors.Take(5).Select(error => $"{error.Key}: {TrimPeriod(string.Join(" ", error.Value))}");
        string more = errors.Count > 5 ? $"; and {errors.Count - 5} more" : string.Empty;
        return $" ({string.Join("; ", fields)}{more})";
    }

    private static string TrimPeriod(string text) => OneLine(text).TrimEnd('.', ' ');

    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
