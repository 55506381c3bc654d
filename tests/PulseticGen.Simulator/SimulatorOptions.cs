using System;
using System.Collections.Generic;

namespace PulseticGen.Simulator;

/// <summary>Settings of a <see cref="PulseticSimulator"/>; read once by <see cref="PulseticSimulator.StartAsync"/>.</summary>
public sealed class SimulatorOptions
{
    /// <summary>The token accepted when <see cref="Tokens"/> is empty.</summary>
    public const string DevelopmentToken = "pulsetic-sim-dev-token";

    /// <summary>The accepted API tokens (sent raw in <c>Authorization</c>); when empty, only <see cref="DevelopmentToken"/> is accepted.</summary>
    public IList<string> Tokens { get; } = new List<string>();

    /// <summary>The seed from which checks, snapshots, events, downtime, stats and node assignments are derived.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Requests allowed per token per minute; 0 turns rate limiting off. Beyond it the simulator answers 429 with <c>Retry-After</c>.</summary>
    public int RateLimitPerMinute { get; set; }

    /// <summary>A fault applied to every request; a request's <c>X-Simulator-Fault</c> header overrides it.</summary>
    public SimulatorFault Fault { get; set; } = SimulatorFault.None;

    /// <summary>A delay added to every request before it is answered; a request's <c>X-Simulator-Latency-Ms</c> header overrides it.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>
    /// The wire quirks forced on every answer; a request's <c>X-Simulator-Quirks</c> header overrides it. When null
    /// (the default) the forms vary by monitor id, as described on the simulator's README: even ids get the legacy forms.
    /// </summary>
    public SimulatorQuirks? Quirks { get; set; }

    /// <summary>The address to listen on: <c>http</c>, a loopback host (<c>127.0.0.1</c>, <c>localhost</c> or <c>[::1]</c>) and a port; port 0 picks a free one.</summary>
    public string Url { get; set; } = "http://127.0.0.1:0";

    /// <summary>Whether to start with sample monitors, notification channels, a status page with maintenance and an incident, a heartbeat and a domain.</summary>
    public bool SeedSampleData { get; set; } = true;

    /// <summary>
    /// The clock behind timestamps, default time windows, the current monitor state and rate-limit windows. A fixed
    /// clock makes every telemetry answer reproducible, including those relative to now (downtime, stats).
    /// </summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Receives one line per request (method, path, status, duration); used by the standalone host.</summary>
    internal Action<string>? RequestLog { get; set; }
}

/// <summary>A failure the simulator can inject, for all requests (<see cref="SimulatorOptions.Fault"/>) or one (<c>X-Simulator-Fault</c> header).</summary>
public enum SimulatorFault
{
    /// <summary>Answer normally.</summary>
    None,

    /// <summary>500 with Laravel's <c>{"message": "Server Error"}</c>.</summary>
    InternalServerError,

    /// <summary>502 with <c>{"message": "Bad Gateway"}</c>.</summary>
    BadGateway,

    /// <summary>503 with <c>{"message": "Service Unavailable"}</c> and <c>Retry-After: 1</c>.</summary>
    ServiceUnavailable,

    /// <summary>Abort the connection before any response byte is sent.</summary>
    ConnectionReset,

    /// <summary>Send the real status and a <c>Content-Length</c> for the whole body, write half of the body, then abort the connection.</summary>
    TruncatedBody,

    /// <summary>Send the real status with a body that is not JSON: the first half of the real body followed by a PHP warning.</summary>
    InvalidJson,

    /// <summary>Delay the answer by the configured latency (10 seconds when none is configured), then answer normally.</summary>
    Latency,
}
