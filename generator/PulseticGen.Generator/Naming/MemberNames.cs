using System;
using System.Globalization;
using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Naming
{
    /// <summary>
    /// The names the generator writes that no spec chose: the members every generated type already has, which a name
    /// from the spec must not take, and the members the generator adds beside each spec name (an operation's
    /// <c>…WithResponseAsync</c> sibling, a client's <c>ErrorBodyType1</c> table, the JSON context's <c>ListOfMonitor</c>).
    /// </summary>
    /// <remarks>
    /// Every scope that hands out names starts from one of these lists, so a schema, tag or operation called
    /// <c>Default</c>, <c>Dispose</c> or <c>ErrorBodyType1</c> gets a suffix instead of a compile error.
    /// </remarks>
    internal static class MemberNames
    {
        /// <summary>What every C# type inherits from <see cref="object"/>.</summary>
        public static readonly string[] OfObject = { "Equals", "GetHashCode", "ToString", "GetType" };

        /// <summary>A model class: also the protected members of <see cref="object"/>, which a property may not hide either.</summary>
        public static readonly string[] OfModel = OfObject.Concat(new[] { "MemberwiseClone", "Finalize" }).ToArray();

        /// <summary>An enum struct: its raw value, whether the value is a listed one, and what a record struct adds.</summary>
        public static readonly string[] OfEnum = new[] { "Value", "IsKnown", EnumKnownValues, "PrintMembers" }.Concat(OfObject).ToArray();

        /// <summary>The private table of listed wire values behind an enum struct's <c>IsKnown</c>.</summary>
        public const string EnumKnownValues = "s_knownValues";

        /// <summary>A union class: the raw JSON of an alternative it does not know, and the value it holds.</summary>
        public static readonly string[] OfUnion = OfModel.Concat(new[] { "Unknown", "Value" }).ToArray();

        /// <summary>Every client class (its methods and, on the root client, the sub-client properties).</summary>
        public static readonly string[] OfClient = OfObject.Concat(new[] { "Dispose" }).ToArray();

        /// <summary>The root client adds its factories and the statics that describe the API.</summary>
        public static readonly string[] OfRootClient = OfClient.Concat(new[] { "Create", "DefaultBaseAddress", "SecurityScheme" }).ToArray();

        /// <summary>The endpoint catalog: one field per operation, and the list of them all.</summary>
        public static readonly string[] OfEndpointCatalog = OfObject.Concat(new[] { "All" }).ToArray();

        /// <summary>The JSON context: what <c>JsonSerializerContext</c> declares, and the context's own plumbing.</summary>
        public static readonly string[] OfJsonContext =
            new[] { "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Converters", "Create", "All" }.Concat(OfObject).ToArray();

        /// <summary>The parameters and locals of an operation method, which a spec parameter's C# name must not take.</summary>
        public static readonly string[] OfOperationMethod =
            { "cancellationToken", "body", "request", "query", "pageNumber", "pageOffset", "pageCursor", "nextPage", "pageCancellationToken" };

        /// <summary><c>GetMonitorAsync</c> → <c>GetMonitor</c>; a name that does not end in <c>Async</c> (<c>GetMonitorAsync2</c>) is kept whole.</summary>
        public static string Stem(string methodName) =>
            methodName.EndsWith("Async", StringComparison.Ordinal) ? methodName.Substring(0, methodName.Length - "Async".Length) : methodName;

        /// <summary>The sibling that returns the status and headers too: <c>GetMonitorWithResponseAsync</c>.</summary>
        public static string WithResponse(string methodName) => Stem(methodName) + "WithResponseAsync";

        /// <summary>The private method that builds an operation's request: <c>GetMonitorRequest</c>.</summary>
        public static string Request(string methodName) => Stem(methodName) + "Request";

        /// <summary>The method that walks every page: <c>ListMonitorsAllAsync</c>.</summary>
        public static string AllPages(string methodName) => Stem(methodName) + "AllAsync";

        /// <summary>A client's <paramref name="number"/>th error table: <c>ErrorBodyType1</c>.</summary>
        public static string ErrorTable(int number) => "ErrorBodyType" + number.ToString(CultureInfo.InvariantCulture);

        /// <summary>The method that lists a model's property handlers: <c>DescribeMonitor</c>.</summary>
        public static string Describe(string contextPropertyName) => "Describe" + contextPropertyName;

        /// <summary>The JSON context member for a type that is not a model: <c>ListOfMonitor</c>, <c>DictionaryOfString</c>, <c>Int64</c>.</summary>
        public static string JsonValue(TypeRef type) => type.Kind switch
        {
            TypeRefKind.List => "ListOf" + JsonValue(type.Element!),
            TypeRefKind.Dictionary => "DictionaryOf" + JsonValue(type.Element!),
            TypeRefKind.Model or TypeRefKind.Enum => type.ModelName!,
            TypeRefKind.Any => "JsonElement",
            TypeRefKind.Bytes => "ByteArray",
            _ => type.Kind.ToString(),
        };
    }
}
