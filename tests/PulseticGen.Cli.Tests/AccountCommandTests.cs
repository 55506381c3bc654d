using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PulseticGen.Cli.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Cli.Tests;

/// <summary>Heartbeats, domains and notification channels, each through its whole life.</summary>
public sealed class AccountCommandTests : IClassFixture<SimulatorFixture>
{
    private readonly SimulatorFixture _simulator;

    public AccountCommandTests(SimulatorFixture simulator)
    {
        _simulator = simulator;
    }

    [Fact]
    public async Task Heartbeats_list_get_create_update_and_delete()
    {
        long id = Json.Id((await Ok("heartbeats", "create", "--name", "Nightly backup", "--interval", "86400", "--grace", "600", "--alert-email", "--json")).Output);

        Assert.Contains(id, Json.Ids((await Ok("heartbeats", "list", "--json")).Output));
        Assert.Contains("Nightly backup", (await Ok("heartbeats", "get", id.ToString())).Output);
        Assert.Equal("Nightly backup v2", Json.Parse((await Ok("heartbeats", "update", id.ToString(), "--name", "Nightly backup v2", "--json")).Output).GetProperty("name").GetString());
        Assert.Contains($"Deleted heartbeat {id}.", (await Ok("heartbeats", "delete", id.ToString())).Output);
    }

    [Fact]
    public async Task Domains_list_create_update_and_delete()
    {
        long[] created = Json.Ids((await Ok("domains", "create", "cli-one.example", "cli-two.example", "--json")).Output);
        Assert.Equal(2, created.Length);

        Assert.Contains(created[0], Json.Ids((await Ok("domains", "list", "--json")).Output));
        JsonElement updated = Json.Parse((await Ok("domains", "update", created[0].ToString(), "--alias", "Marketing site", "--json")).Output);
        Assert.Equal("Marketing site", updated.GetProperty("alias").GetString());
        foreach (long id in created)
        {
            await Ok("domains", "delete", id.ToString());
        }
    }

    [Fact]
    public async Task Notification_channels_list_create_and_delete()
    {
        long monitorId = Json.Ids((await Ok("monitors", "list", "--json")).Output).First();

        JsonElement channel = Json.Parse((await Ok("notification-channels", "create", monitorId.ToString(), "email", "--to", "ops@example.com", "--json")).Output);
        long channelId = channel.GetProperty("id").GetInt64();

        Assert.Contains(channelId, Json.Ids((await Ok("notification-channels", "list", monitorId.ToString(), "--json")).Output));
        Assert.Contains("ops@example.com", (await Ok("notification-channels", "list", monitorId.ToString())).Output);
        await Ok("notification-channels", "delete", channelId.ToString());
        Assert.DoesNotContain(channelId, Json.Ids((await Ok("notification-channels", "list", monitorId.ToString(), "--json")).Output));
    }

    private async Task<CliResult> Ok(params string[] args)
    {
        CliResult result = await CliRun.RunAsync(_simulator, args);
        Assert.True(result.ExitCode == 0, $"pulsetic {string.Join(' ', args)}\n{result}");
        return result;
    }
}
