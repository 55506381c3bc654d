using System;
using System.Collections.Concurrent;

namespace PulseticGen.Simulator.Hosting;

/// <summary>Counts received requests by method and path template (or raw path when no template matched), faults included.</summary>
internal sealed class RequestCounter
{
    private const string ApiPrefix = "/api/public";

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Record(string method, string pathTemplate) =>
        _counts.AddOrUpdate(Key(method, pathTemplate), 1, (_, count) => count + 1);

    public int Count(string method, string pathTemplate) =>
        _counts.TryGetValue(Key(method, pathTemplate), out int count) ? count : 0;

    // "/monitors", "monitors/", "/api/public/monitors" and "post" all name the same counter.
    private static string Key(string method, string pathTemplate)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(pathTemplate);
        string path = "/" + pathTemplate.Trim().Trim('/');
        if (path.StartsWith(ApiPrefix + "/", StringComparison.OrdinalIgnoreCase) || path.Equals(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            path = "/" + path.Substring(ApiPrefix.Length).Trim('/');
        }

        return method.Trim().ToUpperInvariant() + " " + path;
    }
}
