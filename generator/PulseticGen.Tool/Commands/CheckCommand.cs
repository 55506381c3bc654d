using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using PulseticGen.Generator.Model;
using PulseticGen.Tool.Pipeline;
using PulseticGen.Tool.Reporting;

namespace PulseticGen.Tool.Commands;

/// <summary>
/// <c>pulseticgen check &lt;spec&gt;</c>: generates and compiles in memory, so a spec can be tried before it goes into
/// a project, and the generator can be tried on a corpus of specs without writing a file.
/// </summary>
/// <remarks>
/// Sample report:
/// <code>
/// Checked specs/pulsetic.openapi.yaml
///   operations     36
///   types          54
///   files          65 (4,755 lines)
///   parse + model  148 ms
///   emit           17 ms
///   compile        1,627 ms
///   generator      0 errors, 0 warnings, 0 info
///   compiler       0 errors, 0 warnings
/// OK: the generated client compiles with no errors and no warnings.
/// </code>
/// </remarks>
internal static class CheckCommand
{
    public static int Run(SpecInput input, TextWriter stdout, CancellationToken cancellationToken)
    {
        SpecGeneration generation = SpecGeneration.Run(input, cancellationToken);
        DiagnosticText.WriteAll(stdout, generation.Diagnostics, input.Path);

        CompileResult? compiled = generation.Files.IsEmpty ? null : OutputCompilation.Compile(generation.Files, cancellationToken);
        if (compiled is not null)
        {
            DiagnosticText.WriteAll(stdout, compiled.Diagnostics, input.Path);
        }

        stdout.WriteLine($"Checked {input.Path}");
        Row(stdout, "operations", Number(generation.OperationCount));
        Row(stdout, "types", Number(generation.TypeCount));
        Row(stdout, "files", $"{Number(generation.Files.Length)} ({DiagnosticText.Plural(generation.Files.Sum(file => file.LineCount), "line")})");
        Row(stdout, "parse + model", Milliseconds(generation.ReadTime));
        Row(stdout, "emit", generation.Model is null ? "-" : Milliseconds(generation.EmitTime));
        Row(stdout, "compile", compiled is null ? "-" : Milliseconds(compiled.Time));
        Row(stdout, "generator", DiagnosticText.Counts(generation.Diagnostics, withInfo: true));
        Row(stdout, "compiler", compiled is null ? "not run: nothing was generated" : DiagnosticText.Counts(compiled.Diagnostics, withInfo: false));

        if (compiled is null || generation.HasErrors)
        {
            stdout.WriteLine("FAILED: the generator reported an error.");
            return ExitCodes.Failed;
        }

        if (compiled.ErrorCount > 0 || compiled.WarningCount > 0)
        {
            stdout.WriteLine("FAILED: the generated client does not compile cleanly (a build with warnings as errors would fail).");
            return ExitCodes.Failed;
        }

        stdout.WriteLine("OK: the generated client compiles with no errors and no warnings.");
        return ExitCodes.Success;
    }

    private static void Row(TextWriter writer, string label, string value) => writer.WriteLine($"  {label,-14} {value}");

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms";
}
