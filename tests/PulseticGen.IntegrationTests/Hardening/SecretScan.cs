using System.Collections;
using System.Collections.Concurrent;

namespace PulseticGen.IntegrationTests.Hardening;

/// <summary>
/// The canary token and the places a secret could surface: every text an exception exposes, and every line a logging
/// handler in the pipeline could write.
/// </summary>
public static class SecretScan
{
    /// <summary>The token the simulator accepts. Distinct from every other token in the tests, so any hit is a leak.</summary>
    public const string Canary = "canary-7f3a9c-secret";

    /// <summary>A wrong token that starts with the canary: the 401 path must not echo what was sent either.</summary>
    public const string WrongToken = Canary + "-expired";

    /// <summary>Every text <paramref name="error"/> exposes to a caller or a logger, labelled by where it came from.</summary>
    public static IEnumerable<(string Where, string Text)> TextsOf(Exception error)
    {
        yield return ("Message", error.Message);
        yield return ("ToString()", error.ToString());
        foreach (DictionaryEntry entry in error.Data)
        {
            yield return ($"Data[{entry.Key}]", entry.Key + "=" + entry.Value);
        }

        if (error is ApiException api)
        {
            yield return ("ResponseBody", api.ResponseBody ?? string.Empty);
            yield return ("ErrorMessage", api.ErrorMessage ?? string.Empty);
            yield return ("RequestUri", api.RequestUri?.ToString() ?? string.Empty);
            foreach (KeyValuePair<string, IReadOnlyList<string>> header in api.ResponseHeaders)
            {
                yield return ($"ResponseHeaders[{header.Key}]", header.Key + ": " + string.Join(", ", header.Value));
            }
        }

        if (error is ApiValidationException validation)
        {
            foreach (KeyValuePair<string, IReadOnlyList<string>> field in validation.Errors)
            {
                yield return ($"Errors[{field.Key}]", field.Key + ": " + string.Join(", ", field.Value));
            }
        }

        for (Exception? inner = error.InnerException; inner is not null; inner = inner.InnerException)
        {
            yield return ($"inner {inner.GetType().Name}.Message", inner.Message);
            yield return ($"inner {inner.GetType().Name}.ToString()", inner.ToString());
        }
    }

    /// <summary>Fails naming the first place that holds <paramref name="secret"/>.</summary>
    public static void AssertAbsent(string secret, IEnumerable<(string Where, string Text)> texts)
    {
        foreach ((string where, string text) in texts)
        {
            Assert.False(text.Contains(secret, StringComparison.Ordinal), $"The secret '{secret}' appears in {where}:\n{text}");
        }
    }
}

/// <summary>When in a request's life a <see cref="RequestRecorder"/> wrote a line.</summary>
public enum RecordedMoment
{
    /// <summary>On the way in, before the handlers below it ran.</summary>
    Request,

    /// <summary>The response (status, headers, content headers) on the way out.</summary>
    Response,

    /// <summary>The same request object again, after the handlers below it ran: what a request-and-response logger prints.</summary>
    RequestAfterResponse,

    /// <summary>The failure on the way out.</summary>
    Failure,
}

/// <summary>One line a logging handler could have written.</summary>
public sealed record RecordedLine(RecordedMoment Moment, string Text);

/// <summary>
/// A <see cref="DelegatingHandler"/> that writes what a typical logging handler writes (<see cref="HttpRequestMessage.ToString"/>,
/// <see cref="HttpResponseMessage.ToString"/>, the exception), so tests can check whether a secret would reach a log
/// from this place in the pipeline.
/// </summary>
public sealed class RequestRecorder : DelegatingHandler
{
    private readonly ConcurrentQueue<RecordedLine> _lines = new();

    public RequestRecorder(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    public IReadOnlyCollection<RecordedLine> Lines => _lines;

    public IEnumerable<(string Where, string Text)> LinesAt(params RecordedMoment[] moments) =>
        _lines.Where(line => moments.Contains(line.Moment)).Select(line => ($"the log line '{line.Moment}'", line.Text));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _lines.Enqueue(new RecordedLine(RecordedMoment.Request, request.ToString()));
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken);
            _lines.Enqueue(new RecordedLine(RecordedMoment.Response, response.ToString()));
            return response;
        }
        catch (Exception error)
        {
            _lines.Enqueue(new RecordedLine(RecordedMoment.Failure, error.ToString()));
            throw;
        }
        finally
        {
            _lines.Enqueue(new RecordedLine(RecordedMoment.RequestAfterResponse, request.ToString()));
        }
    }
}
