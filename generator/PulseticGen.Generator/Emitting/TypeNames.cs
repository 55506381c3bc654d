using System.Collections.Generic;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>How each <see cref="TypeRef"/> is spelled in generated C# and which converter reads it.</summary>
    internal sealed class TypeNames
    {
        public const string Runtime = "global::PulseticGen.Runtime";

        /// <summary>The runtime types only generated code calls, kept out of users' IntelliSense.</summary>
        public const string CodeGeneration = Runtime + ".CodeGeneration";
        public const string Connection = CodeGeneration + ".ApiConnection";
        public const string QueryBuilder = CodeGeneration + ".QueryBuilder";
        public const string ApiUrl = CodeGeneration + ".ApiUrl";
        public const string ApiContent = CodeGeneration + ".ApiContent";
        public const string MultipartBuilder = CodeGeneration + ".MultipartBuilder";
        public const string Pager = CodeGeneration + ".ApiPager";
        public const string Scalars = Runtime + ".Serialization.JsonScalarConverters";
        public const string Json = "global::System.Text.Json";
        public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"PulseticGen\", \"" + GeneratorInfo.Version + "\")]";

        private readonly string _namespace;
        private readonly Dictionary<string, TypeModel> _types = new();

        // The qualified spelling of every model, built once: it is written many times (properties, converters, signatures).
        private readonly Dictionary<string, string> _qualified = new();

        public TypeNames(SpecModel model)
        {
            _namespace = model.Namespace;
            foreach (TypeModel type in model.Types)
            {
                _types[type.Name] = type;
                _qualified[type.Name] = "global::" + _namespace + "." + type.Name;
            }
        }

        public TypeModel Find(string name) => _types[name];

        public string Qualified(string typeName) =>
            _qualified.TryGetValue(typeName, out string? qualified) ? qualified : "global::" + _namespace + "." + typeName;

        /// <summary>The non-nullable spelling: <c>long</c>, <c>global::Pulsetic.Monitor</c>, <c>IReadOnlyList&lt;…&gt;</c>.</summary>
        public string Of(TypeRef type) => type.Kind switch
        {
            TypeRefKind.String => "string",
            TypeRefKind.Int32 => "int",
            TypeRefKind.Int64 => "long",
            TypeRefKind.Double => "double",
            TypeRefKind.Single => "float",
            TypeRefKind.Decimal => "decimal",
            TypeRefKind.Boolean => "bool",
            TypeRefKind.DateTimeOffset => "global::System.DateTimeOffset",
            TypeRefKind.DateOnly => "global::System.DateOnly",
            TypeRefKind.Guid => "global::System.Guid",
            TypeRefKind.Bytes => "byte[]",
            TypeRefKind.File => Runtime + ".ApiFile",
            TypeRefKind.Any => Json + ".JsonElement",
            TypeRefKind.Model or TypeRefKind.Enum => Qualified(type.ModelName!),
            TypeRefKind.List => "global::System.Collections.Generic.IReadOnlyList<" + Of(type.Element!) + ">",
            TypeRefKind.Dictionary => "global::System.Collections.Generic.IReadOnlyDictionary<string, " + Of(type.Element!) + ">",
            _ => "object",
        };

        public string Of(TypeRef type, bool nullable) => nullable ? Of(type) + "?" : Of(type);

        public bool IsIntegerEnum(TypeRef type) => type.Kind == TypeRefKind.Enum && Find(type.ModelName!).Kind == TypeKind.IntegerEnum;

        /// <summary>The runtime converter for a scalar, or null for types whose converter is generated.</summary>
        public static string? ScalarConverter(TypeRef type) => type.Kind switch
        {
            TypeRefKind.String => Scalars + ".String",
            TypeRefKind.Int32 => Scalars + ".Int32",
            TypeRefKind.Int64 => Scalars + ".Int64",
            TypeRefKind.Double => Scalars + ".Double",
            TypeRefKind.Single => Scalars + ".Single",
            TypeRefKind.Decimal => Scalars + ".Decimal",
            TypeRefKind.Boolean => Scalars + ".Boolean",
            TypeRefKind.DateTimeOffset when type.WireFormat is { } format => Scalars + ".DateTimeOffsetIn(" + SourceWriter.Literal(format) + ")",
            TypeRefKind.DateTimeOffset => Scalars + ".DateTimeOffset",
            TypeRefKind.DateOnly => Scalars + ".DateOnly",
            TypeRefKind.Guid => Scalars + ".Guid",
            TypeRefKind.Bytes => Scalars + ".Base64",
            TypeRefKind.File => Scalars + ".File",
            TypeRefKind.Any => Scalars + ".JsonElement",
            _ => null,
        };

        /// <summary>
        /// The string sent on the wire for a scalar parameter value (path, header, joined query items): enum wire
        /// values, never C# member names; numbers and dates in the invariant culture.
        /// </summary>
        public string WireString(TypeRef type, string expression) => type.Kind switch
        {
            TypeRefKind.String => expression,
            TypeRefKind.Enum when IsIntegerEnum(type) => ApiUrl + ".Format(" + expression + ".Value)",
            TypeRefKind.Enum => expression + ".Value",
            TypeRefKind.DateTimeOffset when type.WireFormat is { } format => ApiUrl + ".Format(" + expression + ", " + SourceWriter.Literal(format) + ")",
            _ => ApiUrl + ".Format(" + expression + ")",
        };
    }
}
