using System;
using System.Collections.Generic;

namespace PulseticGen.Simulator.Hosting;

/// <summary>A fixed one-minute window per token, like Laravel's <c>throttle:N,1</c>: the window opens at the token's first request.</summary>
internal sealed class RateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly int _limit;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, (DateTimeOffset Opened, int Count)> _windows = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public RateLimiter(int limitPerMinute, TimeProvider clock)
    {
        _limit = limitPerMinute;
        _clock = clock;
    }

    public bool Enabled => _limit > 0;

    public int Limit => _limit;

    /// <summary>Counts one request for <paramref name="token"/>; returns whether it may proceed, the requests left and, when refused, the seconds until the window resets.</summary>
    public (bool Allowed, int Remaining, int RetryAfterSeconds) Hit(string token)
    {
        lock (_gate)
        {
            DateTimeOffset now = _clock.GetUtcNow();
            if (!_windows.TryGetValue(token, out (DateTimeOffset Opened, int Count) window) || now - window.Opened >= Window)
            {
                window = (now, 0);
            }

            if (window.Count >= _limit)
            {
                _windows[token] = window;
                int retryAfter = (int)Math.Ceiling((window.Opened + Window - now).TotalSeconds);
                return (false, 0, Math.Max(1, retryAfter));
            }

            window.Count++;
            _windows[token] = window;
            return (true, _limit - window.Count, 0);
        }
    }
}
