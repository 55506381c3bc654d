using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Microsoft.CodeAnalysis;

namespace PulseticGen.Tool.Reporting;

/// <summary>
/// Writes diagnostics in the compiler's canonical form, <c>path(line,col): severity ID: message</c>, which editors,
/// terminals and CI log parsers already turn into links.
/// </summary>
internal static class DiagnosticText
{
    /// <summary>Past this many, a broken client's thousand identical errors would bury the summary.</summary>
    private const int MaxListed = 100;

    /// <param name="fallbackPath">The file to name when the diagnostic has no location (the spec being read).</param>
    public static string Format(Diagnostic diagnostic, string fallbackPath)
    {
        string severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "info",
            _ => "hidden",
        };
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);

        if (diagnostic.Location == Location.None)
        {
            return $"{fallbackPath}: {severity} {diagnostic.Id}: {message}";
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        string path = string.IsNullOrEmpty(span.Path) ? fallbackPath : span.Path;
        int line = span.StartLinePosition.Line + 1;
        int column = span.StartLinePosition.Character + 1;
        return string.Create(CultureInfo.InvariantCulture, $"{path}({line},{column}): {severity} {diagnostic.Id}: {message}");
    }

    public static void WriteAll(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string fallbackPath)
    {
        for (int i = 0; i < diagnostics.Count && i < MaxListed; i++)
        {
            writer.WriteLine(Format(diagnostics[i], fallbackPath));
        }

        if (diagnostics.Count > MaxListed)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {diagnostics.Count - MaxListed:N0} more diagnostics"));
        }
    }

    /// <summary><c>2 errors, 1 warning, 0 info</c>.</summary>
    public static string Counts(IEnumerable<Diagnostic> diagnostics, bool withInfo)
    {
        int errors = 0, warnings = 0, infos = 0;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            switch (diagnostic.Severity)
            {
                case DiagnosticSeverity.Error: errors++; break;
                case DiagnosticSeverity.Warning: warnings++; break;
                case DiagnosticSeverity.Info: infos++; break;
            }
        }

        string counts = $"{Plural(errors, "error")}, {Plural(warnings, "warning")}";
        return withInfo ? $"{counts}, {infos.ToString(CultureInfo.InvariantCulture)} info" : counts;
    }

    public static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
