using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace PulseticGen.Generator.Diagnostics
{
    /// <summary>Looks descriptors up by ID, so that pipeline values carry only the ID string.</summary>
    internal static class DiagnosticCatalog
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
            .ToDictionary(descriptor => descriptor.Id);

        public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

        public static DiagnosticDescriptor Find(string id) => s_byId[id];
    }
}
