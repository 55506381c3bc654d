using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Emitting;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Parsing;

namespace PulseticGen.Generator
{
    /// <summary>
    /// Generates a typed HTTP client from each OpenAPI spec in AdditionalFiles whose item is marked
    /// <c>PulseticGenSpec="true"</c> (the package's <c>OpenApiSpec</c> item does this).
    /// </summary>
    /// <remarks>
    /// Pipeline: spec file → <see cref="SpecInput"/> (text + item options) → <see cref="SpecResult"/> (equatable model +
    /// diagnostics) → C#. Each spec flows on its own, so editing one spec, or any .cs file, re-runs nothing else.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class OpenApiClientGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps, for incremental tests.</summary>
        public static class TrackingNames
        {
            /// <summary>Spec files with their options.</summary>
            public const string Inputs = nameof(Inputs);

            /// <summary>Parsed models and diagnostics.</summary>
            public const string Results = nameof(Results);

            /// <summary>The diagnostics found while reading each spec, reported from their own output.</summary>
            public const string Diagnostics = nameof(Diagnostics);

            /// <summary>Models combined with the project's C# version.</summary>
            public const string WithLanguageVersion = nameof(WithLanguageVersion);
        }


        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<(AdditionalText File, AnalyzerConfigOptions Options)> files = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => (pair.Left, pair.Right.GetOptions(pair.Left)));

            // Overlays are gathered once; each spec then keeps only its own, so editing one overlay re-reads one spec.
            IncrementalValueProvider<ImmutableArray<OverlayText>> overlays = files
                .Select(static (file, cancellationToken) => SpecItems.ToOverlay(file.File, file.Options, cancellationToken))
                .Where(static overlay => overlay is not null)
                .Collect()!;

            // Parts of specs split over several files, gathered like overlays; each spec keeps the ones its $refs reach.
            IncrementalValueProvider<ImmutableArray<PartText>> parts = files
                .Select(static (file, cancellationToken) => SpecItems.ToPart(file.File, file.Options, cancellationToken))
                .Where(static part => part is not null)
                .Collect()!;

            IncrementalValuesProvider<SpecInput> inputs = files
                .Select(static (file, cancellationToken) => SpecItems.ToInput(file.File, file.Options, cancellationToken))
                .Where(static input => input is not null)
                .Combine(overlays)
                .Select(static (pair, _) => SpecItems.WithOverlays(pair.Left!, pair.Right))
                .Combine(parts)
                .Select(static (pair, _) => SpecParts.Attach(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Inputs);

            IncrementalValuesProvider<SpecResult> results = inputs
                .Select(static (input, cancellationToken) => SpecReader.Read(input, cancellationToken))
                .WithTrackingName(TrackingNames.Results);

            // Only the language version is taken from the compilation's options: nothing else about the project
            // matters, and combining with more would re-run emit on every keystroke.
            IncrementalValueProvider<LanguageVersion> languageVersion = context.ParseOptionsProvider
                .Select(static (options, _) => options is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.Latest);

            // Whether PulseticGen.Extensions is referenced (then AddXxxClient is written). Read from the references, not
            // the compilation: the references stay the same objects while the user types, so this is not re-run per keystroke.
            IncrementalValueProvider<bool> hasExtensions = context.MetadataReferencesProvider
                .Select(static (reference, _) => IsExtensionsAssembly(reference))
                .Collect()
                .Select(static (flags, _) => flags.Contains(true));

            // Diagnostics carry line numbers, so an edit above them changes them while the model stays equal: reported from
            // their own output (as System.Text.Json's generator does), they never make the client be emitted again.
            context.RegisterSourceOutput(
                results.Select(static (result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics),
                static (output, diagnostics) =>
                {
                    foreach (DiagnosticInfo diagnostic in diagnostics)
                    {
                        output.ReportDiagnostic(diagnostic.ToDiagnostic());
                    }
                });

            IncrementalValuesProvider<(string SpecPath, SpecModel Model)> models = results
                .Where(static result => result.Model is not null)
                .Select(static (result, _) => (result.SpecPath, result.Model!));

            // Which spec generates which client (namespace + name): two specs that would generate the same one must not
            // both add the same files. Only these small pairs are gathered, so an edit that keeps a spec's client name
            // changes nothing here.
            IncrementalValueProvider<ImmutableArray<(string Path, string Client)>> clients = models
                .Select(static (spec, _) => (spec.SpecPath, spec.Model.HintPrefix))
                .Collect();

            var withVersion = models
                .Combine(languageVersion)
                .Combine(hasExtensions)
                .Combine(clients)
                .WithTrackingName(TrackingNames.WithLanguageVersion);

            context.RegisterSourceOutput(withVersion, static (output, input) =>
                Emit(output, input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right));
        }

        private static bool IsExtensionsAssembly(MetadataReference reference)
        {
            string? path = (reference as PortableExecutableReference)?.FilePath ?? reference.Display;
            return path is not null && string.Equals(System.IO.Path.GetFileNameWithoutExtension(path), "PulseticGen.Extensions", StringComparison.OrdinalIgnoreCase);
        }

        private static void Emit(SourceProductionContext output, (string SpecPath, SpecModel Model) spec, LanguageVersion version, bool hasExtensions, ImmutableArray<(string Path, string Client)> clients)
        {
            SpecModel model = spec.Model;

            // The first spec (by path) keeps the client; any other spec generating the same one is told why it does not.
            string? earlier = clients
                .Where(other => other.Client == model.HintPrefix && string.CompareOrdinal(other.Path, spec.SpecPath) < 0)
                .Select(other => other.Path)
                .OrderBy(path => path, StringComparer.Ordinal)
                .FirstOrDefault();
            if (earlier is not null)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateClient, Location.Create(spec.SpecPath, default, default), spec.SpecPath, earlier, model.Namespace + "." + model.ClientName));
                return;
            }

            if (version < LanguageVersion.CSharp11)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LanguageVersionTooLow, Location.None, model.Title, version.ToDisplayString()));
                return;
            }

            // Emit everything first, then add: a failure part-way must not leave a half-written client.
            var files = new System.Collections.Generic.List<(string HintName, string Source)>();
            try
            {
                foreach ((string hintName, string source) in SpecEmitter.Emit(model, hasExtensions))
                {
                    output.CancellationToken.ThrowIfCancellationRequested();
                    files.Add((hintName, source));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                output.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, model.Title, exception.GetType().Name, exception.Message.Replace('\n', ' ')));
                return;
            }

            foreach ((string hintName, string source) in files)
            {
                output.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        }
    }
}
