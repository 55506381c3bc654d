using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>The error-body tables: one <c>ErrorBodyTypeN</c> method per distinct set of declared error responses in a client.</summary>
    internal sealed partial class ClientEmitter
    {
        // Operations with the same error responses share one method; for Pulsetic every operation shares one or two.
        private Dictionary<string, string> _errorMethods = new();

        private Dictionary<string, string> ErrorMethods(ClientGroupModel group)
        {
            var methods = new Dictionary<string, string>(StringComparer.Ordinal);
            int next = 1;
            foreach (OperationModel operation in group.Operations.Where(o => !o.Errors.IsEmpty))
            {
                string key = ErrorKey(operation);
                if (!methods.ContainsKey(key))
                {
                    methods[key] = "ErrorBodyType" + (next++).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return methods;
        }

        private string ErrorKey(OperationModel operation)
        {
            // Asked for three times per operation (method numbering, method bodies, the request): built once.
            if (!_errorKeys.TryGetValue(operation, out string? key))
            {
                key = string.Join(";", operation.Errors.Select(e => e.Status + "=" + _json.TypeInfo(e.Type)));
                _errorKeys[operation] = key;
            }

            return key;
        }

        private readonly Dictionary<OperationModel, string> _errorKeys = new(SameInstance.Comparer);

        /// <summary>Compares operations by reference: each is one object, and their value equality reads every field.</summary>
        private sealed class SameInstance : IEqualityComparer<OperationModel>
        {
            public static readonly SameInstance Comparer = new();

            public bool Equals(OperationModel? x, OperationModel? y) => ReferenceEquals(x, y);

            public int GetHashCode(OperationModel obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }

        // private static JsonTypeInfo? ErrorBodyType1(int status) => status switch
        // {
        //     401 or 403 or 404 or 422 or 429 => PulseticJsonContext.Default.ErrorResponse,
        //     >= 500 and < 600 => …,
        //     _ => null,
        // };
        private void WriteErrorMethods(SourceWriter writer, ClientGroupModel group)
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (OperationModel operation in group.Operations.Where(o => !o.Errors.IsEmpty))
            {
                string method = _errorMethods[ErrorKey(operation)];
                if (!written.Add(method))
                {
                    continue;
                }

                writer.Line();
                writer.Line("/// <summary>The type of an error response's body, by status, as the spec declares it.</summary>");
                writer.Line($"private static {TypeNames.Json}.Serialization.Metadata.JsonTypeInfo? {method}(int status) => status switch");
                writer.Line("{");
                foreach (var exact in operation.Errors.Where(e => char.IsDigit(e.Status[1])).GroupBy(e => _json.TypeInfo(e.Type)))
                {
                    writer.Line($"    {string.Join(" or ", exact.Select(e => e.Status))} => {exact.Key},");
                }

                foreach (ErrorResponseModel range in operation.Errors.Where(e => e.Status.EndsWith("XX", StringComparison.Ordinal)))
                {
                    int low = (range.Status[0] - '0') * 100;
                    writer.Line($"    >= {low} and < {low + 100} => {_json.TypeInfo(range.Type)},");
                }

                ErrorResponseModel? fallback = operation.Errors.FirstOrDefault(e => e.Status == "default");
                writer.Line($"    _ => {(fallback is null ? "null" : _json.TypeInfo(fallback.Type))},");
                writer.Line("};");
            }
        }
    }
}
