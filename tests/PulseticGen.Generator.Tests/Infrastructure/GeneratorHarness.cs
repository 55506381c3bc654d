using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PulseticGen.Generator.Tests.Infrastructure;

/// <summary>A spec to generate from, with the item metadata a user would set on it.</summary>
internal sealed record SpecFile(string Path, string Text, string? ClientName = null, string? Namespace = null, string? Visibility = null, bool Marked = true)
{
    /// <summary>Other item metadata, by name without the PulseticGen prefix (IncludeTags, TrimSchemas, …).</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Metadata()
    {
        var metadata = new Dictionary<string, string>();
        if (Marked)
        {
            metadata["build_metadata.AdditionalFiles.PulseticGenSpec"] = "true";
        }

        if (ClientName is not null)
        {
            metadata["build_metadata.AdditionalFiles.PulseticGenClientName"] = ClientName;
        }

        if (Namespace is not null)
        {
            metadata["build_metadata.AdditionalFiles.PulseticGenNamespace"] = Namespace;
        }

        if (Visibility is not null)
        {
            metadata["build_metadata.AdditionalFiles.PulseticGenVisibility"] = Visibility;
        }

        foreach (KeyValuePair<string, string> option in Extra)
        {
            metadata["build_metadata.AdditionalFiles.PulseticGen" + option.Key] = option.Value;
        }

        return metadata;
    }
}

/// <summary>What one generator run produced: files, generator diagnostics, and the compiled result.</summary>
internal sealed record GenerationResult(
    ImmutableArray<(string HintName, string Source)> Files,
    ImmutableArray<Diagnostic> GeneratorDiagnostics,
    ImmutableArray<Diagnostic> CompilationDiagnostics,
    Compilation OutputCompilation)
{
    public string File(string hintSuffix) =>
        Files.Single(file => file.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).Source;

    public string AllSource => string.Join("\n", Files.Select(file => file.Source));

    /// <summary>Compiler diagnostics at Warning or above: generated code must have none, with warnings as errors.</summary>
    public IEnumerable<Diagnostic> CompileProblems =>
        CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !IsUndocumentedTestCode(d));

    // The tests' own snippets (User.cs) are not what a user gets, so they need no doc comments.
    private static bool IsUndocumentedTestCode(Diagnostic diagnostic) =>
        diagnostic.Id == "CS1591" && diagnostic.Location.SourceTree?.FilePath == "User.cs";
}

/// <summary>
/// Runs the generator in memory and compiles its output with .NET 10 reference assemblies and the runtime, with
/// nullable on and every warning reported, so tests see exactly what a user's build would.
/// </summary>
internal static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(PulseticGen.Runtime.ApiException).Assembly.Location))
            .ToImmutableArray());

    public static string PulseticSpecPath => Path.Combine(AppContext.BaseDirectory, "Specs", "pulsetic.openapi.yaml");

    public static string PulseticSpec => System.IO.File.ReadAllText(PulseticSpecPath);

    public static GenerationResult Run(string specText, string path = "/specs/api.yaml", string? userCode = null, LanguageVersion languageVersion = LanguageVersion.CSharp12) =>
        Run(new[] { new SpecFile(path, specText) }, userCode, languageVersion);

    public static GenerationResult Run(IReadOnlyList<SpecFile> specs, string? userCode = null, LanguageVersion languageVersion = LanguageVersion.CSharp12)
    {
        CSharpGeneratorDriver driver = CreateDriver(specs, languageVersion);
        CSharpCompilation compilation = CreateCompilation(userCode, languageVersion);
        GeneratorDriver ran = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        GeneratorDriverRunResult run = ran.GetRunResult();
        ImmutableArray<(string, string)> files = run.Results
            .SelectMany(result => result.GeneratedSources)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
        return new GenerationResult(files, generatorDiagnostics, output.GetDiagnostics(), output);
    }

    /// <summary>Generates without compiling the output (for timing the generator alone).</summary>
    public static GenerationResult Generate(IReadOnlyList<SpecFile> specs)
    {
        GeneratorDriver ran = CreateDriver(specs).RunGenerators(CreateCompilation());
        GeneratorDriverRunResult run = ran.GetRunResult();
        ImmutableArray<(string, string)> files = run.Results
            .SelectMany(result => result.GeneratedSources)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
        return new GenerationResult(files, run.Diagnostics, ImmutableArray<Diagnostic>.Empty, CreateCompilation());
    }

    public static CSharpGeneratorDriver CreateDriver(IReadOnlyList<SpecFile> specs, LanguageVersion languageVersion = LanguageVersion.CSharp12, bool trackSteps = false) =>
        CreateDriver(specs, out _, languageVersion, trackSteps);

    /// <summary>Also hands back the additional texts, which a test needs to replace one of them in a later run.</summary>
    public static CSharpGeneratorDriver CreateDriver(IReadOnlyList<SpecFile> specs, out ImmutableArray<AdditionalText> texts, LanguageVersion languageVersion = LanguageVersion.CSharp12, bool trackSteps = false)
    {
        var options = new TestOptionsProvider(specs.ToDictionary(spec => spec.Path, spec => spec.Metadata()));
        texts = specs.Select(spec => (AdditionalText)new InMemoryAdditionalText(spec.Path, spec.Text)).ToImmutableArray();
        return CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            texts,
            ParseOptions(languageVersion),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>
    /// Doc comments are checked as in a project with <c>GenerateDocumentationFile</c> (CS1591 for a public member
    /// without docs, CS1570 for malformed XML): many users build that way with warnings as errors.
    /// </summary>
    private static CSharpParseOptions ParseOptions(LanguageVersion languageVersion) =>
        new(languageVersion, DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(string? userCode = null, LanguageVersion languageVersion = LanguageVersion.CSharp12)
    {
        CSharpParseOptions parseOptions = ParseOptions(languageVersion);
        SyntaxTree[] trees = userCode is null ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(userCode, parseOptions, "User.cs") };
        return CSharpCompilation.Create(
            "GeneratedClientTests",
            trees,
            s_references.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Default,
                warningLevel: 9999,
                deterministic: true,
                // The SDK passes /nowarn:1701,1702 to every build: these only say that a reference assembly's
                // version is being unified, which is how the runtime (built for net8.0) binds on .NET 10.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
    }
}
