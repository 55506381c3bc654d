using PulseticGen.Generator.Naming;
using Xunit;

namespace PulseticGen.Generator.Tests;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("ssl_check", "SslCheck")]
    [InlineData("monitor-event-type", "MonitorEventType")]
    [InlineData("Notification Channels", "NotificationChannels")]
    [InlineData("listMonitorChecks", "ListMonitorChecks")]
    [InlineData("HTTPServer", "HttpServer")]
    [InlineData("URLPath", "UrlPath")]
    [InlineData("1day", "_1day")]
    [InlineData("7days", "_7days")]
    [InlineData("+1", "Plus1")]
    [InlineData("-1", "Minus1")]
    [InlineData("$ref", "Ref")]
    [InlineData("a.b.c", "ABC")]
    [InlineData("nodes[]", "Nodes")]
    [InlineData("repos/get", "ReposGet")]
    [InlineData("", "Value")]
    [InlineData("||", "OrOr")]
    [InlineData("&&", "AndAnd")]
    [InlineData("*", "Star")]
    [InlineData("ünïcode", "Ünïcode")]
    [InlineData("class", "Class")]
    public void PascalCase_makes_valid_readable_identifiers(string raw, string expected)
    {
        Assert.Equal(expected, Identifiers.ToPascalCase(raw));
    }

    [Theory]
    [InlineData("monitorId", "monitorId")]
    [InlineData("per_page", "perPage")]
    [InlineData("class", "@class")]
    [InlineData("event", "@event")]
    [InlineData("namespace", "@namespace")]
    [InlineData("value", "@value")]
    [InlineData("ID", "id")]
    [InlineData("URLPath", "urlPath")]
    [InlineData("2fa", "_2fa")]
    public void CamelCase_escapes_keywords(string raw, string expected)
    {
        Assert.Equal(expected, Identifiers.ToCamelCase(raw));
    }

    [Fact]
    public void Scope_suffixes_taken_names()
    {
        var scope = new NameScope(new[] { "Monitor" });
        Assert.Equal("Monitor2", scope.Reserve("Monitor"));
        Assert.Equal("Monitor3", scope.Reserve("Monitor"));
        Assert.Equal("Status", scope.Reserve("Status"));
    }

    [Fact]
    public void Case_insensitive_scope_separates_names_differing_only_in_case()
    {
        var scope = new NameScope(ignoreCase: true);
        Assert.Equal("V1", scope.Reserve("V1"));
        Assert.Equal("v12", scope.Reserve("v1"));
    }
}
