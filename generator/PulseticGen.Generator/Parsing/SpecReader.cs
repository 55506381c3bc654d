using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// Reads one spec file into the equatable model. Never throws for bad input: problems become diagnostics located
    /// in the spec, and a spec that cannot be read at all yields no model (so no half-written client).
    /// </summary>
    internal static class SpecReader
    {
        /// <summary>Validation findings past this count are summarised, so a 5,000-finding spec stays responsive.</summary>
        private const int MaxReportedFindings = 25;

        public static SpecResult Read(SpecInput input, CancellationToken cancellationToken) =>
            ReadSpec(input, cancellationToken) with { SpecPath = input.Path };

        private static SpecResult ReadSpec(SpecInput input, CancellationToken cancellationToken)
        {
            var locator = new SpecLocator(input.Path, input.Text);
            var diagnostics = new List<DiagnosticInfo>();

            if (input.Text.Length > input.Options.MaxSpecSize)
            {
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.SpecTooLarge, locator.Document, input.Path, $"it has {input.Text.Length:N0} characters, over the limit of {input.Options.MaxSpecSize:N0}", "MaxSpecSize"));
                return new SpecResult(null, diagnostics.ToEquatableArray());
            }

            int depth = SpecLimits.MeasureDepth(input.Text);
            if (depth > input.Options.MaxDepth)
            {
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.SpecTooLarge, locator.Document, input.Path, $"it nests {depth} levels deep, over the limit of {input.Options.MaxDepth}", "MaxDepth"));
                return new SpecResult(null, diagnostics.ToEquatableArray());
            }

            string text = input.Text;
            bool json = LooksLikeJson(text);
            if (ExternalReferences.Any(text))
            {
                int before = diagnostics.Count;
                string? bundled;
                try
                {
                    bundled = SpecBundler.Bundle(input, diagnostics);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    diagnostics.Add(Diagnostic(DiagnosticDescriptors.InternalError, locator.Document, input.Path, exception.GetType().Name, OneLine(exception.Message)));
                    return new SpecResult(null, diagnostics.ToEquatableArray());
                }

                if (diagnostics.Skip(before).Any(d => d.Id == DiagnosticDescriptors.ReferencedFileMissing.Id || d.Id == DiagnosticDescriptors.SpecTooLarge.Id))
                {
                    return new SpecResult(null, diagnostics.ToEquatableArray());
                }

                if (bundled is not null)
                {
                    // As with overlays, locations point into the root file; a pointer into what came from a part finds its nearest root node.
                    text = bundled;
                    json = true;
                }
            }

            if (!input.Overlays.IsEmpty)
            {
                int before = diagnostics.Count;
                string? overlaid = Overlays.OverlayApplier.Apply(input with { Text = text }, diagnostics);
                if (diagnostics.Skip(before).Any(d => d.Id == DiagnosticDescriptors.OverlayInvalid.Id))
                {
                    return new SpecResult(null, diagnostics.ToEquatableArray());
                }

                if (overlaid is not null)
                {
                    // Locations still point into the original file: pointers the overlay did not change resolve there.
                    text = overlaid;
                    json = true;
                }
            }

            ReadResult result;
            try
            {
                // The reader's own validation runs below, beside the model build, instead of inside Parse.
                var settings = new OpenApiReaderSettings { RuleSet = ValidationRuleSet.GetEmptyRuleSet() };
                settings.AddYamlReader();
                result = OpenApiDocument.Parse(text, json ? OpenApiConstants.Json : OpenApiConstants.Yaml, settings);
            }
            catch (OpenApiUnsupportedSpecVersionException exception)
            {
                SpecLocation location = locator.Locate(input.Text.Contains("swagger:") || input.Text.Contains("\"swagger\"") ? "#/swagger" : "#/openapi");
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.UnsupportedSpecVersion, location, input.Path, OneLine(exception.Message)));
                return new SpecResult(null, diagnostics.ToEquatableArray());
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Unreadable(exception);
            }

            cancellationToken.ThrowIfCancellationRequested();

            OpenApiDocument? document = result.Document;
            var errors = new List<OpenApiError>(result.Diagnostic?.Errors ?? Enumerable.Empty<OpenApiError>());

            if (document is null || document.Paths is null)
            {
                // Nothing to build, so nothing to validate beside: the first finding may be the reason given below.
                if (document is not null && AddFindings(() => Validate(document)) is { } unvalidated)
                {
                    return unvalidated;
                }

                string reason = errors.Count > 0 ? OneLine(errors[0].Message) : "the document has no 'openapi' or 'swagger' version and no paths";
                OpenApiError? first = errors.FirstOrDefault();
                bool versionProblem = reason.IndexOf("version", StringComparison.OrdinalIgnoreCase) >= 0;
                diagnostics.Add(Diagnostic(
                    versionProblem ? DiagnosticDescriptors.UnsupportedSpecVersion : DiagnosticDescriptors.SpecUnreadable,
                    first?.Pointer is { Length: > 0 } pointer ? locator.Locate(pointer) : locator.SyntaxError ?? locator.Document,
                    input.Path,
                    reason));
                return new SpecResult(null, diagnostics.ToEquatableArray());
            }

            if (json && ReferenceEquals(text, input.Text))
            {
                // The reader has accepted the spec's own text as JSON, so the locator can find pointers without checking it.
                locator = new SpecLocator(input.Path, input.Text, parsedAsJson: true);
            }

            // Validation and the model build only read the document, so they run side by side: on GitHub's spec
            // validation is a fifth of the reader's time (52 of 309 ms). Its findings still come first, as they did
            // when the reader validated inside Parse.
            Task<List<OpenApiError>> validation = Task.Run(() => Validate(document), cancellationToken);
            var modelDiagnostics = new List<DiagnosticInfo>();
            SpecModel? model;
            try
            {
                model = new ModelBuilder(document, result.Diagnostic?.SpecificationVersion ?? OpenApiSpecVersion.OpenApi3_1, input, locator, modelDiagnostics, cancellationToken).Build();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A bug of ours must not become the compiler's CS8785 with no location: say which spec, and generate nothing.
                modelDiagnostics.Add(Diagnostic(DiagnosticDescriptors.InternalError, locator.Document, input.Path, exception.GetType().Name, OneLine(exception.Message)));
                model = null;
            }

            if (AddFindings(() => validation.GetAwaiter().GetResult()) is { } unreadable)
            {
                return unreadable;
            }

            ReportFindings(errors, locator, diagnostics);
            diagnostics.AddRange(modelDiagnostics);
            return new SpecResult(model, diagnostics.ToEquatableArray());

            // As when the reader's own validation threw inside Parse: the spec is unreadable, and no model.
            SpecResult? AddFindings(Func<List<OpenApiError>> validate)
            {
                try
                {
                    errors.AddRange(validate());
                    return null;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    return Unreadable(exception);
                }
            }

            SpecResult Unreadable(Exception exception)
            {
                // The YAML reader's own exception (with line and column) may be wrapped by the OpenAPI reader.
                SpecLocation location = FindYamlError(exception) is { } yaml ? locator.FromMark(yaml.Start, yaml.End)
                    : UnconvertibleScalar.Find(exception, text) is { } scalar && ReferenceEquals(text, input.Text) ? locator.FromSpan(scalar.Start, scalar.Length)
                    : locator.Document;
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.SpecUnreadable, location, input.Path, UnconvertibleScalar.Explain(exception, text) ?? OneLine(exception.Message)));
                return new SpecResult(null, diagnostics.ToEquatableArray());
            }
        }

        /// <summary>The reader's default rules, as <c>OpenApiDocument.Parse</c> applies them: its errors, not its warnings.</summary>
        private static List<OpenApiError> Validate(OpenApiDocument document) =>
            document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.OfType<OpenApiValidatorError>().ToList<OpenApiError>() ?? new List<OpenApiError>();

        private static void ReportFindings(IList<OpenApiError> errors, SpecLocator locator, List<DiagnosticInfo> diagnostics)
        {
            for (int i = 0; i < errors.Count && i < MaxReportedFindings; i++)
            {
                OpenApiError error = errors[i];
                diagnostics.Add(Diagnostic(DiagnosticDescriptors.SpecValidationFinding, locator.Locate(error.Pointer), OneLine(error.Message), error.Pointer ?? "#"));
            }

            if (errors.Count > MaxReportedFindings)
            {
                diagnostics.Add(Diagnostic(
                    DiagnosticDescriptors.SpecValidationFinding,
                    locator.Document,
                    $"{errors.Count - MaxReportedFindings} more findings like the ones above are not listed",
                    "#"));
            }
        }

        internal static DiagnosticInfo Diagnostic(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, SpecLocation? location, params string[] arguments) =>
            new(descriptor.Id, arguments.ToEquatableArray(), location);

        private static SharpYaml.YamlException? FindYamlError(Exception? exception)
        {
            for (; exception is not null; exception = exception.InnerException)
            {
                if (exception is SharpYaml.YamlException yaml)
                {
                    return yaml;
                }
            }

            return null;
        }

        internal static bool LooksLikeJson(string text)
        {
            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c) && c != '\uFEFF')
                {
                    return c == '{';
                }
            }

            return false;
        }

        internal static string OneLine(string message) => message.Replace("\r", " ").Replace("\n", " ").Trim();
    }
}
