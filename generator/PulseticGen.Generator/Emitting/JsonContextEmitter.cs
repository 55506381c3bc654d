using System.Collections.Generic;
using System.Linq;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Naming;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>
    /// Writes the JsonSerializerContext for one client: a JsonTypeInfo per model and per request/response type, each
    /// backed by a converter written here. The System.Text.Json source generator cannot see types another generator
    /// emits, so we write the metadata ourselves; no reflection is involved at run time (Native AOT and trimming safe).
    /// </summary>
    internal sealed class JsonContextEmitter
    {
        private const string Metadata = TypeNames.Json + ".Serialization.Metadata";
        private const string Reader = TypeNames.Json + ".Utf8JsonReader";
        private const string Writer = TypeNames.Json + ".Utf8JsonWriter";
        private const string Options = TypeNames.Json + ".JsonSerializerOptions";
        private const string TokenType = TypeNames.Json + ".JsonTokenType";
        private const string Serialization = TypeNames.Runtime + ".Serialization";

        private readonly SpecModel _spec;
        private readonly TypeNames _names;

        // "Converters." + member name, written for every property: built once per model (on first use) and per list or
        // dictionary (up front, from the model).
        private readonly Dictionary<string, string> _modelConverters = new();
        private readonly Dictionary<TypeRef, string> _collectionConverters = new();
        private readonly Dictionary<TypeRef, string> _rootProperties = new();

        private readonly SourceBuffer? _buffer;

        public JsonContextEmitter(SpecModel spec, TypeNames names, SourceBuffer? buffer = null)
        {
            _spec = spec;
            _names = names;
            _buffer = buffer;
            foreach (JsonValueModel collection in spec.JsonCollections)
            {
                _collectionConverters[collection.Type] = "Converters." + collection.MemberName;
            }

            foreach (JsonValueModel root in spec.JsonRoots)
            {
                _rootProperties[root.Type] = root.MemberName;
            }
        }

        /// <summary>The context property that holds a type's JsonTypeInfo, e.g. <c>PulseticJsonContext.Default.Monitor</c>.</summary>
        public string TypeInfo(TypeRef type)
        {
            // Asked for by every operation that reads, writes or maps errors to a type: each name is built once.
            if (!_typeInfos.TryGetValue(type, out string? typeInfo))
            {
                string property = type.Kind is TypeRefKind.Model or TypeRefKind.Enum
                    ? _names.Find(type.ModelName!).ContextPropertyName
                    : _rootProperties[type];
                typeInfo = _names.Qualified(_spec.JsonContextName) + ".Default." + property;
                _typeInfos[type] = typeInfo;
            }

            return typeInfo;
        }

        private readonly Dictionary<TypeRef, string> _typeInfos = new();

        public string Emit()
        {
            SourceWriter writer = FileHeader.Start(_spec, _buffer);
            writer.Open("namespace " + _spec.Namespace);
            string context = _spec.JsonContextName;

            writer.Line($"/// <summary>System.Text.Json metadata for the types of <see cref=\"{_spec.ClientName}\"/>, usable with <c>JsonSerializer</c> without reflection.</summary>");
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{_spec.Accessibility} sealed partial class {context} : {TypeNames.Json}.Serialization.JsonSerializerContext");
            writer.Line($"private readonly {Serialization}.JsonTypeInfoCache _typeInfos;");
            writer.Line();
            writer.Line($"/// <summary>The shared instance the generated client uses.</summary>");
            writer.Line($"public static {context} Default {{ get; }} = new {context}(new {Options}());");
            writer.Line();
            writer.Line("/// <summary>Creates a context bound to <paramref name=\"options\"/>.</summary>");
            writer.Line($"public {context}({Options} options)");
            writer.Open("    : base(options)");
            writer.Line($"_typeInfos = new {Serialization}.JsonTypeInfoCache(Options, Converters.All);");
            writer.Close();
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"protected override {Options}? GeneratedSerializerOptions => null;");

            foreach ((TypeRef type, string name) in Members())
            {
                string csharp = _names.Of(type);
                writer.Line();
                writer.Line($"/// <summary>Metadata for {DocReference(type, csharp)}.</summary>");
                writer.Line($"public {Metadata}.JsonTypeInfo<{csharp}> {name} => _typeInfos.Get({ConverterOf(type)});");
            }

            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"public override {Metadata}.JsonTypeInfo? GetTypeInfo(global::System.Type type) => _typeInfos.Find(type);");
            WriteConverterInstances(writer);
            foreach (TypeModel type in _spec.Types.Where(t => t.Kind == TypeKind.Union))
            {
                writer.Line();
                WriteUnionConverter(writer, type);
            }

            writer.Close();
            writer.Close();
            return writer.Finish();
        }

        // Converter instances live in one static class. Models and enums are described by tables the runtime's
        // converters work from (one line per property); unions get a generated converter class. A model's table is
        // built on first use, so models that refer to each other can be declared in any order; list and dictionary
        // converters come after their element's, inner before outer, because their initializers read it.
        //
        // public static readonly JsonObjectConverter<Monitor> Monitor = new("Monitor", DescribeMonitor);
        // public static readonly JsonStringEnumConverter<MonitorStatus> MonitorStatus = new();
        //
        // private static JsonObjectShape<Monitor> DescribeMonitor() => new(static () => new Monitor { Id = default, Url = default! }, new JsonPropertyHandler<Monitor>[]
        // {
        //     new JsonProperty<Monitor, long>("id", JsonScalarConverters.Int64, static o => o.Id, static (o, v) => o.Id = v, JsonPropertyFlags.Required),
        // });
        //
        // The field initializers hold no lambdas: the compiler works out where each lambda in a field initializer sits
        // among all the class's initializers, and with thousands of fields (Stripe has 4,283) that cost seconds.
        private void WriteConverterInstances(SourceWriter writer)
        {
            writer.Line();
            writer.Open("private static class Converters");

            // Tables are built in methods rather than in the field initializers: there, nullable analysis would treat
            // every converter declared further down as not yet assigned.
            var tables = new List<TypeModel>();
            foreach (TypeModel type in _spec.Types)
            {
                string csharp = _names.Qualified(type.Name);
                switch (type.Kind)
                {
                    case TypeKind.Object:
                        tables.Add(type);
                        WriteObjectConverter(writer, type, csharp, type.DescribeMethodName!);
                        break;
                    case TypeKind.StringEnum:
                        writer.Line($"public static readonly {Serialization}.JsonStringEnumConverter<{csharp}> {type.ContextPropertyName} = new();");
                        break;
                    case TypeKind.IntegerEnum:
                        writer.Line($"public static readonly {Serialization}.JsonIntegerEnumConverter<{csharp}> {type.ContextPropertyName} = new();");
                        break;
                    default:
                        writer.Line($"public static readonly {type.ConverterName} {type.ContextPropertyName} = new {type.ConverterName}();");
                        break;
                }
            }

            foreach (JsonValueModel collection in _spec.JsonCollections)
            {
                string element = _names.Of(collection.Type.Element!);
                string converterType = collection.Type.Kind == TypeRefKind.List
                    ? $"{Serialization}.JsonListConverter<{element}>"
                    : $"{Serialization}.JsonDictionaryConverter<{element}>";
                writer.Line($"public static readonly {converterType} {collection.MemberName} = new {converterType}({ConverterOf(collection.Type.Element!)});");
            }

            // Declared after every converter it lists: static fields initialize in order.
            writer.Line();
            writer.Line("/// <summary>Every type the context describes, for <c>GetTypeInfo(Type)</c>.</summary>");
            writer.Line($"public static readonly {Serialization}.JsonTypeInfoSource[] All =");
            writer.Line("{");
            foreach ((TypeRef type, _) in Members())
            {
                writer.Line($"    {Serialization}.JsonTypeInfoSource.Of({ConverterOf(type)}),");
            }

            writer.Line("};");

            foreach (TypeModel type in tables)
            {
                string csharp = _names.Qualified(type.Name);
                writer.Line();
                writer.Line($"private static {Serialization}.JsonObjectShape<{csharp}> {type.DescribeMethodName}() => new(static () => {NewInstance(type, csharp)}, new {Serialization}.JsonPropertyHandler<{csharp}>[]");
                writer.Line("{");
                foreach (PropertyModel property in type.Properties)
                {
                    WritePropertyHandler(writer, csharp, property);
                }

                writer.Line("});");
            }

            writer.Close();
        }

        private static void WriteObjectConverter(SourceWriter writer, TypeModel type, string csharp, string describe) =>
            writer.Line($"public static readonly {Serialization}.JsonObjectConverter<{csharp}> {type.ContextPropertyName} = new({SourceWriter.Quote(type.SchemaName)}, {describe});");

        // The object initializer names every required member (with a placeholder the reader overwrites), which is
        // what C# asks of code that creates a type with required members.
        private static string NewInstance(TypeModel type, string csharp)
        {
            string required = string.Join(", ", type.Properties.Where(p => p.IsRequired).Select(p => $"{p.CSharpName} = default{(p.Type.IsValueType ? string.Empty : "!")}"));
            return required.Length == 0 ? $"new {csharp}()" : $"new {csharp} {{ {required} }}";
        }

        private const string RequiredFlag = ", " + Serialization + ".JsonPropertyFlags.Required";
        private const string NullableFlag = ", " + Serialization + ".JsonPropertyFlags.Nullable";
        private const string RequiredAndNullableFlags = RequiredFlag + " | " + Serialization + ".JsonPropertyFlags.Nullable";

        // new JsonProperty<Monitor, string>("name", JsonScalarConverters.String, static o => o.Name, static (o, v) => o.Name = v, JsonPropertyFlags.Nullable),
        private void WritePropertyHandler(SourceWriter writer, string model, PropertyModel property)
        {
            bool nullableStruct = property.Type.IsValueType && property.IsCSharpNullable;
            string handler = nullableStruct ? "JsonNullableProperty" : "JsonProperty";
            string assign = !property.IsCSharpNullable && !property.Type.IsValueType ? "v!" : "v";
            string flagArgument = (property.IsRequired, property.IsNullable) switch
            {
                (true, true) => RequiredAndNullableFlags,
                (true, false) => RequiredFlag,
                (false, true) => NullableFlag,
                _ => string.Empty,
            };
            writer.Line($"    new {Serialization}.{handler}<{model}, {_names.Of(property.Type)}>({SourceWriter.Quote(property.JsonName)}, {ConverterOf(property.Type)}, static o => o.{property.CSharpName}, static (o, v) => o.{property.CSharpName} = {assign}{flagArgument}),");
        }

        // Read: buffer the value; pick by discriminator when there is one; else the first alternative that reads, trying
        // those with more required properties first;
        // else keep the JSON in Unknown. Write: whichever alternative is set.
        private void WriteUnionConverter(SourceWriter writer, TypeModel type)
        {
            const string Union = TypeNames.Runtime + ".Serialization.JsonUnion";
            string csharp = _names.Qualified(type.Name);
            writer.Open($"private sealed class {type.ConverterName} : {TypeNames.Json}.Serialization.JsonConverter<{csharp}>");
            writer.Open($"public override {csharp} Read(ref {Reader} reader, global::System.Type typeToConvert, {Options} options)");
            writer.Line($"{TypeNames.Json}.JsonElement element = {TypeNames.Scalars}.JsonElement.Read(ref reader, typeof({TypeNames.Json}.JsonElement), options);");
            if (type.Discriminator is { } discriminator)
            {
                writer.Open($"switch ({Union}.Discriminator(element, {SourceWriter.Quote(discriminator)}))");
                foreach (UnionMemberModel member in type.UnionMembers.Where(m => m.DiscriminatorValues.Count > 0))
                {
                    foreach (string value in member.DiscriminatorValues)
                    {
                        writer.Line($"case {SourceWriter.Quote(value)}:");
                    }

                    writer.Line($"    return new {csharp}({Union}.Read(element, {ConverterOf(member.Type)}, options));");
                }

                foreach (string shared in type.SharedDiscriminatorValues)
                {
                    writer.Line($"case {SourceWriter.Quote(shared)}:");
                }

                writer.Line("case null:");
                writer.Line("    break;");
                writer.Line("default:");
                writer.Line("    // A kind this client does not know yet: keep it rather than guess.");
                writer.Line($"    return new {csharp}(element);");
                writer.Close();
                writer.Line();
            }

            // Most demanding first (OrderBy is stable, so equal alternatives keep the spec's order).
            foreach (UnionMemberModel member in type.UnionMembers.OrderByDescending(m => m.RequiredProperties))
            {
                writer.Open($"if ({Union}.TryRead(element, {ConverterOf(member.Type)}, options, out {_names.Of(member.Type)} {Identifiers.ToCamelCase(member.CSharpName).TrimStart('@')}Value))");
                writer.Line($"return new {csharp}({Identifiers.ToCamelCase(member.CSharpName).TrimStart('@')}Value);");
                writer.Close();
                writer.Line();
            }

            writer.Line($"return new {csharp}(element);");
            writer.Close();
            writer.Line();
            writer.Open($"public override void Write({Writer} writer, {csharp} value, {Options} options)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            foreach (UnionMemberModel member in type.UnionMembers)
            {
                string access = member.Type.IsValueType ? $"value.{member.CSharpName}.Value" : $"value.{member.CSharpName}";
                writer.Open($"if (value.{member.CSharpName} is not null)");
                writer.Line($"{ConverterOf(member.Type)}.Write(writer, {access}, options);");
                writer.Line("return;");
                writer.Close();
                writer.Line();
            }

            writer.Open("if (value.Unknown is { } unknown)");
            writer.Line("unknown.WriteTo(writer);");
            writer.Line("return;");
            writer.Close();
            writer.Line();
            writer.Line("writer.WriteNullValue();");
            writer.Close();
            writer.Close();
        }

        /// <summary>Every type the context describes, each with its property name: the models and enums, then the other request and response types.</summary>
        private IEnumerable<(TypeRef Type, string Name)> Members() =>
            _spec.Types.Select(t => (new TypeRef(t.Kind is TypeKind.Object or TypeKind.Union ? TypeRefKind.Model : TypeRefKind.Enum, t.Name), t.ContextPropertyName))
                .Concat(_spec.JsonRoots.Select(root => (root.Type, root.MemberName)));

        private string ConverterOf(TypeRef type)
        {
            if (TypeNames.ScalarConverter(type) is { } scalar)
            {
                return scalar;
            }

            if (type.Kind is not (TypeRefKind.Model or TypeRefKind.Enum))
            {
                return _collectionConverters[type];
            }

            if (!_modelConverters.TryGetValue(type.ModelName!, out string? converter))
            {
                converter = "Converters." + _names.Find(type.ModelName!).ContextPropertyName;
                _modelConverters[type.ModelName!] = converter;
            }

            return converter;
        }

        private static string DocReference(TypeRef type, string csharp) =>
            type.Kind is TypeRefKind.Model or TypeRefKind.Enum ? $"<see cref=\"{csharp}\"/>" : "<c>" + SourceWriter.EscapeXml(csharp.Replace("global::", string.Empty)) + "</c>";
    }
}
