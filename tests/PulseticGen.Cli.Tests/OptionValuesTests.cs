using System;
using Pulsetic.Cli.Commands;
using Xunit;

namespace PulseticGen.Cli.Tests;

public sealed class OptionValuesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-03-01 08:30:00", "2026-03-01 08:30:00")]
    [InlineData("2026-03-01", "2026-03-01 00:00:00")]
    [InlineData("2026-03-01T08:30:00+02:00", "2026-03-01 06:30:00")]
    [InlineData("24h", "2026-03-09 12:00:00")]
    [InlineData("7d", "2026-03-03 12:00:00")]
    [InlineData("90m", "2026-03-10 10:30:00")]
    public void Query_times_are_read_as_UTC_instants(string input, string expectedUtc)
    {
        Assert.True(OptionValues.TryParseQueryTime(input, Now, out DateTimeOffset time));
        Assert.Equal(TimeSpan.Zero, time.Offset);
        Assert.Equal(expectedUtc, time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("03/01/2026")]
    [InlineData("5y")]
    [InlineData("h")]
    public void Unreadable_times_are_refused(string input)
    {
        Assert.False(OptionValues.TryParseQueryTime(input, Now, out _));
    }

    [Theory]
    [InlineData("02:00", "02:00 AM")]
    [InlineData("14:30", "02:30 PM")]
    [InlineData("2:05 pm", "02:05 PM")]
    [InlineData("12:00 AM", "12:00 AM")]
    public void Maintenance_times_become_twelve_hour_clock_times(string input, string expected)
    {
        Assert.True(OptionValues.TryParseTimeOfDay(input, out string apiValue));
        Assert.Equal(expected, apiValue);
    }

    [Fact]
    public void An_open_enum_value_outside_the_spec_is_a_usage_error_naming_the_choices()
    {
        Spectre.Console.ValidationResult result = OptionValues.OneOf("--type", "ftp", ["http", "tcp", "icmp"]);

        Assert.False(result.Successful);
        Assert.Equal("--type must be one of: http, tcp, icmp (got 'ftp').", result.Message);
    }
}
