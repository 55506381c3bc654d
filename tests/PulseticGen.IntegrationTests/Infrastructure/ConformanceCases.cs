namespace PulseticGen.IntegrationTests.Infrastructure;

/// <summary>One raw request for an operation: the method, the path below the API root and an optional JSON body.</summary>
public sealed record RawCall(string Method, string Path, string? Body = null)
{
    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(new HttpMethod(Method), Path);
        if (Body is not null)
        {
            request.Content = new StringContent(Body, System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }
}

/// <summary>A body the spec forbids for an operation, and the field the 422 must name.</summary>
public sealed record ForbiddenBody(string Body, string Field);

/// <summary>
/// Requests that succeed against a fresh simulator with sample data, for every operation of the spec (several for
/// the operations whose answers vary in shape), and for every operation with a body, one body the spec forbids.
/// </summary>
public static class ConformanceCases
{
    private const string Maintenance = """
        {"name":"Upgrade","description":"DB","timezone":{"value":"Eastern Standard Time","abbr":"EST","offset":-5,"isdst":false,"title":"(UTC-05:00) Eastern Time","utc":["America/New_York"]},"monitors":[115988],"date":{"starting":"2026-05-01","ending":"2026-05-02"},"time":{"starting":"11:00 PM","ending":"01:00 AM"}}
        """;

    public static IReadOnlyDictionary<string, RawCall[]> Valid { get; } = new Dictionary<string, RawCall[]>
    {
        ["listMonitors"] = new[] { Get("monitors"), Get("monitors?page=2&per_page=3"), Get("monitors?page=99") },
        ["createMonitors"] = new[]
        {
            Post("monitors", """{"urls":["https://w5.com"],"add_account_email":true}"""),
            Post("monitors", """{"urls":["a.example.com","b.example.com"],"names":["A"],"uptime_check_frequency":"600","ssl_check":true,"request":{"type":"tcp"},"tcp_ports":"443"}"""),
        },
        ["getMonitor"] = new[] { Get("monitors/115988"), Get("monitors/115989"), Get("monitors/115990"), Get("monitors/115991") },
        ["updateMonitor"] = new[]
        {
            Put("monitors/115988", """{"url":"https://facebook.com","uptime_check_frequency":"600","name":"Facebook Page","request":{"type":"http","body_type":"form_params","body_form_params":[{"name":"param1","value":"param1value"}],"method":"post","headers":[{"name":"Accept","value":"application/json"}]},"response":{"body":"some text","headers":[{"name":"header1","value":"header1value"}],"isNegative":false}}"""),
            Put("monitors/115989", """{"offline_notification_delay":"10","request":{"timeout":0.5}}"""),
        },
        ["deleteMonitor"] = new[] { Delete("monitors/115991") },
        ["listMonitorSnapshots"] = new[] { Get("monitors/115988/snapshots"), Get("monitors/115989/snapshots?start_dt=2026-03-14+00:00:00&end_dt=2026-03-15+00:00:00&page=2&per_page=10"), Get("monitors/115990/snapshots?per_page=3") },
        ["listMonitorChecks"] = new[] { Get("monitors/115988/checks"), Get("monitors/115989/checks?nodes[]=london&nodes[]=sydney&response_codes[]=200&per_page=20"), Get("monitors/115990/checks?per_page=5") },
        ["listMonitorEvents"] = new[] { Get("monitors/115988/events"), Get("monitors/115989/events?monitor_event_type=Offline&start_dt=2026-01-01T00:00:00Z") },
        ["getMonitorDowntime"] = new[] { Get("monitors/115988/downtime"), Get("monitors/115989/downtime?seconds=2592000") },
        ["getMonitorStats"] = new[] { Get("monitors/115988/stats"), Get("monitors/115991/stats") },
        ["listNotificationChannels"] = new[] { Get("monitors/115988/notification-channels"), Get("monitors/115991/notification-channels") },
        ["createNotificationChannel"] = new[]
        {
            Post("monitors/115988/notification-channels/email", """{"email":"oncall@example.com"}"""),
            Post("monitors/115988/notification-channels/phone-number", """{"phone_number":"+15551234567","sms":true,"calls":false}"""),
            Post("monitors/115988/notification-channels/webhook", """{"webhook":"https://hooks.example.com/pulsetic"}"""),
            Post("monitors/115988/notification-channels/slack-webhook", """{"webhook_url":"https://hooks.slack.com/services/T000/B000/XXXX"}"""),
            Post("monitors/115988/notification-channels/discord-webhook", """{"webhook":"https://discord.com/api/webhooks/1"}"""),
            Post("monitors/115988/notification-channels/ms-teams-webhook", """{"webhook":"https://outlook.office.com/webhook/1"}"""),
            Post("monitors/115988/notification-channels/signl4", """{"signl4_webhook":"https://connect.signl4.com/webhook/abc123"}"""),
        },
        ["deleteNotificationChannel"] = new[] { Delete("notification-channels/2") },
        ["listStatusPages"] = new[] { Get("status-page"), Get("status-page?page=1&per_page=1") },
        ["createStatusPage"] = new[]
        {
            Post("status-page", """{"title":"My Status Page","monitors":[115988,115989],"subscribe_to_updates":true,"show_location_tooltip":true}"""),
            Post("status-page", """{"title":"Private","monitors":[],"domain":"","meta_title":"","uptime_threshold":0.9,"remove_branding":true,"subscribe_to_updates":false,"private":true,"password":"s3cret","uptime_percentage_style":true,"show_location_tooltip":false}"""),
        },
        ["updateStatusPage"] = new[] { Put("status-page/13", """{"title":"Renamed","monitors":[115990]}""") },
        ["deleteStatusPage"] = new[] { Delete("status-page/13") },
        ["createMaintenance"] = new[] { Post("status-page/13/maintenance", Maintenance) },
        ["updateMaintenance"] = new[] { Put("status-page/maintenance/8", Maintenance) },
        ["deleteMaintenance"] = new[] { Delete("status-page/maintenance/8") },
        ["listIncidents"] = new[] { Get("status-page/13/incidents") },
        ["createIncident"] = new[]
        {
            Post("status-page/13/incidents", """{"title":"API Degradation","update":{"status":"investigating","message":"Investigating increased error rates","date":"2026-04-12 14:30"}}"""),
            Post("status-page/13/incidents", """{"title":"No date","update":{"status":"exploring","message":"Looking"}}"""),
        },
        ["updateIncident"] = new[] { Put("status-page/incidents/30", """{"title":"API Degradation (EU only)"}""") },
        ["deleteIncident"] = new[] { Delete("status-page/incidents/30") },
        ["createIncidentUpdate"] = new[] { Post("incidents/30/incident-update", """{"status":"identified","message":"Root cause found","date":"2026-04-12 14:30:00"}""") },
        ["updateIncidentUpdate"] = new[] { Put("incidents/updates/57", """{"status":"resolved","message":"All good"}""") },
        ["deleteIncidentUpdate"] = new[] { Delete("incidents/updates/57") },
        ["listHeartbeats"] = new[] { Get("heartbeats") },
        ["createHeartbeat"] = new[] { Post("heartbeats", """{"name":"Nightly Backup","monitoring_interval":86400,"grace_period":3600,"alert_email":true,"alert_sms":false}"""), Post("heartbeats", """{"name":"Bare"}""") },
        ["getHeartbeat"] = new[] { Get("heartbeats/1") },
        ["updateHeartbeat"] = new[] { Put("heartbeats/1", """{"name":"Nightly Backup v2","grace_period":7200}"""), Put("heartbeats/1", "{}") },
        ["deleteHeartbeat"] = new[] { Delete("heartbeats/1") },
        ["listDomains"] = new[] { Get("domains") },
        ["createDomains"] = new[] { Post("domains", """{"domains":["example.org","api.example.org"]}""") },
        ["updateDomain"] = new[] { Put("domains/1", """{"alias":"Production","is_active":true,"disable_expired_alert":false,"disable_expiring_soon_alert":false}""") },
        ["deleteDomain"] = new[] { Delete("domains/1") },
    };

