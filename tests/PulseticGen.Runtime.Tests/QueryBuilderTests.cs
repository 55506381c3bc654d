using System;
using System.Globalization;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class QueryBuilderTests
    {
        [Fact]
        public void Is_empty_until_something_is_added()
        {
            var query = new QueryBuilder();
            query.Add("search", (string?)null);
            query.Add("page", (int?)null);
            query.AddEach("ids", (string[]?)null);
            query.AddJoined("tags", Array.Empty<string>(), ',');

            Assert.Equal(string.Empty, query.ToString());
        }

        [Fact]
        public void Joins_pairs_with_ampersands_and_skips_nulls()
        {
            var query = new QueryBuilder();
            query.Add("page", 2);
            query.Add("search", (string?)null);
            query.Add("limit", 50L);
            query.Add("active", true);
            query.Add("empty", string.Empty);

            Assert.Equal("?page=2&limit=50&active=true&empty=", query.ToString());
        }

        [Fact]
        public void Escapes_names_and_values()
        {
            var query = new QueryBuilder();
            query.Add("q", "a b&c=d/e?f#g+h%");
            query.Add("na me", "caf\u00e9");

            Assert.Equal("?q=a%20b%26c%3Dd%2Fe%3Ff%23g%2Bh%25&na%20me=caf%C3%A9", query.ToString());
        }

        [Fact]
        public void Keeps_brackets_literal_in_names_for_php_arrays_but_escapes_them_in_values()
        {
            var query = new QueryBuilder();
            query.AddEach("nodes[]", new[] { "a", "b[1]" });

            Assert.Equal("?nodes[]=a&nodes[]=b%5B1%5D", query.ToString());
        }

        [Fact]
        public void Formats_numbers_invariantly_under_a_german_culture()
        {
            CultureInfo original = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture really uses a comma

                var query = new QueryBuilder();
                query.Add("ratio", 1.5);
                query.Add("weight", 2.25f);
                query.Add("price", 1234.50m);
                query.Add("big", 1234567L);
                query.AddEach("d", new[] { 0.1, -3e-7 });

                Assert.Equal("?ratio=1.5&weight=2.25&price=1234.50&big=1234567&d=0.1&d=-3E-07", query.ToString());
            }
            finally
            {
                CultureInfo.CurrentCulture = original;
            }
        }

        [Fact]
        public void Formats_guids_dates_and_timestamps_in_their_wire_forms()
        {
            var query = new QueryBuilder();
            query.Add("id", new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"));
            query.Add("day", new DateOnly(2024, 2, 29));
            query.Add("since", new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2)));

            Assert.Equal("?id=0f8fad5b-d9cb-469f-a165-70867728950e&day=2024-02-29&since=2024-02-29T13%3A45%3A00.0000000%2B02%3A00", query.ToString());
        }

        [Fact]
        public void AddEach_repeats_the_name_for_every_item_and_skips_null_items()
        {
            var query = new QueryBuilder();
            query.AddEach("status", new[] { "up", null!, "down" });
            query.AddEach("id", new long[] { 1, 2 });
            query.AddEach("n", new[] { 3, 4 });

            Assert.Equal("?status=up&status=down&id=1&id=2&n=3&n=4", query.ToString());
        }

        [Theory]
        [InlineData(',', "?tags=a,b%2Cc,d%20e")]
        [InlineData(' ', "?tags=a%20b%2Cc%20d%20e")]
        [InlineData('|', "?tags=a%7Cb%2Cc%7Cd%20e")]
        public void AddJoined_writes_one_pair_with_the_style_delimiter(char separator, string expected)
        {
            var query = new QueryBuilder();
            query.AddJoined("tags", new[] { "a", "b,c", null!, "d e" }, separator);

            Assert.Equal(expected, query.ToString());
        }

        [Fact]
        public void AddJoined_skips_null_and_all_null_lists_without_leaving_a_separator()
        {
            var query = new QueryBuilder();
            query.Add("a", 1);
            query.AddJoined("tags", null, ',');
            query.AddJoined("tags", new string[] { null! }, ',');
            query.Add("b", 2);

            Assert.Equal("?a=1&b=2", query.ToString());
        }

        [Fact]
        public void Rejects_an_empty_name()
        {
            Assert.Throws<ArgumentException>(() => new QueryBuilder().Add("", "x"));
        }
    }
}
