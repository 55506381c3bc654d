using System.Collections.Generic;

namespace PulseticGen.Simulator.Telemetry;

/// <summary>A checking location. <see cref="Location"/> is the slug that <c>nodes[]</c> filters take (numeric ids are accepted too).</summary>
internal sealed record MonitoringNode(long Id, string Location, string Title, string Continent, double Latitude, double Longitude, string Ip)
{
    /// <summary>The fixed set of locations, modelled on the ones third-party clients name (stockholm, new_york, sao_paulo, ...).</summary>
    public static IReadOnlyList<MonitoringNode> All { get; } = new[]
    {
        new MonitoringNode(1, "stockholm", "Stockholm", "Europe", 59.3293, 18.0686, "192.0.2.11"),
        new MonitoringNode(2, "london", "London", "Europe", 51.5072, -0.1276, "192.0.2.12"),
        new MonitoringNode(3, "frankfurt", "Frankfurt", "Europe", 50.1109, 8.6821, "192.0.2.13"),
        new MonitoringNode(4, "new_york", "New York", "North America", 40.7128, -74.006, "198.51.100.21"),
        new MonitoringNode(5, "san_francisco", "San Francisco", "North America", 37.7749, -122.4194, "198.51.100.22"),
        new MonitoringNode(6, "sao_paulo", "São Paulo", "South America", -23.5558, -46.6396, "198.51.100.23"),
        new MonitoringNode(7, "singapore", "Singapore", "Asia/Australia", 1.3521, 103.8198, "203.0.113.31"),
        new MonitoringNode(8, "sydney", "Sydney", "Asia/Australia", -33.8688, 151.2093, "203.0.113.32"),
    };
}