    public static IReadOnlyDictionary<string, ForbiddenBody> Forbidden { get; } = new Dictionary<string, ForbiddenBody>
    {
        ["createMonitors"] = new("""{"urls":[]}""", "urls"),
        ["updateMonitor"] = new("""{"uptime_check_frequency":"ten minutes"}""", "uptime_check_frequency"),
        ["createNotificationChannel"] = new("""{"email":5}""", "email"),
        ["createStatusPage"] = new("""{"title":"No monitors"}""", "monitors"),
        ["updateStatusPage"] = new("""{"title":"x","monitors":["115988"]}""", "monitors.0"),
        ["createMaintenance"] = new("""{"name":"x","monitors":[1],"date":{"starting":"2026-05-01","ending":"2026-05-01"},"time":{"starting":"02:00 AM","ending":"04:00 AM"}}""", "timezone"),
        ["updateMaintenance"] = new(Maintenance.Replace("\"offset\":-5,", string.Empty, StringComparison.Ordinal), "timezone.offset"),
        ["createIncident"] = new("""{"title":"x","update":{"status":"on fire","message":"m"}}""", "update.status"),
        ["updateIncident"] = new("""{"title":null}""", "title"),
        ["createIncidentUpdate"] = new("""{"status":"identified"}""", "message"),
        ["updateIncidentUpdate"] = new("""{"status":"identified","message":["m"]}""", "message"),
        ["createHeartbeat"] = new("""{"name":"n","monitoring_interval":0}""", "monitoring_interval"),
        ["updateHeartbeat"] = new("""{"grace_period":-1}""", "grace_period"),
        ["createDomains"] = new("""{"domains":[]}""", "domains"),
        ["updateDomain"] = new("""{"is_active":"yes"}""", "is_active"),
    };

    private static RawCall Get(string path) => new("GET", path);

    private static RawCall Post(string path, string body) => new("POST", path, body);

    private static RawCall Put(string path, string body) => new("PUT", path, body);

    private static RawCall Delete(string path) => new("DELETE", path);
}
