using System;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Runtime;

namespace Pulsetic.Cli.Hosting;

/// <summary>
/// For <c>--verbose</c>: writes one line per request with the method, URL, status and time taken.
/// </summary>
/// <remarks>
/// It sits below the runtime's <c>ApiKeyHandler</c>, so the requests it sees carry the token in <c>Authorization</c>.
/// That is why it prints no header at all, and why the URL still goes through the redactor: nothing a user can put in
/// a URL (a token pasted into <c>--base-url</c>, say) may reach the terminal.
/// </remarks>
internal sealed class VerboseHttpHandler : DelegatingHandler
{
    private readonly Action<string> _writeLine;
    private readonly SecretRedactor _redactor;

    public VerboseHttpHandler(Action<string> writeLine, SecretRedactor redactor, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        _writeLine = writeLine;
        _redactor = redactor;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string call = $"{request.Method.Method} {Describe(request.RequestUri)}";
        long started = Stopwatch.GetTimestamp();
        try
        {
            HttpResponseMessage response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            _writeLine(_redactor.Redact($"{call} → {(int)response.StatusCode} {StatusText.Of(response.StatusCode)} in {Elapsed(started)}"));
            return response;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            _writeLine(_redactor.Redact($"{call} → no response after {Elapsed(started)} ({exception.GetType().Name})"));
            throw;
        }
    }

    private static string Describe(Uri? uri) =>
        uri is null ? "(no URL)" : uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.UserInfo, UriFormat.UriEscaped);

    private static string Elapsed(long started) =>
        Stopwatch.GetElapsedTime(started).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
