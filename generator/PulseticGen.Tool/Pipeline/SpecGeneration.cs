using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Emitting;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Parsing;

namespace PulseticGen.Tool.Pipeline;

/// <summary>One generated source, named by its hint name as in a build (<c>Pulsetic.PulseticClient.Client.g.cs</c>).</summary>
internal sealed record GeneratedFile(string HintName, string Source)
{
    public int LineCount
    {
        get
        {
            int lines = Source.AsSpan().Count('\n');
            return Source.Length > 0 && Source[Source.Length - 1] != '\n' ? lines + 1 : lines;
        }
    }
}

/// <summary>What the generator made of one spec: the model (null when nothing could be generated), its diagnostics and files.</summary>
internal sealed record SpecGeneration(
    SpecModel? Model,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<GeneratedFile> Files,
    TimeSpan ReadTime,
    TimeSpan EmitTime)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    public int OperationCount => Model is null ? 0 : Model.Groups.Sum(group => group.Operations.Count);

    public int TypeCount => Model?.Types.Count ?? 0;

    /// <summary>
    /// Runs the generator's own read → model → emit pipeline on <paramref name="input"/>, as its
    /// <c>RegisterSourceOutput</c> step does for a spec in a build: the same files, the same diagnostics, and on an
    /// emitter failure the same PGEN012 and no files at all.
    /// </summary>
    public static SpecGeneration Run(SpecInput input, CancellationToken cancellationToken)
    {
        Stopwatch clock = Stopwatch.StartNew();
        SpecResult result = SpecReader.Read(input, cancellationToken);
        TimeSpan readTime = clock.Elapsed;

        var diagnostics = result.Diagnostics.Select(info => info.ToDiagnostic()).ToList();
        if (result.Model is not { } model)
        {
            return new SpecGeneration(null, diagnostics.ToImmutableArray(), ImmutableArray<GeneratedFile>.Empty, readTime, TimeSpan.Zero);
        }

        clock.Restart();
        var files = new List<GeneratedFile>();
        try
        {
            foreach ((string hintName, string source) in SpecEmitter.Emit(model))
            {
                cancellationToken.ThrowIfCancellationRequested();
                files.Add(new GeneratedFile(hintName, source));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticDescriptors.InternalError,
                Location.None,
                model.Title,
                exception.GetType().Name,
                exception.Message.Replace('\n', ' ')));
            files.Clear();
        }

        return new SpecGeneration(model, diagnostics.ToImmutableArray(), files.ToImmutableArray(), readTime, clock.Elapsed);
    }
}
