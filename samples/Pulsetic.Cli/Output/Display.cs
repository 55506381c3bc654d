using System;
using System.Globalization;
using Spectre.Console;

namespace Pulsetic.Cli.Output;

/// <summary>
/// How values look in tables. Every method returns markup with the API's text escaped, so a monitor named
/// <c>[red]</c> prints as itself.
/// </summary>
internal static class Display
{
    public const string Missing = "[grey]–[/]";

    public static string Text(string? value) => string.IsNullOrEmpty(value) ? Missing : Markup.Escape(value);

    public static string Id(long? value) => value is { } id ? id.ToString(CultureInfo.InvariantCulture) : Missing;

    public static string Number(long? value) => value is { } number ? number.ToString("N0", CultureInfo.InvariantCulture) : Missing;

    /// <summary>Pulsetic reports response times in seconds; people read milliseconds.</summary>
    public static string ResponseTime(double? seconds) => seconds switch
    {
        null => Missing,
        < 1 => (seconds.Value * 1000).ToString("0", CultureInfo.InvariantCulture) + " ms",
        _ => seconds.Value.ToString("0.00", CultureInfo.InvariantCulture) + " s",
    };

    public static string Percent(double? value) =>
        value is { } percent ? percent.ToString("0.00", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>Uptime coloured by how worrying it is: green from 99.9%, yellow from 99%, red below.</summary>
    public static string Uptime(double? value) => value switch
    {
        null => Missing,
        >= 99.9 => $"[green]{Percent(value)}[/]",
        >= 99 => $"[yellow]{Percent(value)}[/]",
        _ => $"[red]{Percent(value)}[/]",
    };

    // Set once per run from the environment (TZ, else the machine's zone); async-local so that runs in one process
    // (the tests) each keep their own.
    private static readonly System.Threading.AsyncLocal<TimeZoneInfo?> s_zone = new();

    /// <summary>The zone tables show times in; <c>--json</c> output is always UTC.</summary>
    public static TimeZoneInfo Zone
    {
        get => s_zone.Value ?? TimeZoneInfo.Local;
        set => s_zone.Value = value;
    }

    /// <summary>A time in <see cref="Zone"/> with its offset, so a pasted row still says which instant it was: <c>2026-03-14 11:00 +01:00</c>.</summary>
    public static string Time(DateTimeOffset? value) =>
        value is { } time ? TimeZoneInfo.ConvertTime(time, Zone).ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture) : Missing;

    public static string Flag(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => Missing,
    };

    public static string Status(MonitorStatus? status) => status?.Value switch
    {
        null or "" => Missing,
        "online" => "[green]● online[/]",
        "offline" => "[red]● offline[/]",
        { } other => Markup.Escape(other),
    };

    public static string Status(IncidentStatus? status) => status?.Value switch
    {
        null or "" => Missing,
        "resolved" => "[green]resolved[/]",
        "monitoring" => "[blue]monitoring[/]",
        { } other => $"[yellow]{Markup.Escape(other)}[/]",
    };

    /// <summary><c>1h 02m 05s</c>; <c>0s</c> for none.</summary>
    public static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Max(0, Math.Round(seconds)));
        if (span.TotalDays >= 1)
        {
            return $"{(int)span.TotalDays}d {span.Hours:00}h {span.Minutes:00}m";
        }

        if (span.TotalHours >= 1)
        {
            return $"{span.Hours}h {span.Minutes:00}m {span.Seconds:00}s";
        }

        return span.TotalMinutes >= 1 ? $"{span.Minutes}m {span.Seconds:00}s" : $"{span.Seconds}s";
    }

    /// <summary>The table style every list uses, so all commands look alike.</summary>
    public static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Rounded).BorderColor(Color.Grey);
        foreach (string column in columns)
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(column)}[/]"));
        }

        return table;
    }

    /// <summary>A two-column property sheet for one resource (<c>monitors get</c>).</summary>
    public static Grid NewSheet()
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(2));
        grid.AddColumn();
        return grid;
    }

    /// <summary>Says so under the headers when a list is empty, rather than leaving a bare header row.</summary>
    public static Table CaptionIfEmpty(this Table table, int count, string message) =>
        count == 0 ? table.Caption($"[grey]{Markup.Escape(message)}[/]") : table;

    public static Grid Row(this Grid sheet, string label, string valueMarkup)
    {
        sheet.AddRow($"[grey]{Markup.Escape(label)}[/]", valueMarkup);
        return sheet;
    }
}
