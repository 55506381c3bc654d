using System;
using System.Text.Json;
using Stj = System.Text.Json.Serialization;
using PulseticGen.Runtime.Serialization;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    /// <summary>
    /// The converters generated code builds from tables and interfaces rather than writing out: extensible enums through
    /// <see cref="IWireEnum{TSelf, TWire}"/>, models through a <see cref="JsonObjectShape{T}"/>.
    /// </summary>
    public sealed class JsonTableConvertersTests
    {
        private readonly record struct Plan : IWireEnum<Plan, string>
        {
            private readonly string? _value;

            public Plan(string value) => _value = value;

            public static Plan Free { get; } = new("free");

            public string Value => _value ?? string.Empty;

            static Plan IWireEnum<Plan, string>.FromWire(string value) => new(value);
        }

        private readonly record struct Priority(long Value) : IWireEnum<Priority, long>
        {
            static Priority IWireEnum<Priority, long>.FromWire(long value) => new(value);
        }

        private sealed class Account
        {
            public required string Id { get; set; }

            public Plan Plan { get; set; }
        }

        private static int s_describeCalls;

        private static JsonObjectShape<Account> DescribeAccount()
        {
            s_describeCalls++;
            return new(static () => new Account { Id = default! }, new JsonPropertyHandler<Account>[]
            {
                new JsonProperty<Account, string>("id", JsonScalarConverters.String, static o => o.Id, static (o, v) => o.Id = v!, JsonPropertyFlags.Required),
                new JsonProperty<Account, Plan>("plan", new JsonStringEnumConverter<Plan>(), static o => o.Plan, static (o, v) => o.Plan = v),
            });
        }

        private static T Read<T>(Stj.JsonConverter<T> converter, string json)
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json));
            reader.Read();
            return converter.Read(ref reader, typeof(T), new JsonSerializerOptions())!;
        }

        private static string Write<T>(Stj.JsonConverter<T> converter, T value)
        {
            using var stream = new System.IO.MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                converter.Write(writer, value, new JsonSerializerOptions());
            }

            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        [Fact]
        public void A_string_enum_keeps_a_value_the_spec_does_not_list_and_writes_it_back()
        {
            var converter = new JsonStringEnumConverter<Plan>();

            Assert.Equal(Plan.Free, Read(converter, "\"free\""));
            Plan unknown = Read(converter, "\"enterprise\"");
            Assert.Equal("enterprise", unknown.Value);
            Assert.Equal("\"enterprise\"", Write(converter, unknown));
        }

        [Fact]
        public void An_integer_enum_reads_numbers_leniently_and_writes_numbers()
        {
            var converter = new JsonIntegerEnumConverter<Priority>();

            Assert.Equal(new Priority(3), Read(converter, "3"));
            Assert.Equal(new Priority(4), Read(converter, "\"4\""));
            Assert.Equal("7", Write(converter, new Priority(7)));
        }

        [Fact]
        public void A_model_converter_describes_its_model_once_on_first_use_and_reads_and_writes_through_the_table()
        {
            int before = s_describeCalls;
            var converter = new JsonObjectConverter<Account>("Account", DescribeAccount);
            Assert.Equal(before, s_describeCalls);

            Account account = Read(converter, """{"plan":"pro","id":"acct_1","extra":[1,2]}""");
            string written = Write(converter, account);

            Assert.Equal("acct_1", account.Id);
            Assert.Equal("pro", account.Plan.Value);
            Assert.Equal("""{"id":"acct_1","plan":"pro"}""", written);
            Assert.Equal(before + 1, s_describeCalls);
        }

        [Fact]
        public void A_missing_required_property_fails_with_the_model_and_property_names()
        {
            var converter = new JsonObjectConverter<Account>("Account", DescribeAccount);

            JsonReadException error = Assert.ThrowsAny<JsonReadException>(() => Read(converter, """{"plan":"free"}"""));

            Assert.Contains("Account", error.Message, StringComparison.Ordinal);
            Assert.Contains("id", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_shape_without_a_factory_or_table_is_refused_when_built()
        {
            Assert.Throws<ArgumentNullException>(() => new JsonObjectShape<Account>(null!, Array.Empty<JsonPropertyHandler<Account>>()));
            Assert.Throws<ArgumentNullException>(() => new JsonObjectShape<Account>(static () => new Account { Id = "x" }, null!));
        }
    }
}
