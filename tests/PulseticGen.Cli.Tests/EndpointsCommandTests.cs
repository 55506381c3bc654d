using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Pulsetic;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary><c>endpoints</c> reads the generated catalog, so it needs no token and no network.</summary>
public sealed class EndpointsCommandTests
{
    [Fact]
    public async Task Json_lists_the_36_operations_of_the_spec()
    {
        CliResult result = await CliRun.RunAsync(["endpoints", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using JsonDocument document = JsonDocument.Parse(result.Output);
        JsonElement[] operations = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(36, operations.Length);
        Assert.Equal(
            PulseticEndpoints.All.Select(endpoint => endpoint.OperationId),
            operations.Select(operation => operation.GetProperty("operation_id").GetString()));
        JsonElement getMonitor = operations.Single(operation => operation.GetProperty("operation_id").GetString() == "getMonitor");
        Assert.Equal("GET", getMonitor.GetProperty("method").GetString());
        Assert.Equal("/monitors/{monitorId}", getMonitor.GetProperty("path").GetString());
        Assert.Equal("Monitors", getMonitor.GetProperty("tag").GetString());
    }

    [Fact]
    public async Task The_table_shows_every_operation_and_the_count()
    {
        CliResult result = await CliRun.RunAsync(["endpoints"], width: 200);

        Assert.Equal(0, result.ExitCode);
        Assert.All(PulseticEndpoints.All, endpoint => Assert.Contains(endpoint.OperationId, result.Output));
        Assert.Contains("36 operations", result.Output);
        Assert.Equal(string.Empty, result.Errors);
    }
}
