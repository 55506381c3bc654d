namespace PulseticGen.Generator.Model
{
    /// <summary>One spec file marked for generation, with its per-item options (MSBuild item metadata).</summary>
    internal sealed record SpecInput(string Path, string Text, SpecOptions Options)
    {
        /// <summary>OpenAPI Overlay documents to apply to this spec before reading it, in item order.</summary>
        public EquatableArray<OverlayText> Overlays { get; init; } = EquatableArray<OverlayText>.Empty;

        /// <summary>The other files of a spec split over several, which its <c>$ref</c>s reach (by path, in path order).</summary>
        public EquatableArray<SpecPart> Parts { get; init; } = EquatableArray<SpecPart>.Empty;
    }

    /// <summary>A file another spec file refers to (<c>$ref: ./schemas/user.yaml#/User</c>), as the build handed it in.</summary>
    internal sealed record SpecPart(string Path, string Text);

    /// <summary>An overlay file and the spec it targets (its item's <c>Spec</c> metadata, as written).</summary>
    internal sealed record OverlayText(string Path, string Text, string Spec);

    /// <summary>Options a user sets on the spec's item; null means "derive from the spec".</summary>
    internal sealed record SpecOptions(string? ClientName, string? Namespace, string? Visibility)
    {
        /// <summary>Tags whose operations are generated (all when empty).</summary>
        public EquatableArray<string> IncludeTags { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Tags whose operations are left out.</summary>
        public EquatableArray<string> ExcludeTags { get; init; } = EquatableArray<string>.Empty;

        /// <summary>operationIds that are generated (all when empty).</summary>
        public EquatableArray<string> IncludeOperations { get; init; } = EquatableArray<string>.Empty;

        /// <summary>operationIds that are left out.</summary>
        public EquatableArray<string> ExcludeOperations { get; init; } = EquatableArray<string>.Empty;

        /// <summary>Generate only the schemas the kept operations reach (always on when a filter is set).</summary>
        public bool TrimSchemas { get; init; }

        /// <summary>The largest spec read, in characters.</summary>
        public int MaxSpecSize { get; init; } = Locating.SpecLimits.DefaultMaxBytes;

        /// <summary>The deepest nesting read.</summary>
        public int MaxDepth { get; init; } = Locating.SpecLimits.DefaultMaxDepth;

        public bool HasFilters => IncludeTags.Count + ExcludeTags.Count + IncludeOperations.Count + ExcludeOperations.Count > 0;
    }

    /// <summary>The result of reading one spec: a model (null when nothing can be generated) and what was found on the way.</summary>
    internal sealed record SpecResult(SpecModel? Model, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics)
    {
        /// <summary>The spec file, to tell two specs apart when they would generate the same client.</summary>
        public string SpecPath { get; init; } = string.Empty;
    }
}

namespace PulseticGen.Generator.Model
{
    /// <summary>An <c>OpenApiSpecPart</c> file and the spec it belongs to (its <c>Spec</c> metadata as written; empty: any).</summary>
    internal sealed record PartText(SpecPart Part, string Spec);
}
