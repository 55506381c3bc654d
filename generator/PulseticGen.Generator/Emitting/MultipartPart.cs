using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Emitting
{
    /// <summary>The statement that adds one property of a multipart body as a part: text, file, repeated parts or JSON.</summary>
    internal static class MultipartPart
    {
        // form.Add("name", body.Name);                  a text or file part
        // form.AddEach("tags", body.Tags);              repeated parts for an array
        // form.AddJson("meta", body.Meta, Context.Meta); an object, as JSON
        public static string Statement(PropertyModel property, string access, TypeNames names, JsonContextEmitter json)
        {
            string name = SourceWriter.Literal(property.JsonName);
            TypeRef type = property.Type;
            bool nullable = property.IsCSharpNullable;
            if (type.IsStructured)
            {
                // A nullable struct (JsonElement?) cannot bind to AddJson<T>(T?): pass the value when there is one.
                return type.IsValueType && nullable
                    ? $"if ({access}.HasValue) {{ form.AddJson({name}, {access}.Value, {json.TypeInfo(type)}); }}"
                    : $"form.AddJson({name}, {access}, {json.TypeInfo(type)});";
            }

            switch (type.Kind)
            {
                case TypeRefKind.File:
                case TypeRefKind.String:
                    return $"form.Add({name}, {access});";
                case TypeRefKind.Bytes:
                    return $"form.Add({name}, {access} is null ? null : {TypeNames.Runtime}.ApiFile.FromBytes({access}, {name}));";
                case TypeRefKind.List when type.Element!.Kind is TypeRefKind.File or TypeRefKind.String:
                    return $"form.AddEach({name}, {access});";
                case TypeRefKind.List:
                    return $"form.AddEach({name}, {access} is null ? null : global::System.Linq.Enumerable.Select({access}, static item => {names.WireString(type.Element!, "item")}));";
                default:
                    string value = nullable && type.IsValueType ? access + ".Value" : access;
                    string text = names.WireString(type, value);
                    return nullable
                        ? $"form.Add({name}, {access} is null ? null : {text});"
                        : $"form.Add({name}, {text});";
            }
        }
    }
}
