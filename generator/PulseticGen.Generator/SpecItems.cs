using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PulseticGen.Generator.Locating;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator
{
    /// <summary>
    /// Reads the build's AdditionalFiles items into the generator's inputs: which file is a spec, an overlay or a part of a
    /// split spec (the <c>PulseticGen…</c> marks the package's <c>OpenApiSpec</c>, <c>OpenApiOverlay</c> and
    /// <c>OpenApiSpecPart</c> items set), and the per-item options a spec carries.
    /// </summary>
    internal static class SpecItems
    {
        // MSBuild item metadata reaches a generator through the analyzer config under this prefix.
        private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

        public static OverlayText? ToOverlay(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
        {
            if (!options.TryGetValue(MetadataPrefix + "PulseticGenOverlay", out string? marked) || !string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            string spec = Option(options, "PulseticGenOverlaySpec") ?? Option(options, "PulseticGenSpecPath") ?? string.Empty;
            return new OverlayText(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty, spec);
        }

        public static PartText? ToPart(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
        {
            if (!options.TryGetValue(MetadataPrefix + "PulseticGenSpecPart", out string? marked) || !string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            // Spec is optional on a part: without it, the part serves whichever spec refers to it.
            return new PartText(new SpecPart(file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty), Option(options, "PulseticGenOverlaySpec") ?? string.Empty);
        }

        public static SpecInput WithOverlays(SpecInput input, ImmutableArray<OverlayText> overlays)
        {
            if (overlays.IsDefaultOrEmpty)
            {
                return input;
            }

            string specPath = Normalize(input.Path);
            EquatableArray<OverlayText> mine = overlays
                .Where(overlay => overlay.Spec.Length > 0 && Targets(specPath, overlay.Spec))
                .ToEquatableArray();
            return mine.IsEmpty ? input : input with { Overlays = mine };
        }

        private static string Normalize(string path) => path.Replace('\\', '/');

        /// <summary>Whether an item's <c>Spec</c> metadata (a path as the user wrote it, often relative) names this spec.</summary>
        public static bool Targets(string specPath, string spec) =>
            specPath == Normalize(spec) || specPath.EndsWith("/" + Normalize(spec).TrimStart('.', '/'), StringComparison.OrdinalIgnoreCase);

        public static SpecInput? ToInput(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
        {
            if (!options.TryGetValue(MetadataPrefix + "PulseticGenSpec", out string? marked) || !string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            SourceText? text = file.GetText(cancellationToken);
            var specOptions = new SpecOptions(
                Option(options, "PulseticGenClientName"),
                Option(options, "PulseticGenNamespace"),
                Option(options, "PulseticGenVisibility")?.ToLowerInvariant())
            {
                IncludeTags = List(options, "PulseticGenIncludeTags"),
                ExcludeTags = List(options, "PulseticGenExcludeTags"),
                IncludeOperations = List(options, "PulseticGenIncludeOperations"),
                ExcludeOperations = List(options, "PulseticGenExcludeOperations"),
                TrimSchemas = string.Equals(Option(options, "PulseticGenTrimSchemas"), "true", StringComparison.OrdinalIgnoreCase),
                MaxSpecSize = Number(options, "PulseticGenMaxSpecSize") ?? SpecLimits.DefaultMaxBytes,
                MaxDepth = Number(options, "PulseticGenMaxDepth") ?? SpecLimits.DefaultMaxDepth,
            };
            return new SpecInput(file.Path, text?.ToString() ?? string.Empty, specOptions);
        }

        /// <summary>
        /// An item option: <c>PulseticGenClientName</c> on an AdditionalFiles item, or <c>ClientName</c> as written on an
        /// OpenApiSpec item (whose metadata MSBuild copies onto the AdditionalFiles item it becomes).
        /// </summary>
        private static string? Option(AnalyzerConfigOptions options, string name)
        {
            // PulseticGenOverlaySpec is written "Spec" on an OpenApiOverlay item; other options drop the prefix.
            string shortName = name == "PulseticGenOverlaySpec" ? "Spec" : name.Substring("PulseticGen".Length);
            foreach (string key in new[] { MetadataPrefix + name, MetadataPrefix + shortName })
            {
                if (options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value))
                {
                    return value.Trim();
                }
            }

            return null;
        }

        private static int? Number(AnalyzerConfigOptions options, string name) =>
            int.TryParse(Option(options, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : null;

        /// <summary>A ';' or ',' separated item metadata value ("Monitors;Status Pages").</summary>
        private static EquatableArray<string> List(AnalyzerConfigOptions options, string name) =>
            Option(options, name) is { } value
                ? value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0).ToEquatableArray()
                : EquatableArray<string>.Empty;
    }
}
