using Microsoft.CodeAnalysis;

namespace PulseticGen.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports. IDs are stable and documented in docs/diagnostics.md; new ones are
    /// listed in AnalyzerReleases.Unshipped.md. Severity follows one rule: Error when no client can be generated,
    /// Warning when the client differs from the spec (something skipped or renamed), Info for findings that change
    /// nothing in the generated code.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "PulseticGen";
        private const string HelpBase = "https://github.com/pulseticgen/pulseticgen/blob/main/docs/diagnostics.md#";

        public static readonly DiagnosticDescriptor SpecUnreadable = Create(
            "PGEN001",
            "The OpenAPI spec cannot be read",
            "The OpenAPI spec '{0}' cannot be read: {1}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnsupportedSpecVersion = Create(
            "PGEN002",
            "Unsupported OpenAPI version",
            "The document '{0}' is not an OpenAPI 2.0, 3.0 or 3.1 description: {1}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SpecValidationFinding = Create(
            "PGEN003",
            "The OpenAPI spec breaks a rule of the specification",
            "{0} (at {1}); the client is generated anyway",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor OperationSkipped = Create(
            "PGEN004",
            "Operation skipped",
            "Operation '{0}' is not generated: {1}",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor SchemaNotModelled = Create(
            "PGEN005",
            "Schema construct exposed as JsonElement",
            "The schema at {0} uses {1}, which is not modelled yet; it is exposed as System.Text.Json.JsonElement",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor NameChanged = Create(
            "PGEN006",
            "Generated name changed to avoid a collision",
            "{0} '{1}' is generated as '{2}' because '{3}' is already taken",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateOperationId = Create(
            "PGEN007",
            "Duplicate operationId",
            "The operationId '{0}' is used by more than one operation; '{1} {2}' is generated as '{3}'",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor UnresolvedReference = Create(
            "PGEN008",
            "Unresolved $ref",
            "The reference '{0}' cannot be resolved; the value is exposed as System.Text.Json.JsonElement",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor LanguageVersionTooLow = Create(
            "PGEN009",
            "C# 11 or later is required",
            "The client generated from '{0}' needs C# 11 or later (required members, UTF-8 literals); this project uses C# {1}. Set <LangVersion>11</LangVersion> or later, or target .NET 7 or later.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor InvalidOption = Create(
            "PGEN010",
            "Invalid generator option",
            "The {0} '{1}' given for '{2}' is not valid: {3}",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SpecHasNoOperations = Create(
            "PGEN011",
            "The OpenAPI spec has no operations",
            "The spec '{0}' defines no operations; only models are generated",
            DiagnosticSeverity.Info);

        public static readonly DiagnosticDescriptor InternalError = Create(
            "PGEN012",
            "The generator failed on this spec",
            "PulseticGen could not generate a client from '{0}' because of an internal error ({1}: {2}); please report it with the spec",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SpecTooLarge = Create(
            "PGEN013",
            "The OpenAPI spec exceeds a limit",
            "The spec '{0}' is not read: {1}. Raise the limit with the item's {2} metadata if the spec is genuine.",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OverlayInvalid = Create(
            "PGEN014",
            "The OpenAPI overlay cannot be applied",
            "The overlay '{0}' cannot be applied: {1}; the spec is not generated until the overlay is fixed",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor OverlayTargetUnmatched = Create(
            "PGEN015",
            "An overlay action matches nothing",
            "The overlay target '{0}' in '{1}' selects nothing in the spec; the action has no effect",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor CircularReference = Create(
            "PGEN016",
            "Circular $ref",
            "The reference at {0} loops back to itself ({1}); it has no C# shape and is {2}",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor DuplicateClient = Create(
            "PGEN017",
            "Two specs generate the same client",
            "The specs '{0}' and '{1}' both generate {2}; set ClientName or Namespace on one of them (this one is not generated)",
            DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnsupportedWireFormat = Create(
            "PGEN018",
            "Unsupported x-format",
            "The schema at {0} has x-format '{1}', which {2}; the value is typed string",
            DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ReferencedFileMissing = Create(
            "PGEN019",
            "A $ref names a file or fragment that is not there",
            "The $ref '{0}' cannot be resolved: {1}; the spec is not generated",
            DiagnosticSeverity.Error);
        public static readonly DiagnosticDescriptor PaginationInvalid = Create(
            "PGEN020",
            "Invalid x-pagination",
            "The x-pagination of operation '{0}' is not used: {1}; no method walking its pages is generated",
            DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity) =>
            new(id, title, messageFormat, Category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id.ToLowerInvariant());
    }
}
