using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PulseticGen.Generator;

namespace PulseticGen.Tool.Tests.Infrastructure;

/// <summary>
/// Runs the source generator the way a build does, through a <see cref="GeneratorDriver"/> with the spec as an
/// AdditionalFile and its options as item metadata, so the tool's output can be compared with a build's.
/// </summary>
internal static class BuildGeneration
{
    /// <param name="metadata">Item metadata without the prefix, e.g. <c>PulseticGenNamespace</c>.</param>
    public static ImmutableArray<(string HintName, string Source)> Run(string specPath, IReadOnlyDictionary<string, string> metadata)
    {
        var options = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.PulseticGenSpec"] = "true" };
        foreach (KeyValuePair<string, string> item in metadata)
        {
            options["build_metadata.AdditionalFiles." + item.Key] = item.Value;
        }

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            new AdditionalText[] { new SpecFileText(specPath) },
            new CSharpParseOptions(LanguageVersion.CSharp14),
            new ItemMetadata(options));

        GeneratorDriverRunResult result = driver.RunGenerators(CSharpCompilation.Create("Build")).GetRunResult();
        return result.Results
            .SelectMany(generator => generator.GeneratedSources)
            .Select(source => (source.HintName, source.SourceText.ToString()))
            .ToImmutableArray();
    }

    private sealed class SpecFileText(string path) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using FileStream stream = File.OpenRead(path);
            return SourceText.From(stream);
        }
    }

    private sealed class ItemMetadata(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(values);

        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
