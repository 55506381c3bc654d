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
        private const string Errors = TypeNames.Runtime + ".Serialization.JsonReadErrors";

        private readonly SpecModel _spec;
        private readonly TypeNames _names;
        private readonly Dictionary<TypeRef, string> _compositeNames = new();
        private readonly List<TypeRef> _composites = new();
        private readonly List<(TypeRef Type, string Name)> _rootValues = new();

        public JsonContextEmitter(SpecModel spec, TypeNames names)
        {
            _spec = spec;
            _names = names;

            var scope = new NameScope(spec.Types.Select(t => t.ContextPropertyName).Concat(spec.Types.Select(t => t.ConverterName))
                .Concat(new[] { spec.JsonContextName, "Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Converters", "Create" }));

            foreach (TypeModel type in spec.Types)
            {
                foreach (TypeRef used in type.Properties.Select(p => p.Type).Concat(type.UnionMembers.Select(m => m.Type)))
                {
                    CollectComposites(used, scope);
                }
            }

            // Request bodies and results that are not models (a list of monitors, a number) need metadata of their own.
            var roots = new HashSet<TypeRef>();
            foreach (OperationModel operation in spec.Groups.SelectMany(g => g.Operations))
            {
                foreach (TypeRef? root in JsonRoots(operation))
                {
                    if (root is null || root.Kind is TypeRefKind.Model or TypeRefKind.Enum || !roots.Add(root))
                    {
                        continue;
                    }

                    CollectComposites(root, scope);
                    _rootValues.Add((root, _compositeNames.TryGetValue(root, out string? known) ? known : scope.Reserve(Key(root))));
                }
            }
        }

        /// <summary>The types an operation reads or writes as JSON with JsonSerializer, which need a JsonTypeInfo of their own.</summary>
        private IEnumerable<TypeRef?> JsonRoots(OperationModel operation)
        {
            if (operation.ResultEncoding == ContentEncoding.Json)
            {
                yield return operation.ResultType;
            }

            foreach (ParameterModel parameter in operation.Parameters)
            {
                if (ClientEmitter.NeedsObjectEncoding(parameter))
                {
                    yield return parameter.Type;
                }
            }

            switch (operation.Body)
            {
                case { Encoding: ContentEncoding.Json or ContentEncoding.FormUrlEncoded } body:
                    yield return body.Type;
                    break;
                case { Encoding: ContentEncoding.Multipart } multipart:
                    // Object-valued parts are sent as JSON.
                    foreach (PropertyModel property in _names.Find(multipart.Type.ModelName!).Properties)
                    {
                        if (MultipartPart.IsJson(property.Type))
                        {
                            yield return property.Type;
                        }
                    }

                    break;
            }
        }

        /// <summary>The context property that holds a type's JsonTypeInfo, e.g. <c>PulseticJsonContext.Default.Monitor</c>.</summary>
        public string TypeInfo(TypeRef type)
        {
            string member = type.Kind is TypeRefKind.Model or TypeRefKind.Enum
                ? _names.Find(type.ModelName!).ContextPropertyName
                : _rootValues.First(r => r.Type.Equals(type)).Name;
            return _names.Qualified(_spec.JsonContextName) + ".Default." + member;
        }

        public string Emit()
        {
            SourceWriter writer = FileHeader.Start(_spec);
            writer.Open("namespace " + _spec.Namespace);
            string context = _spec.JsonContextName;

            writer.Line($"/// <summary>System.Text.Json metadata for the types of <see cref=\"{_spec.ClientName}\"/>, usable with <c>JsonSerializer</c> without reflection.</summary>");
            writer.Line(TypeNames.GeneratedCodeAttribute);
            writer.Open($"{_spec.Accessibility} sealed partial class {context} : {TypeNames.Json}.Serialization.JsonSerializerContext");
            writer.Line($"/// <summary>The shared instance the generated client uses.</summary>");
            writer.Line($"public static {context} Default {{ get; }} = new {context}(new {Options}());");
            writer.Line();
            writer.Line("/// <summary>Creates a context bound to <paramref name=\"options\"/>.</summary>");
            writer.Line($"public {context}({Options} options)");
            writer.Line("    : base(options)");
            writer.Line("{");
            writer.Line("}");
            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Line($"protected override {Options}? GeneratedSerializerOptions => null;");

            var members = _spec.Types.Select(t => (Type: new TypeRef(t.Kind is TypeKind.Object or TypeKind.Union ? TypeRefKind.Model : TypeRefKind.Enum, t.Name), Name: t.ContextPropertyName))
                .Concat(_rootValues)
                .ToList();
            foreach ((TypeRef type, string name) in members)
            {
                string csharp = _names.Of(type);
                writer.Line();
                writer.Line($"private {Metadata}.JsonTypeInfo<{csharp}>? _{name};");
                writer.Line();
                writer.Line($"/// <summary>Metadata for {DocReference(type, csharp)}.</summary>");
                writer.Line($"public {Metadata}.JsonTypeInfo<{csharp}> {name} => _{name} ??= Create({ConverterOf(type)});");
            }

            writer.Line();
            writer.Line("/// <inheritdoc />");
            writer.Open($"public override {Metadata}.JsonTypeInfo? GetTypeInfo(global::System.Type type)");
            foreach ((TypeRef type, string name) in members)
            {
                writer.Open($"if (type == typeof({_names.Of(type)}))");
                writer.Line($"return {name};");
                writer.Close();
                writer.Line();
            }

            writer.Line("return null;");
            writer.Close();
            writer.Line();
            writer.Line($"private {Metadata}.JsonTypeInfo<T> Create<T>({TypeNames.Json}.Serialization.JsonConverter<T> converter) =>");
            writer.Line($"    {Metadata}.JsonMetadataServices.CreateValueInfo<T>(Options, converter);");

            WriteConverterInstances(writer);
            foreach (TypeModel type in _spec.Types)
            {
                writer.Line();
                if (type.Kind == TypeKind.Object)
                {
                    WriteObjectConverter(writer, type);
                }
                else if (type.Kind == TypeKind.Union)
                {
                    WriteUnionConverter(writer, type);
                }
                else
                {
                    WriteEnumConverter(writer, type);
                }
            }

            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        // Converter instances live in one static class: model converters first (they have no dependencies), then
        // list and dictionary converters, inner before outer, so every static initializer sees its element ready.
        private void WriteConverterInstances(SourceWriter writer)
        {
            writer.Line();
            writer.Open("private static class Converters");
            foreach (TypeModel type in _spec.Types)
            {
                writer.Line($"public static readonly {type.ConverterName} {type.ContextPropertyName} = new {type.ConverterName}();");
            }

            foreach (TypeRef composite in _composites)
            {
                string element = _names.Of(composite.Element!);
                string converterType = composite.Kind == TypeRefKind.List
                    ? $"{TypeNames.Runtime}.Serialization.JsonListConverter<{element}>"
                    : $"{TypeNames.Runtime}.Serialization.JsonDictionaryConverter<{element}>";
                writer.Line($"public static readonly {converterType} {_compositeNames[composite]} = new {converterType}({ConverterOf(composite.Element!)});");
            }

            writer.Close();
        }

        // private sealed class MonitorConverter : JsonConverter<Monitor>
        // {
        //     Read: one pass over the object's properties, matching UTF-8 names; unknown properties are skipped.
        //     Write: required properties always, optional ones only when set.
        // }
        private void WriteObjectConverter(SourceWriter writer, TypeModel type)
        {
            string csharp = _names.Qualified(type.Name);
            string schema = SourceWriter.Literal(type.SchemaName);
            writer.Open($"private sealed class {type.ConverterName} : {TypeNames.Json}.Serialization.JsonConverter<{csharp}>");
            foreach (PropertyModel property in type.Properties)
            {
                writer.Line($"private static readonly {TypeNames.Json}.JsonEncodedText {property.FieldName} = {TypeNames.Json}.JsonEncodedText.Encode({SourceWriter.Literal(property.JsonName)});");
            }

            if (type.Properties.Count > 0)
            {
                writer.Line();
            }

            writer.Open($"public override {csharp} Read(ref {Reader} reader, global::System.Type typeToConvert, {Options} options)");
            writer.Open($"if (reader.TokenType != {TokenType}.StartObject)");
            writer.Line($"throw {Errors}.UnexpectedToken({TokenType}.StartObject, reader.TokenType, {schema});");
            writer.Close();
            writer.Line();
            foreach (PropertyModel property in type.Properties)
            {
                writer.Line($"{_names.Of(property.Type, nullable: true)} {Local(property)} = default;");
                if (property.IsRequired)
                {
                    writer.Line($"bool {HasLocal(property)} = false;");
                }
            }

            writer.Line("string? property = null;");
            writer.Open("try");
            writer.Open($"while (reader.Read() && reader.TokenType == {TokenType}.PropertyName)");
            bool first = true;
            foreach (PropertyModel property in type.Properties)
            {
                writer.Open($"{(first ? "if" : "else if")} (reader.ValueTextEquals({SourceWriter.Literal(property.JsonName)}u8))");
                first = false;
                writer.Line($"property = {SourceWriter.Literal(property.JsonName)};");
                writer.Line("reader.Read();");
                string read = $"{ConverterOf(property.Type)}.Read(ref reader, typeof({_names.Of(property.Type)}), options)";
                if (property.IsNullable || !property.IsRequired)
                {
                    writer.Line($"{Local(property)} = reader.TokenType == {TokenType}.Null ? null : {read};");
                }
                else
                {
                    writer.Open($"if (reader.TokenType == {TokenType}.Null)");
                    writer.Line($"throw {Errors}.NullNotAllowed({schema}, {SourceWriter.Literal(property.JsonName)});");
                    writer.Close();
                    writer.Line();
                    writer.Line($"{Local(property)} = {read};");
                }

                if (property.IsRequired)
                {
                    writer.Line($"{HasLocal(property)} = true;");
                }

                writer.Close();
            }

            writer.Open(first ? "if (true)" : "else");
            writer.Line("// A property the spec does not list: servers add fields, so skip it rather than fail.");
            writer.Line("property = null;");
            writer.Open("if (!reader.TrySkip())");
            writer.Line($"throw {Errors}.UnexpectedToken({TokenType}.EndObject, reader.TokenType, {schema});");
            writer.Close();
            writer.Close();
            writer.Close();
            writer.Close();
            writer.Open($"catch (global::System.Exception exception) when ({Errors}.IsReadFailure(exception))");
            writer.Line($"throw {Errors}.WithPath(exception, property);");
            writer.Close();
            writer.Line();
            writer.Open($"if (reader.TokenType != {TokenType}.EndObject)");
            writer.Line($"throw {Errors}.UnexpectedToken({TokenType}.EndObject, reader.TokenType, {schema});");
            writer.Close();

            foreach (PropertyModel property in type.Properties.Where(p => p.IsRequired))
            {
                writer.Line();
                writer.Open($"if (!{HasLocal(property)})");
                writer.Line($"throw {Errors}.MissingRequired({schema}, {SourceWriter.Literal(property.JsonName)});");
                writer.Close();
            }

            writer.Line();
            writer.Line($"return new {csharp}");
            writer.Line("{");
            foreach (PropertyModel property in type.Properties)
            {
                string value = Local(property);
                if (property.IsRequired && !property.IsNullable)
                {
                    value = property.Type.IsValueType ? value + ".GetValueOrDefault()" : value + "!";
                }

                writer.Line($"    {property.CSharpName} = {value},");
            }

            writer.Line("};");
            writer.Close();
            writer.Line();

            writer.Open($"public override void Write({Writer} writer, {csharp} value, {Options} options)");
            writer.Line("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.Line("writer.WriteStartObject();");
            foreach (PropertyModel property in type.Properties)
            {
                string converter = ConverterOf(property.Type);
                if (!ModelEmitter.PropertyIsNullable(property) && property.Type.IsValueType)
                {
                    writer.Line($"writer.WritePropertyName({property.FieldName});");
                    writer.Line($"{converter}.Write(writer, value.{property.CSharpName}, options);");
                    continue;
                }

                string access = property.Type.IsValueType ? $"value.{property.CSharpName}.Value" : $"value.{property.CSharpName}";
                writer.Open($"if (value.{property.CSharpName} is not null)");
                writer.Line($"writer.WritePropertyName({property.FieldName});");
                writer.Line($"{converter}.Write(writer, {access}, options);");
                writer.Close();
                if (property.IsRequired)
                {
                    writer.Open("else");
                    writer.Line($"writer.WriteNull({property.FieldName});");
                    writer.Close();
                }
            }

            writer.Line("writer.WriteEndObject();");
            writer.Close();
            writer.Close();
        }

        // Read: buffer the value; pick by discriminator when there is one; else the first alternative that reads;
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
                writer.Open($"switch ({Union}.Discriminator(element, {SourceWriter.Literal(discriminator)}))");
                foreach (UnionMemberModel member in type.UnionMembers.Where(m => m.DiscriminatorValues.Count > 0))
                {
                    foreach (string value in member.DiscriminatorValues)
                    {
                        writer.Line($"case {SourceWriter.Literal(value)}:");
                    }

                    writer.Line($"    return new {csharp}({Union}.Read(element, {ConverterOf(member.Type)}, options));");
                }

                writer.Line("case null:");
                writer.Line("    break;");
                writer.Line("default:");
                writer.Line("    // A kind this client does not know yet: keep it rather than guess.");
                writer.Line($"    return new {csharp}(element);");
                writer.Close();
                writer.Line();
            }

            foreach (UnionMemberModel member in type.UnionMembers)
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

        private void WriteEnumConverter(SourceWriter writer, TypeModel type)
        {
            string csharp = _names.Qualified(type.Name);
            bool integer = type.Kind == TypeKind.IntegerEnum;
            writer.Open($"private sealed class {type.ConverterName} : {TypeNames.Json}.Serialization.JsonConverter<{csharp}>");
            writer.Line($"public override {csharp} Read(ref {Reader} reader, global::System.Type typeToConvert, {Options} options) =>");
            writer.Line(integer
                ? $"    new {csharp}({TypeNames.Scalars}.Int64.Read(ref reader, typeof(long), options));"
                : $"    new {csharp}({TypeNames.Scalars}.String.Read(ref reader, typeof(string), options) ?? string.Empty);");
            writer.Line();
            writer.Line($"public override void Write({Writer} writer, {csharp} value, {Options} options) =>");
            writer.Line(integer ? "    writer.WriteNumberValue(value.Value);" : "    writer.WriteStringValue(value.Value);");
            writer.Close();
        }

        private string ConverterOf(TypeRef type) =>
            TypeNames.ScalarConverter(type)
            ?? (type.Kind is TypeRefKind.Model or TypeRefKind.Enum
                ? "Converters." + _names.Find(type.ModelName!).ContextPropertyName
                : "Converters." + _compositeNames[type]);

        private void CollectComposites(TypeRef type, NameScope scope)
        {
            if (type.Kind is not (TypeRefKind.List or TypeRefKind.Dictionary) || _compositeNames.ContainsKey(type))
            {
                return;
            }

            CollectComposites(type.Element!, scope);
            _compositeNames[type] = scope.Reserve(Key(type));
            _composites.Add(type);
        }

        private static string Key(TypeRef type) => type.Kind switch
        {
            TypeRefKind.List => "ListOf" + Key(type.Element!),
            TypeRefKind.Dictionary => "DictionaryOf" + Key(type.Element!),
            TypeRefKind.Model or TypeRefKind.Enum => type.ModelName!,
            TypeRefKind.Any => "JsonElement",
            TypeRefKind.Bytes => "ByteArray",
            _ => type.Kind.ToString(),
        };

        private static string Local(PropertyModel property) => Identifiers.ToCamelCase(property.CSharpName).TrimStart('@') + "Value";

        private static string HasLocal(PropertyModel property) => "has" + property.CSharpName;

        private static string DocReference(TypeRef type, string csharp) =>
            type.Kind is TypeRefKind.Model or TypeRefKind.Enum ? $"<see cref=\"{csharp}\"/>" : "<c>" + SourceWriter.EscapeXml(csharp.Replace("global::", string.Empty)) + "</c>";
    }
}
