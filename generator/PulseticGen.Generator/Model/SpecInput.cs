namespace PulseticGen.Generator.Model
{
    /// <summary>One spec file marked for generation, with its per-item options (MSBuild item metadata).</summary>
    internal sealed record SpecInput(string Path, string Text, SpecOptions Options);

    /// <summary>Options a user sets on the spec's item; null means "derive from the spec".</summary>
    internal sealed record SpecOptions(string? ClientName, string? Namespace, string? Visibility);

    /// <summary>The result of reading one spec: a model (null when nothing can be generated) and what was found on the way.</summary>
    internal sealed record SpecResult(SpecModel? Model, EquatableArray<Diagnostics.DiagnosticInfo> Diagnostics);
}
