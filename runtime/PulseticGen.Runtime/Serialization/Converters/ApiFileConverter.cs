using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PulseticGen.Runtime.Serialization.Converters
{
    // A `format: binary` value that appears inside JSON (rare, but real specs do it) travels as base64, the only way
    // JSON can carry bytes.
    internal sealed class ApiFileConverter : JsonConverter<ApiFile>
    {
        private static readonly Base64Converter s_bytes = new();

        public override ApiFile Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ApiFile.FromBytes(s_bytes.Read(ref reader, typeof(byte[]), options) ?? Array.Empty<byte>());

        public override void Write(Utf8JsonWriter writer, ApiFile value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(value);
            writer.WriteBase64StringValue(value.ToArray());
        }
    }
}
