using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Diagnostics
{
    /// <summary>A position in a spec file, kept as plain values so the pipeline can cache it.</summary>
    internal sealed record SpecLocation(string FilePath, int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
    {
        public Location ToLocation() =>
            Location.Create(
                FilePath,
                new TextSpan(Start, Length),
                new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
    }

    /// <summary>A diagnostic found while reading a spec, reported later from its own pipeline output.</summary>
    internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, SpecLocation? Location)
    {
        public Diagnostic ToDiagnostic()
        {
            DiagnosticDescriptor descriptor = DiagnosticCatalog.Find(Id);
            return Diagnostic.Create(descriptor, Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Arguments.Cast<object>().ToArray());
        }
    }
}
