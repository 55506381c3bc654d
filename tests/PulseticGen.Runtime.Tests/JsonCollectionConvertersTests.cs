using System;
using System.Collections.Generic;
using System.Text.Json;
using PulseticGen.Runtime.Serialization;
using Xunit;
using static PulseticGen.Runtime.Tests.JsonScalarConvertersTests;

namespace PulseticGen.Runtime.Tests
{
    public sealed class JsonCollectionConvertersTests
    {
        [Fact]
        public void List_reads_elements_leniently_and_keeps_null_elements_only_when_allowed()
        {
            IReadOnlyList<long> numbers = Read(new JsonListConverter<long>(JsonScalarConverters.Int64), """[1, "2", 3]""");
            IReadOnlyList<string> strings = Read(new JsonListConverter<string>(JsonScalarConverters.String, allowNullElements: true), """["a", null, 3]""");

            Assert.Equal(new long[] { 1, 2, 3 }, numbers);
            Assert.Equal(new[] { "a", null!, "3" }, strings);
            Assert.IsType<List<long>>(numbers);
        }

        [Fact]
        public void A_null_element_the_type_forbids_fails_with_its_index()
        {
            JsonException error = Assert.ThrowsAny<JsonException>(() => Read(new JsonListConverter<long>(JsonScalarConverters.Int64), """[1, "2", null]"""));

            JsonReadException read = Assert.IsType<JsonReadException>(error);
            Assert.Equal("$[2]", read.RelativePath);
        }

        [Fact]
        public void List_prefixes_the_failing_index()
        {
            JsonReadException ex = Assert.Throws<JsonReadException>(() => Read(new JsonListConverter<int>(JsonScalarConverters.Int32), """[1, 2, "three"]"""));

            Assert.Equal("$[2]", ex.RelativePath);
            Assert.EndsWith(" Path: $[2]", ex.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Nested_lists_build_the_full_path()
        {
            var converter = new JsonListConverter<IReadOnlyList<bool>>(new JsonListConverter<bool>(JsonScalarConverters.Boolean));

            JsonReadException ex = Assert.Throws<JsonReadException>(() => Read(converter, """[[true], [false, "maybe"]]"""));

            Assert.Equal("$[1][1]", ex.RelativePath);
        }

        [Fact]
        public void List_rejects_a_non_array()
        {
            JsonReadException ex = Assert.Throws<JsonReadException>(() => Read(new JsonListConverter<int>(JsonScalarConverters.Int32), """{"a":1}"""));

            Assert.Equal("$", ex.RelativePath);
            Assert.Contains("Expected an array", ex.Reason, StringComparison.Ordinal);
        }

        [Fact]
        public void List_writes_an_array()
        {
            Assert.Equal("""[1,2]""", Write(new JsonListConverter<int>(JsonScalarConverters.Int32), new[] { 1, 2 }));
        }

        [Fact]
        public void Dictionary_reads_values_leniently_with_ordinal_keys()
        {
            IReadOnlyDictionary<string, double> uptime = Read(new JsonDictionaryConverter<double>(JsonScalarConverters.Double, allowNullValues: true), """{"eu": "99.98", "EU": 100, "us": null}""");

            Assert.Equal(3, uptime.Count);
            Assert.Equal(99.98, uptime["eu"]);
            Assert.Equal(100, uptime["EU"]);
            Assert.Equal(0, uptime["us"]);
        }

        [Fact]
        public void A_null_value_the_type_forbids_fails_with_its_key()
        {
            JsonException error = Assert.ThrowsAny<JsonException>(() => Read(new JsonDictionaryConverter<double>(JsonScalarConverters.Double), """{"eu": 1, "us": null}"""));

            Assert.Equal("$.us", Assert.IsType<JsonReadException>(error).RelativePath);
        }

        [Theory]
        [InlineData("""{"ok": 1, "eu_west": "x"}""", "$.eu_west")]
        [InlineData("""{"eu-west": "x"}""", "$['eu-west']")]
        [InlineData("""{"it's": "x"}""", "$['it\\'s']")]
        [InlineData("""{"1st": "x"}""", "$['1st']")]
        public void Dictionary_prefixes_the_failing_key(string json, string path)
        {
            JsonReadException ex = Assert.Throws<JsonReadException>(() => Read(new JsonDictionaryConverter<int>(JsonScalarConverters.Int32), json));

            Assert.Equal(path, ex.RelativePath);
        }

        [Fact]
        public void Dictionary_writes_an_object()
        {
            var value = new Dictionary<string, bool> { ["a"] = true, ["b c"] = false };

            Assert.Equal("""{"a":true,"b c":false}""", Write(new JsonDictionaryConverter<bool>(JsonScalarConverters.Boolean), value));
        }
    }

    public sealed class JsonReadErrorsTests
    {
        [Fact]
        public void WithPath_and_WithIndex_build_the_path_from_the_inside_out()
        {
            JsonReadException inner = JsonReadErrors.UnexpectedToken(JsonTokenType.True, JsonTokenType.String, "Boolean");

            JsonReadException outer = JsonReadErrors.WithPath(JsonReadErrors.WithIndex(JsonReadErrors.WithPath(inner, "ssl_check"), 0), "data");

            Assert.Equal("$.data[0].ssl_check", outer.RelativePath);
            Assert.Equal("Expected a boolean for Boolean but found a string.", outer.Reason);
            Assert.Equal("Expected a boolean for Boolean but found a string. Path: $.data[0].ssl_check", outer.Message);
            Assert.Equal("$.data[0].ssl_check", outer.Path);
        }

        [Fact]
        public void WithPath_wraps_any_other_failure_and_keeps_it_as_the_cause()
        {
            var cause = new FormatException("Bad format.");

            JsonReadException ex = JsonReadErrors.WithPath(cause, "id");
            JsonReadException same = JsonReadErrors.WithPath(cause, null);

            Assert.Equal("$.id", ex.RelativePath);
            Assert.Equal("Bad format.", ex.Reason);
            Assert.Same(cause, ex.InnerException);
            Assert.Equal("$", same.RelativePath);
        }

        [Theory]
        [InlineData(typeof(JsonException), true)]
        [InlineData(typeof(FormatException), true)]
        [InlineData(typeof(InvalidOperationException), true)]
        [InlineData(typeof(OverflowException), true)]
        [InlineData(typeof(ArgumentException), true)]
        [InlineData(typeof(OperationCanceledException), false)]
        [InlineData(typeof(NullReferenceException), false)]
        public void IsReadFailure_recognises_read_failures(Type type, bool expected)
        {
            Assert.Equal(expected, JsonReadErrors.IsReadFailure((Exception)Activator.CreateInstance(type)!));
        }

        [Fact]
        public void MissingRequired_and_NullNotAllowed_name_the_type_and_property()
        {
            Assert.Equal("The required property 'id' of Monitor is missing.", JsonReadErrors.MissingRequired("Monitor", "id").Reason);
            Assert.Equal("The property 'id' of Monitor cannot be null.", JsonReadErrors.NullNotAllowed("Monitor", "id").Reason);
        }
    }
}
