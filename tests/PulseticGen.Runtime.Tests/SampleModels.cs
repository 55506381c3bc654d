using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PulseticGen.Runtime.Serialization;

namespace PulseticGen.Runtime.Tests
{
    internal sealed class MonitorModel
    {
        public long Id { get; set; }

        public string? Name { get; set; }

        public bool SslCheck { get; set; }
    }

    internal sealed class MonitorPage
    {
        public IReadOnlyList<MonitorModel> Data { get; set; } = Array.Empty<MonitorModel>();

        public long? LastPage { get; set; }
    }

    /// <summary>Hand-written in the shape the generator emits: scalar converters called directly, failures wrapped with a path.</summary>
    internal sealed class MonitorModelConverter : JsonConverter<MonitorModel>
    {
        public static readonly MonitorModelConverter Instance = new();

        public override MonitorModel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.StartObject, reader.TokenType, "Monitor");
            }

            var monitor = new MonitorModel();
            bool hasId = false;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = reader.GetString()!;
                reader.Read();
                try
                {
                    switch (name)
                    {
                        case "id":
                            if (reader.TokenType == JsonTokenType.Null)
                            {
                                throw JsonReadErrors.NullNotAllowed("Monitor", "id");
                            }

                            monitor.Id = JsonScalarConverters.Int64.Read(ref reader, typeof(long), options);
                            hasId = true;
                            break;
                        case "name":
                            monitor.Name = reader.TokenType == JsonTokenType.Null ? null : JsonScalarConverters.String.Read(ref reader, typeof(string), options);
                            break;
                        case "ssl_check":
                            monitor.SslCheck = JsonScalarConverters.Boolean.Read(ref reader, typeof(bool), options);
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
                catch (Exception ex) when (JsonReadErrors.IsReadFailure(ex))
                {
                    throw JsonReadErrors.WithPath(ex, name);
                }
            }

            return hasId ? monitor : throw JsonReadErrors.MissingRequired("Monitor", "id");
        }

        public override void Write(Utf8JsonWriter writer, MonitorModel value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WritePropertyName("id");
            JsonScalarConverters.Int64.Write(writer, value.Id, options);
            writer.WritePropertyName("name");
            JsonScalarConverters.String.Write(writer, value.Name!, options);
            writer.WritePropertyName("ssl_check");
            JsonScalarConverters.Boolean.Write(writer, value.SslCheck, options);
            writer.WriteEndObject();
        }
    }

    internal sealed class MonitorPageConverter : JsonConverter<MonitorPage>
    {
        private static readonly JsonListConverter<MonitorModel> Monitors = new(MonitorModelConverter.Instance);

        public override MonitorPage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonReadErrors.UnexpectedToken(JsonTokenType.StartObject, reader.TokenType, "MonitorPage");
            }

            var page = new MonitorPage();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                string name = reader.GetString()!;
                reader.Read();
                try
                {
                    switch (name)
                    {
                        case "data":
                            page.Data = Monitors.Read(ref reader, typeof(IReadOnlyList<MonitorModel>), options)!;
                            break;
                        case "last_page":
                            page.LastPage = reader.TokenType == JsonTokenType.Null ? null : JsonScalarConverters.Int64.Read(ref reader, typeof(long), options);
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
                catch (Exception ex) when (JsonReadErrors.IsReadFailure(ex))
                {
                    throw JsonReadErrors.WithPath(ex, name);
                }
            }

            return page;
        }

        public override void Write(Utf8JsonWriter writer, MonitorPage value, JsonSerializerOptions options) =>
            throw new NotSupportedException();
    }

    internal static class TypeInfos
    {
        public static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = JsonTypeInfoResolver.Combine() };

        public static readonly JsonTypeInfo<MonitorPage> MonitorPage = JsonMetadataServices.CreateValueInfo<MonitorPage>(Options, new MonitorPageConverter());

        public static readonly JsonTypeInfo<MonitorModel> Monitor = JsonMetadataServices.CreateValueInfo<MonitorModel>(Options, MonitorModelConverter.Instance);

        public static JsonTypeInfo<T> For<T>(JsonConverter<T> converter) =>
            JsonMetadataServices.CreateValueInfo<T>(new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() }, converter);
    }
}
