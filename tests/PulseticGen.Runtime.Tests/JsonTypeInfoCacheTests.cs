using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PulseticGen.Runtime.Serialization;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class JsonTypeInfoCacheTests
    {
        private static readonly JsonListConverter<long> Numbers = new(JsonScalarConverters.Int64);

        [Fact]
        public void The_typed_property_and_GetTypeInfo_hand_out_the_same_instance_in_either_order()
        {
            var options = new JsonSerializerOptions();
            var cache = new JsonTypeInfoCache(options, new[] { JsonTypeInfoSource.Of(MonitorModelConverter.Instance), JsonTypeInfoSource.Of(Numbers) });

            JsonTypeInfo<MonitorModel> typed = cache.Get(MonitorModelConverter.Instance);
            JsonTypeInfo? found = cache.Find(typeof(IReadOnlyList<long>));
            JsonTypeInfo<IReadOnlyList<long>> typedAfterFind = cache.Get(Numbers);

            Assert.Same(typed, cache.Find(typeof(MonitorModel)));
            Assert.Same(found, typedAfterFind);
            Assert.Same(options, typed.Options);
            Assert.Same(Numbers, typedAfterFind.Converter);
        }

        [Fact]
        public void A_type_the_context_does_not_describe_is_not_found()
        {
            var cache = new JsonTypeInfoCache(new JsonSerializerOptions(), new[] { JsonTypeInfoSource.Of(Numbers) });

            Assert.Null(cache.Find(typeof(MonitorModel)));
            Assert.Null(cache.Find(typeof(List<long>)));
        }

        [Fact]
        public void Metadata_made_from_a_source_reads_with_its_converter()
        {
            // In a generated context the options' resolver is the context itself; here an empty one stands in.
            var options = new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() };
            var cache = new JsonTypeInfoCache(options, new[] { JsonTypeInfoSource.Of(Numbers) });

            var typeInfo = (JsonTypeInfo<IReadOnlyList<long>>)cache.Find(typeof(IReadOnlyList<long>))!;

            // The lenient Int64 reader accepts a numeric string: proof the listed converter, not a default one, is used.
            Assert.Equal(new long[] { 1, 2 }, JsonSerializer.Deserialize("""[1, "2"]""", typeInfo));
        }

        [Fact]
        public void Null_arguments_are_rejected()
        {
            Assert.Throws<ArgumentNullException>(() => JsonTypeInfoSource.Of<long>(null!));
            Assert.Throws<ArgumentNullException>(() => new JsonTypeInfoCache(null!, Array.Empty<JsonTypeInfoSource>()));
            Assert.Throws<ArgumentNullException>(() => new JsonTypeInfoCache(new JsonSerializerOptions(), Array.Empty<JsonTypeInfoSource>()).Find(null!));
        }
    }
}
