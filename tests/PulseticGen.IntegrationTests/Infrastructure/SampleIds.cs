namespace PulseticGen.IntegrationTests.Infrastructure;

/// <summary>The ids of the simulator's sample data (see tests/PulseticGen.Simulator/README.md).</summary>
public static class SampleIds
{
    /// <summary>HTTP GET https://example.com, every 60 s; even id, so flags come as 0/1 and checked_at as Unix seconds.</summary>
    public const long ProductionMonitor = 115988;

    /// <summary>HTTP POST https://api.example.com/health, every 300 s; odd id, so booleans and ISO timestamps.</summary>
    public const long ApiMonitor = 115989;

    /// <summary>TCP db.example.com:5432, every 120 s.</summary>
    public const long DatabaseMonitor = 115990;

    /// <summary>ICMP status.example.org, paused, no name.</summary>
    public const long PausedMonitor = 115991;

    public const int MonitorCount = 4;
    public const long EmailChannel = 1;
    public const long SlackChannel = 2;
    public const long StatusPage = 13;
    public const long Maintenance = 8;
    public const long Incident = 30;
    public const long IncidentUpdate = 57;
    public const long Heartbeat = 1;
    public const long Domain = 1;
}
