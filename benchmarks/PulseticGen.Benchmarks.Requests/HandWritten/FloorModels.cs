using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PulseticGen.Benchmarks.Requests.HandWritten;

// The models a careful developer writes by hand for the three calls measured: every field the payloads carry, in
// plain .NET types, with three small converters for the fields Pulsetic sends in two shapes. The Refit client uses
// them too. Enums stay strings: the spec says the lists may be incomplete.

public sealed class MonitorPage
{
    [JsonPropertyName("current_page")] public int CurrentPage { get; set; }
    [JsonPropertyName("last_page")] public int LastPage { get; set; }
    [JsonPropertyName("data")] public List<Monitor> Data { get; set; } = new();
    [JsonPropertyName("per_page")] public int? PerPage { get; set; }
    [JsonPropertyName("total")] public int? Total { get; set; }
    [JsonPropertyName("from")] public int? From { get; set; }
    [JsonPropertyName("to")] public int? To { get; set; }
}

public sealed class MonitorResponse
{
    [JsonPropertyName("data")] public Monitor Data { get; set; } = null!;
}

public sealed class CreateMonitorsRequest
{
    [JsonPropertyName("urls")] public List<string> Urls { get; set; } = new();

    [JsonPropertyName("add_account_email")] public bool? AddAccountEmail { get; set; }
}

public sealed class NameValuePair
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("value")] public string Value { get; set; } = "";
}

