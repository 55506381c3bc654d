using System.Collections.Generic;
using System.Linq;
using PulseticGen.Simulator.Hosting;
using PulseticGen.Simulator.Telemetry;

namespace PulseticGen.Simulator.State;

/// <summary>The simulator's in-memory data. Every read and write happens under <see cref="Gate"/>, which the pipeline holds while an operation runs.</summary>
internal sealed class SimulatorState
{
    // Id sequences start where the research reference's examples sit (monitor 115988, status page 13, ...), so sample data looks familiar.
    private long _nextMonitorId = 115988;
    private long _nextChannelId = 1;
    private long _nextStatusPageId = 13;
    private long _nextMaintenanceId = 8;
    private long _nextIncidentId = 30;
    private long _nextIncidentUpdateId = 57;
    private long _nextHeartbeatId = 1;
    private long _nextDomainId = 1;

    public SimulatorState(int seed)
    {
        Telemetry = new TelemetryModel(seed);
    }

    public object Gate { get; } = new();

    public TelemetryModel Telemetry { get; }

    public SortedDictionary<long, MonitorEntity> Monitors { get; } = new();

    public SortedDictionary<long, NotificationChannelEntity> Channels { get; } = new();

    public SortedDictionary<long, StatusPageEntity> StatusPages { get; } = new();

    public SortedDictionary<long, MaintenanceEntity> Maintenances { get; } = new();

    public SortedDictionary<long, IncidentEntity> Incidents { get; } = new();

    public SortedDictionary<long, IncidentUpdateEntity> IncidentUpdates { get; } = new();

    public SortedDictionary<long, HeartbeatEntity> Heartbeats { get; } = new();

    public SortedDictionary<long, DomainEntity> Domains { get; } = new();

    public long NextMonitorId() => _nextMonitorId++;

    public long NextChannelId() => _nextChannelId++;

    public long NextStatusPageId() => _nextStatusPageId++;

    public long NextMaintenanceId() => _nextMaintenanceId++;

    public long NextIncidentId() => _nextIncidentId++;

    public long NextIncidentUpdateId() => _nextIncidentUpdateId++;

    public long NextHeartbeatId() => _nextHeartbeatId++;

    public long NextDomainId() => _nextDomainId++;

    public MonitorEntity Monitor(long id) => Find(Monitors, id, "Monitor");

    public StatusPageEntity StatusPage(long id) => Find(StatusPages, id, "StatusPage");

    public IncidentEntity Incident(long id) => Find(Incidents, id, "Incident");

    /// <summary>Deletes a monitor with its channels, and takes it off every status page and maintenance window.</summary>
    public void RemoveMonitor(long id)
    {
        Monitors.Remove(id);
        RemoveWhere(Channels, channel => channel.MonitorId == id);
        foreach (StatusPageEntity page in StatusPages.Values)
        {
            page.MonitorIds.Remove(id);
        }

        foreach (MaintenanceEntity maintenance in Maintenances.Values)
        {
            maintenance.MonitorIds.Remove(id);
        }
    }

    /// <summary>Deletes a status page with its maintenance windows, incidents and their updates.</summary>
    public void RemoveStatusPage(long id)
    {
        StatusPages.Remove(id);
        RemoveWhere(Maintenances, maintenance => maintenance.StatusPageId == id);
        foreach (long incidentId in Incidents.Values.Where(incident => incident.StatusPageId == id).Select(incident => incident.Id).ToList())
        {
            RemoveIncident(incidentId);
        }
    }

    public void RemoveIncident(long id)
    {
        Incidents.Remove(id);
        RemoveWhere(IncidentUpdates, update => update.IncidentId == id);
    }

    /// <summary>An incident's timeline, oldest first.</summary>
    public List<IncidentUpdateEntity> UpdatesOf(long incidentId) =>
        IncidentUpdates.Values.Where(update => update.IncidentId == incidentId).OrderBy(update => update.Date).ThenBy(update => update.Id).ToList();

    public static T Find<T>(SortedDictionary<long, T> table, long id, string model) =>
        table.TryGetValue(id, out T? row) ? row : throw SimulatorError.NotFound(model, id);

    private static void RemoveWhere<T>(SortedDictionary<long, T> table, System.Func<T, bool> predicate)
    {
        foreach (long key in table.Where(pair => predicate(pair.Value)).Select(pair => pair.Key).ToList())
        {
            table.Remove(key);
        }
    }
}
