using System;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>
    /// <c>type: string, x-format: "yyyy-MM-dd HH:mm:ss"</c>: a time whose wire form is a fixed pattern in UTC, typed
    /// <see cref="System.DateTimeOffset"/> in the client; the runtime writes and reads the pattern.
    /// </summary>
    internal sealed partial class SchemaResolver
    {
        internal const string WireFormatExtension = "x-format";

        // A time every pattern must keep through a format and parse: any field it drops shows here.
        private static readonly DateTimeOffset s_probe = new(2001, 2, 3, 4, 5, 6, TimeSpan.Zero);

        private TypeRef? WireFormattedTime(IOpenApiSchema schema, string pointer)
        {
            if (schema.Extensions is not { } extensions || !extensions.TryGetValue(WireFormatExtension, out IOpenApiExtension? extension))
            {
                return null;
            }

            string? format = extension is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue(out string? text) ? text : null;
            string? problem = format is null ? "is not a string"
                : EffectiveTypes(schema) != JsonSchemaType.String ? "applies only to a string schema"
                : CheckTimeFormat(format);
            if (problem is null)
            {
                return new TypeRef(TypeRefKind.DateTimeOffset) { WireFormat = format };
            }

            string at = pointer;
            _report(SpecReader.Diagnostic(DiagnosticDescriptors.UnsupportedWireFormat, _locator.Locate(at + "/" + WireFormatExtension), at, format ?? "?", problem));
            return TypeRef.String;
        }

        /// <summary>Null when <paramref name="format"/> is a .NET custom format that writes and reads back a whole date and time.</summary>
        private static string? CheckTimeFormat(string format)
        {
            if (format.Length < 2 || format.IndexOfAny(new[] { 'y', 'M', 'd' }) < 0)
            {
                return "is not a custom date and time pattern with a year, month and day";
            }

            try
            {
                string written = s_probe.ToString(format, CultureInfo.InvariantCulture);
                if (!DateTimeOffset.TryParseExact(written, format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out DateTimeOffset read))
                {
                    return "cannot be read back";
                }

                return read == s_probe ? null : "loses part of the time (it must write the date and the time to the second)";
            }
            catch (FormatException)
            {
                return "is not a valid .NET custom date and time format";
            }
        }
    }
}
