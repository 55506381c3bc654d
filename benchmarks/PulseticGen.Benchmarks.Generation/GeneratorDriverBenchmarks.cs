using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PulseticGen.Generator;

namespace PulseticGen.Benchmarks.Generation;

/// <summary>
/// The whole generator as the compiler runs it: Roslyn's driver, the spec as an AdditionalFiles item with the
/// metadata the package's targets set, and the generated sources parsed into syntax trees.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(BenchmarkJobs.InProcess))]
public class GeneratorDriverBenchmarks
{
    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    private ImmutableArray<AdditionalText> _specs;
    private SpecOptionsProvider _options = null!;
    private Compilation _compilation = null!;
    private Compilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;

    [Params("pulsetic", "github")]
    public string Spec { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        string path = SpecFiles.PathOf(Spec);
        _specs = ImmutableArray.Create<AdditionalText>(new SpecText(path, File.ReadAllText(path)));
        _options = new SpecOptionsProvider(path);

        SyntaxTree program = CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { } }", s_parseOptions);
        _compilation = CSharpCompilation.Create("Consumer", new[] { program }, options: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            program,
            CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Program { private static int s_edited; } }", s_parseOptions));

        _warmDriver = CreateDriver().RunGenerators(_compilation);
    }

    /// <summary>A first build: nothing cached.</summary>
    [Benchmark]
    public GeneratorDriverRunResult Driver_FirstRun() => CreateDriver().RunGenerators(_compilation).GetRunResult();

    /// <summary>An edit to a .cs file after a first build: every step of ours should come from the cache.</summary>
    [Benchmark]
    public GeneratorDriverRunResult Driver_RerunAfterCodeEdit() => _warmDriver.RunGenerators(_editedCompilation).GetRunResult();

    private GeneratorDriver CreateDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            _specs,
            s_parseOptions,
            _options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private sealed class SpecText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>What PulseticGen.targets turns an OpenApiSpec item into: one metadata value marking the spec.</summary>
    private sealed class SpecOptionsProvider(string specPath) : AnalyzerConfigOptionsProvider
    {
        private static readonly AnalyzerConfigOptions s_none = new Options(new Dictionary<string, string>());
        private readonly AnalyzerConfigOptions _spec = new Options(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.PulseticGenSpec"] = "true",
        });

        public override AnalyzerConfigOptions GlobalOptions => s_none;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => s_none;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path == specPath ? _spec : s_none;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            values.TryGetValue(key, out value);
    }
}
