using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Spectre.Console;

namespace Pulsetic.Cli.Commands;

/// <summary>Checks and converts option values that Spectre cannot convert on its own; failures are usage errors (exit 2).</summary>
internal static class OptionValues
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    /// <summary>
    /// A time for Pulsetic's window filters, in UTC (the client sends it as <c>YYYY-MM-DD HH:MM:SS</c>). Accepts that
    /// form, ISO 8601 with or without an offset (no offset means UTC), or a look-back such as <c>24h</c>, <c>7d</c> or
    /// <c>30m</c> before <paramref name="now"/>.
    /// </summary>
    public static bool TryParseQueryTime(string value, DateTimeOffset now, out DateTimeOffset time)
    {
        if (TryParseLookBack(value, out TimeSpan lookBack))
        {
            time = (now - lookBack).ToUniversalTime();
            return true;
        }

        if (!DateTimeOffset.TryParseExact(value.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out time))
        {
            return false;
        }

        time = time.ToUniversalTime();
        return true;
    }

    /// <summary><c>30m</c>, <c>24h</c>, <c>7d</c>, <c>90s</c>.</summary>
    public static bool TryParseLookBack(string value, out TimeSpan span)
    {
        span = default;
        value = value.Trim();
        if (value.Length < 2 || !long.TryParse(value.AsSpan(0, value.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out long amount))
        {
            return false;
        }

        TimeSpan? unit = char.ToLowerInvariant(value[^1]) switch
        {
            's' => TimeSpan.FromSeconds(1),
            'm' => TimeSpan.FromMinutes(1),
            'h' => TimeSpan.FromHours(1),
            'd' => TimeSpan.FromDays(1),
            'w' => TimeSpan.FromDays(7),
            _ => null,
        };
        if (unit is null || amount > 3650L * 24 * 3600)
        {
            return false;
        }

        span = unit.Value * amount;
        return true;
    }

    /// <summary>A <c>--from</c>/<c>--to</c> pair: each a time or look-back, or absent.</summary>
    public static ValidationResult ValidateWindow(string? from, string? to)
    {
        foreach ((string name, string? value) in new[] { ("--from", from), ("--to", to) })
        {
            if (value is not null && !TryParseQueryTime(value, DateTimeOffset.UtcNow, out _))
            {
                return ValidationResult.Error($"{name} '{value}' is not a time: use 'YYYY-MM-DD HH:MM:SS' (UTC), ISO 8601, or a look-back such as 24h or 7d.");
            }
        }

        return ValidationResult.Success();
    }

    public static DateTimeOffset? QueryTime(string? value) =>
        value is not null && TryParseQueryTime(value, DateTimeOffset.UtcNow, out DateTimeOffset time) ? time : null;

    /// <summary>Checks an open enum's value against the values the spec lists; the API may know more, but a typo is likelier.</summary>
    public static ValidationResult OneOf(string option, string? value, IEnumerable<string> allowed)
    {
        if (value is null || allowed.Contains(value, StringComparer.Ordinal))
        {
            return ValidationResult.Success();
        }

        return ValidationResult.Error($"{option} must be one of: {string.Join(", ", allowed)} (got '{value}').");
    }

    /// <summary>Maintenance times are <c>hh:mm AM</c>; also accepts 24-hour <c>HH:mm</c> and converts it.</summary>
    public static bool TryParseTimeOfDay(string value, out string apiValue)
    {
        apiValue = string.Empty;
        string[] formats = ["hh:mm tt", "h:mm tt", "hh:mmtt", "h:mmtt", "HH:mm", "H:mm"];
        if (!DateTime.TryParseExact(value.Trim().ToUpperInvariant(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime time))
        {
            return false;
        }

        apiValue = time.ToString("hh:mm tt", CultureInfo.InvariantCulture);
        return true;
    }

    public static bool IsDate(string value) =>
        DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    public static ValidationResult All(params ValidationResult[] results) =>
        results.FirstOrDefault(result => !result.Successful) ?? ValidationResult.Success();
}
