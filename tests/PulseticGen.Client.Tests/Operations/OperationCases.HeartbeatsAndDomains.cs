using PulseticGen.Client.Tests.Infrastructure;

namespace PulseticGen.Client.Tests.Operations;

public static partial class OperationCases
{
    private static IEnumerable<OperationCase> HeartbeatAndDomainCases()
    {
        yield return OperationCase.Read(
            "listHeartbeats", "GET", "heartbeats", "heartbeats.json",
            (c, ct) => c.Heartbeats.ListAsync(ct),
            list =>
            {
                Heartbeat heartbeat = Assert.Single(list.Data);
                Assert.Equal("cron-job", heartbeat.Name);
                Assert.Equal(86400, heartbeat.MonitoringInterval);
                Assert.True(heartbeat.AlertEmail);
                Assert.False(heartbeat.AlertSms);
            });

        yield return OperationCase.Read(
            "createHeartbeat", "POST", "heartbeats", "heartbeat.json",
            (c, ct) => c.Heartbeats.CreateAsync(new CreateHeartbeatRequest { Name = "Nightly Backup", MonitoringInterval = 86400, GracePeriod = 3600, AlertEmail = true, AlertSms = false }, ct),
            response =>
            {
                Assert.Equal(42, response.Data.Id);
                Assert.Equal(3600, response.Data.GracePeriod);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "name", "monitoring_interval", "grace_period", "alert_email", "alert_sms");
                JsonAssert.Number(body, "monitoring_interval", 86400);
                JsonAssert.Number(body, "grace_period", 3600);
                JsonAssert.Bool(body, "alert_email", true);
                JsonAssert.Bool(body, "alert_sms", false);
            });

        yield return OperationCase.Read(
            "getHeartbeat", "GET", "heartbeats/42", "heartbeat.json",
            (c, ct) => c.Heartbeats.GetAsync(42, ct),
            response =>
            {
                Assert.Equal("Nightly Backup", response.Data.Name);
                Assert.Equal(new DateTimeOffset(2026, 1, 3, 14, 0, 0, TimeSpan.Zero), response.Data.CreatedAt);
            });

        yield return OperationCase.Read(
            "updateHeartbeat", "PUT", "heartbeats/42", "heartbeat.json",
            (c, ct) => c.Heartbeats.UpdateAsync(42, new UpdateHeartbeatRequest { Name = "Nightly Backup v2", GracePeriod = 7200 }, ct),
            response => Assert.Equal(42, response.Data.Id),
            body =>
            {
                JsonAssert.HasExactly(body, "name", "grace_period");
                JsonAssert.String(body, "name", "Nightly Backup v2");
                JsonAssert.Number(body, "grace_period", 7200);
            });

        yield return OperationCase.Delete("deleteHeartbeat", "heartbeats/42", (c, ct) => c.Heartbeats.DeleteAsync(42, ct));

        yield return OperationCase.Read(
            "listDomains", "GET", "domains", "domains.json",
            (c, ct) => c.Domains.ListAsync(ct),
            list =>
            {
                Domain domain = Assert.Single(list.Data);
                Assert.Equal("example.com", domain.DomainValue);
                Assert.Equal("Production", domain.Alias);
                Assert.True(domain.IsActive);
                Assert.False(domain.DisableExpiredAlert);
                Assert.False(domain.DisableExpiringSoonAlert);
            });

        yield return OperationCase.Read(
            "createDomains", "POST", "domains", "domains-created.json",
            (c, ct) => c.Domains.CreateAsync(new CreateDomainsRequest { Domains = ["example.com", "api.example.com"] }, ct),
            list => Assert.Equal(new[] { "example.com", "api.example.com" }, list.Data.Select(d => d.DomainValue).ToArray()),
            body =>
            {
                JsonAssert.HasExactly(body, "domains");
                JsonAssert.Strings(body, "domains", "example.com", "api.example.com");
            });

        yield return OperationCase.Read(
            "updateDomain", "PUT", "domains/2", "domain.json",
            (c, ct) => c.Domains.UpdateAsync(2, new UpdateDomainRequest { Alias = "Production", IsActive = true, DisableExpiredAlert = false, DisableExpiringSoonAlert = false }, ct),
            response =>
            {
                Assert.Equal(2, response.Data.Id);
                Assert.Equal("Production", response.Data.Alias);
            },
            body =>
            {
                JsonAssert.HasExactly(body, "alias", "is_active", "disable_expired_alert", "disable_expiring_soon_alert");
                JsonAssert.Bool(body, "is_active", true);
                JsonAssert.Bool(body, "disable_expiring_soon_alert", false);
            });

        yield return OperationCase.Delete("deleteDomain", "domains/2", (c, ct) => c.Domains.DeleteAsync(2, ct));
    }
}
