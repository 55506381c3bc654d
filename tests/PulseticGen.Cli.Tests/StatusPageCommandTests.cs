using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>Status pages and what lives on them, driven through the CLI as a user would in sequence.</summary>
public sealed class StatusPageCommandTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _simulator;

    public StatusPageCommandTests(SimulatorFixture simulator)
    {
        _simulator = simulator;
    }

    [Fact]
    public async Task A_status_page_with_an_incident_resolved_by_an_update_and_maintenance()
    {
        long monitorId = Json.Ids((await Ok("monitors", "list", "--json")).Output).First();

        long pageId = Json.Id((await Ok("status-pages", "create", "--title", "CLI status", "--monitor", monitorId.ToString(), "--json")).Output);
        Assert.Contains(pageId, Json.Ids((await Ok("status-pages", "list", "--json")).Output));
        Assert.Contains("CLI status renamed", (await Ok("status-pages", "update", pageId.ToString(), "--title", "CLI status renamed", "--monitor", monitorId.ToString())).Output);

        JsonElement incident = Json.Parse((await Ok("incidents", "create", pageId.ToString(), "--title", "Slow checkout", "--message", "Looking into it.", "--json")).Output);
        long incidentId = incident.GetProperty("id").GetInt64();
        Assert.Contains(incidentId, Json.Ids((await Ok("incidents", "list", pageId.ToString(), "--json")).Output));
        await Ok("incidents", "update", incidentId.ToString(), "--title", "Slow checkout (EU)");

        JsonElement update = Json.Parse((await Ok("incident-updates", "create", incidentId.ToString(), "--status", "resolved", "--message", "Fixed.", "--json")).Output);
        Assert.Equal("resolved", update.GetProperty("status").GetString());
        long updateId = update.GetProperty("id").GetInt64();
        await Ok("incident-updates", "update", updateId.ToString(), "--status", "resolved", "--message", "Fixed for good.");
        Assert.Contains($"Deleted incident update {updateId}.", (await Ok("incident-updates", "delete", updateId.ToString())).Output);

        long maintenanceId = Json.Id((await Ok(
            "maintenance", "create", pageId.ToString(), "--name", "Database upgrade", "--monitor", monitorId.ToString(),
            "--date", "2026-05-01", "--start", "02:00", "--end", "03:30", "--json")).Output);
        await Ok("maintenance", "update", maintenanceId.ToString(), "--name", "Database upgrade", "--monitor", monitorId.ToString(), "--date", "2026-05-02", "--start", "2:00 AM", "--end", "4:00 AM");
        await Ok("maintenance", "delete", maintenanceId.ToString());

        await Ok("incidents", "delete", incidentId.ToString());
        Assert.Contains($"Deleted status page {pageId}.", (await Ok("status-pages", "delete", pageId.ToString())).Output);
    }

    private async Task<CliResult> Ok(params string[] args)
    {
        CliResult result = await CliRun.RunAsync(_simulator, args);
        Assert.True(result.ExitCode == 0, $"pulsetic {string.Join(' ', args)}\n{result}");
        return result;
    }
}
