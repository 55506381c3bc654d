using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PulseticGen.Tool.Pipeline;

/// <summary>The compiler's verdict on a generated client, and how long it took.</summary>
internal sealed record CompileResult(ImmutableArray<Diagnostic> Diagnostics, TimeSpan Time)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}

/// <summary>
/// Compiles generated files in memory the way a net10.0 project would: .NET 10 reference assemblies plus
/// PulseticGen.Runtime, the SDK's default C# version, nullable enabled, every warning wave on.
/// </summary>
internal static class OutputCompilation
{
    // The runtime's DLL sits beside the tool: the native (AOT) tool has no assembly file to ask for its location.
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "PulseticGen.Runtime.dll")))
            .ToImmutableArray());

    // C# 14 is what the .NET 10 SDK gives a net10.0 project that does not set LangVersion.
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.CSharp14, DocumentationMode.Diagnose);

    private static readonly CSharpCompilationOptions s_compilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        warningLevel: 9999,
        deterministic: true,
        // The SDK passes /nowarn:1701,1702 to every build: they only say that a reference's version is unified,
        // which is how the runtime (built for net8.0) binds against .NET 10.
        specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
        {
            ["CS1701"] = ReportDiagnostic.Suppress,
            ["CS1702"] = ReportDiagnostic.Suppress,
        });

    /// <summary>
    /// Emits the assembly (into memory, then discarded) rather than only asking for diagnostics, so problems found
    /// only while writing IL are reported too. Hidden diagnostics are left out; the rest are sorted by file and position.
    /// </summary>
    public static CompileResult Compile(IEnumerable<GeneratedFile> files, CancellationToken cancellationToken)
    {
        Stopwatch clock = Stopwatch.StartNew();
        SyntaxTree[] trees = files
            .Select(file => CSharpSyntaxTree.ParseText(file.Source, s_parseOptions, file.HintName, Encoding.UTF8, cancellationToken))
            .ToArray();
        CSharpCompilation compilation = CSharpCompilation.Create("PulseticGenCheck", trees, s_references.Value, s_compilationOptions);

        using var image = new MemoryStream();
        ImmutableArray<Diagnostic> diagnostics = compilation.Emit(image, cancellationToken: cancellationToken).Diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new CompileResult(diagnostics, clock.Elapsed);
    }
}
