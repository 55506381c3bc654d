using System;

namespace PulseticGen.Simulator;

/// <summary>
/// The wire quirks of Pulsetic's API that the simulator can force on every answer (<see cref="SimulatorOptions.Quirks"/>)
/// or on one request (header <c>X-Simulator-Quirks</c>, for example <c>IntegerFlags, UnixTimes</c> or <c>None</c>).
/// </summary>
/// <remarks>
/// A quirk only changes fields whose schema in the spec allows both forms (a <c>oneOf</c> of boolean and <c>0</c>/<c>1</c>,
/// of date-time string and Unix seconds, or of number and numeric string), so every answer except the legacy monitor
/// list still validates against the spec. Fields the spec gives one type keep it. With no quirk set every such field
/// takes its canonical form: JSON booleans, Laravel's RFC 3339 timestamps and JSON numbers.
/// </remarks>
[Flags]
public enum SimulatorQuirks
{
    /// <summary>Canonical forms only: JSON booleans, RFC 3339 timestamps, JSON numbers, the paginated monitor list.</summary>
    None = 0,

    /// <summary>Flags as the <c>0</c>/<c>1</c> of a <c>TINYINT</c> column: <c>ssl_check</c>, <c>is_valid</c>, <c>is_failed</c>, <c>disabled</c>, ...</summary>
    IntegerFlags = 1,

    /// <summary>Times that may be either form as Unix seconds: <c>checked_at</c>, <c>ssl_certificate.expires_at</c>.</summary>
    UnixTimes = 2,

    /// <summary>Numbers that may be either form as strings of digits: Lighthouse scores, snapshot timings, check response codes, ...</summary>
    NumericStrings = 4,

    /// <summary><c>GET /monitors</c> as a bare array of monitors, as the API answered before July 2025, instead of a paginator page.</summary>
    LegacyMonitorList = 8,

    /// <summary>Every quirk at once.</summary>
    All = IntegerFlags | UnixTimes | NumericStrings | LegacyMonitorList,
}