public sealed class Monitor
{
    [JsonPropertyName("id")] public long Id { get; set; }
    [JsonPropertyName("latest_check_id")] public long? LatestCheckId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("url")] public string Url { get; set; } = "";
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("ssl_certificate_state")] public string? SslCertificateState { get; set; }
    [JsonPropertyName("ssl_check"), JsonConverter(typeof(BooleanOrBitConverter))] public bool? SslCheck { get; set; }
    [JsonPropertyName("ip")] public string? Ip { get; set; }
    [JsonPropertyName("latitude")] public double? Latitude { get; set; }
    [JsonPropertyName("longitude")] public double? Longitude { get; set; }
    [JsonPropertyName("is_running")] public bool? IsRunning { get; set; }
    [JsonPropertyName("is_negative"), JsonConverter(typeof(BooleanOrBitConverter))] public bool? IsNegative { get; set; }
    [JsonPropertyName("uptime_check_frequency")] public long? UptimeCheckFrequency { get; set; }
    [JsonPropertyName("offline_notification_delay")] public long? OfflineNotificationDelay { get; set; }
    [JsonPropertyName("request_type")] public string? RequestType { get; set; }
    [JsonPropertyName("tcp_ports")] public string? TcpPorts { get; set; }
    [JsonPropertyName("request_method")] public string? RequestMethod { get; set; }
    [JsonPropertyName("request_body_type")] public string? RequestBodyType { get; set; }
    [JsonPropertyName("request_body_raw")] public string? RequestBodyRaw { get; set; }
    [JsonPropertyName("request_body_json")] public string? RequestBodyJson { get; set; }
    [JsonPropertyName("request_body_form_params")] public List<NameValuePair>? RequestBodyFormParams { get; set; }
    [JsonPropertyName("request_headers")] public List<NameValuePair>? RequestHeaders { get; set; }
    [JsonPropertyName("request_timeout")] public double? RequestTimeout { get; set; }
    [JsonPropertyName("response_body")] public string? ResponseBody { get; set; }
    [JsonPropertyName("response_code")] public string? ResponseCode { get; set; }
    [JsonPropertyName("response_headers")] public List<NameValuePair>? ResponseHeaders { get; set; }
    [JsonPropertyName("response_expected_code")] public string? ResponseExpectedCode { get; set; }
    [JsonPropertyName("snapshots_average_uptime"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? SnapshotsAverageUptime { get; set; }
    [JsonPropertyName("uptime")] public double? Uptime { get; set; }
    [JsonPropertyName("response_time")] public double? ResponseTime { get; set; }
    [JsonPropertyName("lighthouse_audit_enabled")] public bool? LighthouseAuditEnabled { get; set; }
    [JsonPropertyName("mobile_performance_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? MobilePerformanceScore { get; set; }
    [JsonPropertyName("mobile_seo_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? MobileSeoScore { get; set; }
    [JsonPropertyName("mobile_pwa_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? MobilePwaScore { get; set; }
    [JsonPropertyName("mobile_accessibility_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? MobileAccessibilityScore { get; set; }
    [JsonPropertyName("mobile_best_practices_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? MobileBestPracticesScore { get; set; }
    [JsonPropertyName("desktop_performance_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? DesktopPerformanceScore { get; set; }
    [JsonPropertyName("desktop_seo_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? DesktopSeoScore { get; set; }
    [JsonPropertyName("desktop_pwa_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? DesktopPwaScore { get; set; }
    [JsonPropertyName("desktop_accessibility_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? DesktopAccessibilityScore { get; set; }
    [JsonPropertyName("desktop_best_practices_score"), JsonConverter(typeof(NumberOrNumericStringConverter))] public double? DesktopBestPracticesScore { get; set; }
    [JsonPropertyName("total_checks")] public long? TotalChecks { get; set; }
    [JsonPropertyName("unpaid_checks")] public long? UnpaidChecks { get; set; }
    [JsonPropertyName("billed_checks")] public long? BilledChecks { get; set; }
    [JsonPropertyName("telegram_hash")] public string? TelegramHash { get; set; }
    [JsonPropertyName("checked_at"), JsonConverter(typeof(IsoOrUnixTimeConverter))] public DateTimeOffset? CheckedAt { get; set; }
    [JsonPropertyName("position")] public long? Position { get; set; }
    [JsonPropertyName("disabled"), JsonConverter(typeof(BooleanOrBitConverter))] public bool? Disabled { get; set; }
    [JsonPropertyName("status_changed_at")] public DateTimeOffset? StatusChangedAt { get; set; }
    [JsonPropertyName("fast_checked")] public long? FastChecked { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("deleted_at")] public DateTimeOffset? DeletedAt { get; set; }
    [JsonPropertyName("ssl_certificate")] public SslCertificate? SslCertificate { get; set; }
    [JsonPropertyName("nodes")] public List<MonitorNode>? Nodes { get; set; }
}

public sealed class SslCertificate
{
    [JsonPropertyName("id")] public long? Id { get; set; }
    [JsonPropertyName("monitor_id")] public long? MonitorId { get; set; }
    [JsonPropertyName("domain")] public string? Domain { get; set; }
    [JsonPropertyName("issued_by")] public string? IssuedBy { get; set; }
    [JsonPropertyName("signature_algorithm")] public string? SignatureAlgorithm { get; set; }
    [JsonPropertyName("is_valid"), JsonConverter(typeof(BooleanOrBitConverter))] public bool? IsValid { get; set; }
    [JsonPropertyName("expires_at"), JsonConverter(typeof(IsoOrUnixTimeConverter))] public DateTimeOffset? ExpiresAt { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
}

public sealed class MonitorNode
{
    [JsonPropertyName("id")] public long? Id { get; set; }
    [JsonPropertyName("ip")] public string? Ip { get; set; }
    [JsonPropertyName("location")] public string? Location { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("continent")] public string? Continent { get; set; }
    [JsonPropertyName("latitude")] public double? Latitude { get; set; }
    [JsonPropertyName("longitude")] public double? Longitude { get; set; }
    [JsonPropertyName("available")] public long? Available { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("uptime")] public double? Uptime { get; set; }
    [JsonPropertyName("average_response_time")] public double? AverageResponseTime { get; set; }
    [JsonPropertyName("latest_check")] public string? LatestCheck { get; set; }
    [JsonPropertyName("active")] public bool? Active { get; set; }
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MonitorPage))]
[JsonSerializable(typeof(MonitorResponse))]
[JsonSerializable(typeof(List<Monitor>))]
[JsonSerializable(typeof(CreateMonitorsRequest))]
public sealed partial class FloorJsonContext : JsonSerializerContext;
