using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using NSwag.CodeGeneration.CSharp;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Emitting;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Parsing;

namespace PulseticGen.Benchmarks.Generation;

/// <summary>
/// Our pipeline phase by phase, against Microsoft.OpenApi's own parse (the baseline: we cannot be faster than the
/// parser we call) and NSwag's library doing the same job (read the spec, write a C# client).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Ours_ParseAndModel</c> is <see cref="SpecReader.Read"/>: parse, plus everything the reader does after it
/// (validation findings, locating them in the spec, building the model).</item>
/// <item><c>Ours_Model</c> is the model builder alone, over a document parsed once in setup.</item>
/// <item><c>Ours_Emit</c> is the emitter alone, over a model built once in setup.</item>
/// <item><c>Ours_Whole</c> is read then emit: what the generator does, without Roslyn around it.</item>
/// <item><c>Ours_LocateOneDiagnostic</c> is the spec locator's first lookup (see its remarks).</item>
/// </list>
/// </remarks>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(BenchmarkJobs.InProcess))]
public class PipelineBenchmarks
{
    private string _path = "";
    private string _text = "";
    private string _format = "";
    private SpecInput _input = null!;
    private OpenApiDocument _document = null!;
    private OpenApiSpecVersion _version;
    private SpecModel _model = null!;

    [ParamsSource(nameof(SpecNames))]
    public string Spec { get; set; } = "";

    public static IEnumerable<string> SpecNames => SpecFiles.Names;

    [GlobalSetup]
    public void Setup()
    {
        _path = SpecFiles.PathOf(Spec);
        _text = File.ReadAllText(_path);
        _format = SpecFiles.IsYaml(_path) ? "yaml" : "json";
        _input = new SpecInput(_path, _text, new SpecOptions(null, null, null));

        ReadResult parsed = Parse();
        _document = parsed.Document ?? throw new InvalidOperationException($"{Spec}: Microsoft.OpenApi read no document.");
        _version = parsed.Diagnostic?.SpecificationVersion ?? OpenApiSpecVersion.OpenApi3_1;

        // The model-only benchmark builds from the same document every time; that is only fair if building leaves the
        // document as it found it. Two builds must give equal models.
        SpecModel first = BuildModel() ?? throw new InvalidOperationException($"{Spec}: the model builder returned no model.");
        SpecModel second = BuildModel()!;
        if (!first.Equals(second))
        {
            throw new InvalidOperationException($"{Spec}: building the model twice from one document gave different models.");
        }

        _model = SpecReader.Read(_input, CancellationToken.None).Model
            ?? throw new InvalidOperationException($"{Spec}: SpecReader returned no model.");
    }

    [Benchmark(Baseline = true)]
    public OpenApiDocument? OpenApi_Parse() => Parse().Document;

    [Benchmark]
    public object Ours_ParseAndModel() => SpecReader.Read(_input, CancellationToken.None);

    [Benchmark]
    public object? Ours_Model() => BuildModel();

    [Benchmark]
    public int Ours_Emit() => EmittedLength(_model);

    [Benchmark]
    public int Ours_Whole() => EmittedLength(SpecReader.Read(_input, CancellationToken.None).Model!);

    /// <summary>
    /// What the first located diagnostic costs: <see cref="SpecLocator"/> re-reads the whole spec as a YAML node tree
    /// the first time any diagnostic (even an Info one) asks for a line. Part of <c>Ours_Model</c> whenever the model
    /// builder reports something; shown alone to make that visible.
    /// </summary>
    [Benchmark]
    public object Ours_LocateOneDiagnostic() => new SpecLocator(_path, _text).Locate("#/paths");

    [Benchmark]
    public async Task<int> NSwag_Whole() => (await GenerateWithNSwagAsync(_path, _text)).Length;

    /// <summary>NSwag's library with its default C# client settings (the same defaults as its CLI's openapi2csclient).</summary>
    internal static async Task<string> GenerateWithNSwagAsync(string path, string text)
    {
        NSwag.OpenApiDocument document = SpecFiles.IsYaml(path)
            ? await NSwag.OpenApiYamlDocument.FromYamlAsync(text, path)
            : await NSwag.OpenApiDocument.FromJsonAsync(text, path);
        var settings = new CSharpClientGeneratorSettings();
        settings.CSharpGeneratorSettings.Namespace = "NSwagBenchmark";
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }

    private ReadResult Parse()
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        return OpenApiDocument.Parse(_text, _format, settings);
    }

    // The locator SpecReader hands the model builder once the reader has accepted the text (as JSON, for a JSON spec).
    private SpecModel? BuildModel() =>
        new ModelBuilder(_document, _version, _input, new SpecLocator(_path, _text, parsedAsJson: _format == "json"), new List<DiagnosticInfo>(), CancellationToken.None).Build();

    private static int EmittedLength(SpecModel model) => SpecEmitter.Emit(model).Sum(file => file.Source.Length);
}
