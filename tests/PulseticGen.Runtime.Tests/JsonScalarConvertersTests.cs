using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using PulseticGen.Runtime.Serialization;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class JsonScalarConvertersTests
    {
        [Theory]
        [InlineData("\"up\"", "up")]
        [InlineData("200", "200")]
        [InlineData("1.50", "1.50")]
        [InlineData("-3e2", "-3e2")]
        [InlineData("true", "true")]
        [InlineData("false", "false")]
        [InlineData("\"caf\\u00e9\"", "caf\u00e9")]
        public void String_reads_strings_and_the_raw_text_of_numbers_and_booleans(string json, string expected)
        {
            Assert.Equal(expected, Read(JsonScalarConverters.String, json));
        }

        [Theory]
        [InlineData("42", 42)]
        [InlineData("\"600\"", 600)]
        [InlineData("\" -7 \"", -7)]
        [InlineData("600.0", 600)]
        [InlineData("\"6e2\"", 600)]
        [InlineData("2147483647", int.MaxValue)]
        public void Int32_reads_numbers_and_numeric_strings(string json, int expected)
        {
            Assert.Equal(expected, Read(JsonScalarConverters.Int32, json));
        }

        [Theory]
        [InlineData("9007199254740993", 9007199254740993L)]
        [InlineData("\"9007199254740993\"", 9007199254740993L)]
        [InlineData("\"-1\"", -1L)]
        public void Int64_reads_numbers_and_numeric_strings_exactly(string json, long expected)
        {
            Assert.Equal(expected, Read(JsonScalarConverters.Int64, json));
        }

        [Theory]
        [InlineData("1.5")]
        [InlineData("\"1.5\"")]
        [InlineData("2147483648")]
        [InlineData("\"abc\"")]
        [InlineData("\"\"")]
        [InlineData("true")]
        [InlineData("{}")]
        [InlineData("[1]")]
        [InlineData("null")]
        public void Int32_rejects_fractions_overflow_words_and_other_tokens_with_a_path(string json)
        {
            JsonReadException ex = Assert.Throws<JsonReadException>(() => Read(JsonScalarConverters.Int32, json));

            Assert.Equal("$", ex.RelativePath);
            Assert.Contains("Int32", ex.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void Numeric_readers_ignore_the_current_culture()
        {
            CultureInfo original = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                Assert.Equal(99.98, Read(JsonScalarConverters.Double, "\"99.98\""));
                Assert.Equal(99.98f, Read(JsonScalarConverters.Single, "\"99.98\""));
                Assert.Equal(99.98m, Read(JsonScalarConverters.Decimal, "\"99.98\""));
                Assert.Throws<JsonReadException>(() => Read(JsonScalarConverters.Double, "\"99,98\""));
            }
            finally
            {
                CultureInfo.CurrentCulture = original;
            }
        }

        [Theory]
        [InlineData("99.98", 99.98)]
        [InlineData("\"99.98\"", 99.98)]
        [InlineData("\"1e3\"", 1000.0)]
        [InlineData("7", 7.0)]
        public void Double_reads_numbers_and_numeric_strings(string json, double expected)
        {
            Assert.Equal(expected, Read(JsonScalarConverters.Double, json));
        }

        [Fact]
        public void Double_and_single_round_trip_non_finite_values_as_strings()
        {
            Assert.Equal("\"NaN\"", Write(JsonScalarConverters.Double, double.NaN));
            Assert.Equal("\"-Infinity\"", Write(JsonScalarConverters.Single, float.NegativeInfinity));
            Assert.True(double.IsNaN(Read(JsonScalarConverters.Double, "\"NaN\"")));
            Assert.Equal("0.1", Write(JsonScalarConverters.Double, 0.1));
        }

        [Fact]
        public void Decimal_keeps_precision_from_numbers_and_strings()
        {
            Assert.Equal(0.1m + 0.2m, Read(JsonScalarConverters.Decimal, "0.3"));
            Assert.Equal(12345678901234567890.123m, Read(JsonScalarConverters.Decimal, "\"12345678901234567890.123\""));
            Assert.Equal("1.50", Write(JsonScalarConverters.Decimal, 1.50m));
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("false", false)]
        [InlineData("1", true)]
        [InlineData("0", false)]
        [InlineData("\"TRUE\"", true)]
        [InlineData("\"False\"", false)]
        [InlineData("\"1\"", true)]
        [InlineData("\"0\"", false)]
        public void Boolean_reads_booleans_zero_and_one_and_their_strings(string json, bool expected)
        {
            Assert.Equal(expected, Read(JsonScalarConverters.Boolean, json));
        }

        [Theory]
        [InlineData("2")]
        [InlineData("\"yes\"")]
        [InlineData("\"\"")]
        [InlineData("0.5")]
        [InlineData("[]")]
        public void Boolean_rejects_anything_else(string json)
        {
            Assert.ThrowsAny<JsonException>(() => Read(JsonScalarConverters.Boolean, json));
        }

        [Theory]
        [InlineData("\"2023-04-12T16:36:32.000000Z\"", "2023-04-12T16:36:32.0000000+00:00")]
        [InlineData("\"2023-04-12T16:36:32Z\"", "2023-04-12T16:36:32.0000000+00:00")]
        [InlineData("\"2023-04-12T16:36:32.123456789Z\"", "2023-04-12T16:36:32.1234567+00:00")]
        [InlineData("\"2023-04-12T16:36:32+02:00\"", "2023-04-12T16:36:32.0000000+02:00")]
        [InlineData("\"2023-04-12T16:36:32.5-0500\"", "2023-04-12T16:36:32.5000000-05:00")]
        [InlineData("\"2023-04-12 16:36:32\"", "2023-04-12T16:36:32.0000000+00:00")]
        [InlineData("\"2023-04-12T16:36:32\"", "2023-04-12T16:36:32.0000000+00:00")]
        [InlineData("\"2023-04-12\"", "2023-04-12T00:00:00.0000000+00:00")]
        [InlineData("\"Wed, 12 Apr 2023 16:36:32 GMT\"", "2023-04-12T16:36:32.0000000+00:00")]
        [InlineData("1681317392", "2023-04-12T16:36:32.0000000+00:00")]
        [InlineData("\"1681317392\"", "2023-04-12T16:36:32.0000000+00:00")]
        [InlineData("1681317392.25", "2023-04-12T16:36:32.2500000+00:00")]
        public void DateTimeOffset_reads_iso_laravel_sql_rfc1123_and_unix_seconds(string json, string expected)
        {
            Assert.Equal(expected, Read(JsonScalarConverters.DateTimeOffset, json).ToString("O", CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("\"yesterday\"")]
        [InlineData("\"04/12/2023\"")]
        [InlineData("99999999999999")]
        [InlineData("true")]
        public void DateTimeOffset_rejects_other_shapes(string json)
        {
            Assert.Throws<JsonReadException>(() => Read(JsonScalarConverters.DateTimeOffset, json));
        }

        [Fact]
        public void DateTimeOffset_writes_the_round_trip_format()
        {
            var value = new DateTimeOffset(2023, 4, 12, 16, 36, 32, TimeSpan.FromHours(2));

            Assert.Equal("\"2023-04-12T16:36:32.0000000+02:00\"", Write(JsonScalarConverters.DateTimeOffset, value));
        }

        [Fact]
        public void DateOnly_guid_and_base64_read_and_write_their_string_forms()
        {
            Assert.Equal(new DateOnly(2024, 2, 29), Read(JsonScalarConverters.DateOnly, "\"2024-02-29\""));
            Assert.Equal("\"2024-02-29\"", Write(JsonScalarConverters.DateOnly, new DateOnly(2024, 2, 29)));
            Assert.Throws<JsonReadException>(() => Read(JsonScalarConverters.DateOnly, "\"29.02.2024\""));

            var id = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e");
            Assert.Equal(id, Read(JsonScalarConverters.Guid, "\"{0F8FAD5B-D9CB-469F-A165-70867728950E}\""));
            Assert.Equal("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", Write(JsonScalarConverters.Guid, id));
            Assert.Throws<JsonReadException>(() => Read(JsonScalarConverters.Guid, "\"not-a-guid\""));

            Assert.Equal(new byte[] { 0xfb, 0xff, 0x01 }, Read(JsonScalarConverters.Base64, "\"+/8B\""));
            Assert.Equal(new byte[] { 0xfb, 0xff, 0x01 }, Read(JsonScalarConverters.Base64, "\"-_8B\""));
            Assert.Equal(new byte[] { 0x68, 0x69 }, Read(JsonScalarConverters.Base64, "\"aGk\""));
            Assert.Equal("\"+/8B\"", Write(JsonScalarConverters.Base64, new byte[] { 0xfb, 0xff, 0x01 }));
            Assert.Throws<JsonReadException>(() => Read(JsonScalarConverters.Base64, "\"***\""));
        }

        [Fact]
        public void JsonElement_clones_any_value_including_null()
        {
            JsonElement element = Read(JsonScalarConverters.JsonElement, """{"a":[1,"x",null]}""");
            JsonElement nothing = Read(JsonScalarConverters.JsonElement, "null");

            Assert.Equal("x", element.GetProperty("a")[1].GetString());
            Assert.Equal(JsonValueKind.Null, nothing.ValueKind);
            Assert.Equal("""{"a":[1,"x",null]}""", Write(JsonScalarConverters.JsonElement, element));
        }

        [Fact]
        public void Converters_work_when_called_directly_on_the_value_token()
        {
            var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("""["42", 7, "x"]"""));
            reader.Read();
            reader.Read();
            long first = JsonScalarConverters.Int64.Read(ref reader, typeof(long), TypeInfos.Options);
            reader.Read();
            long second = JsonScalarConverters.Int64.Read(ref reader, typeof(long), TypeInfos.Options);
            reader.Read();
            string third = JsonScalarConverters.String.Read(ref reader, typeof(string), TypeInfos.Options)!;

            Assert.Equal((42L, 7L, "x"), (first, second, third));
        }

        [Fact]
        public async Task Converters_work_through_async_stream_deserialization_with_small_buffers()
        {
            var options = new JsonSerializerOptions { DefaultBufferSize = 16, TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine() };
            var info = System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<System.Collections.Generic.IReadOnlyList<DateTimeOffset>>(options, new JsonListConverter<DateTimeOffset>(JsonScalarConverters.DateTimeOffset));
            byte[] json = Encoding.UTF8.GetBytes("""["2023-04-12T16:36:32.000000Z", 1681317392, "2023-04-12 16:36:32"]""");

            var values = await JsonSerializer.DeserializeAsync(new MemoryStream(json), info);

            Assert.Equal(3, values!.Count);
            Assert.All(values, v => Assert.Equal(new DateTimeOffset(2023, 4, 12, 16, 36, 32, TimeSpan.Zero), v));
        }

        internal static T Read<T>(JsonConverter<T> converter, string json) =>
            JsonSerializer.Deserialize(json, TypeInfos.For(converter))!;

        internal static string Write<T>(JsonConverter<T> converter, T value) =>
            JsonSerializer.Serialize(value, TypeInfos.For(converter));
    }
}
