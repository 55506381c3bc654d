using System;
using System.Globalization;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiUrlTests
    {
        [Theory]
        [InlineData("a/b", "a%2Fb")]
        [InlineData("what?", "what%3F")]
        [InlineData("#1", "%231")]
        [InlineData("my monitor", "my%20monitor")]
        [InlineData("caf\u00e9 \u2603", "caf%C3%A9%20%E2%98%83")]
        [InlineData("100%", "100%25")]
        [InlineData("a+b", "a%2Bb")]
        [InlineData("...", "...")]
        [InlineData("plain-id_1.2~", "plain-id_1.2~")]
        public void PathSegment_escapes_everything_that_could_change_the_path(string value, string expected)
        {
            Assert.Equal(expected, ApiUrl.PathSegment(value));
        }

        [Theory]
        [InlineData("")]
        [InlineData(".")]
        [InlineData("..")]
        public void PathSegment_rejects_values_that_would_address_another_resource(string value)
        {
            Assert.Throws<ArgumentException>(() => ApiUrl.PathSegment(value));
        }

        [Fact]
        public void PathSegment_formats_typed_values_invariantly()
        {
            CultureInfo original = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("de-DE");
                Assert.Equal("12", ApiUrl.PathSegment(12));
                Assert.Equal("-9007199254740993", ApiUrl.PathSegment(-9007199254740993L));
                Assert.Equal("1.5", ApiUrl.PathSegment(1.5));
                Assert.Equal("true", ApiUrl.PathSegment(true));
                Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", ApiUrl.PathSegment(new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")));
                Assert.Equal("2024-02-29", ApiUrl.PathSegment(new DateOnly(2024, 2, 29)));
                Assert.Equal("2024-02-29T13%3A45%3A00.0000000%2B00%3A00", ApiUrl.PathSegment(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.Zero)));
            }
            finally
            {
                CultureInfo.CurrentCulture = original;
            }
        }

        [Fact]
        public void Format_uses_the_wire_forms()
        {
            Assert.Equal("0.1", ApiUrl.Format(0.1));
            Assert.Equal("0.1", ApiUrl.Format(0.1f));
            Assert.Equal("1.50", ApiUrl.Format(1.50m));
            Assert.Equal("false", ApiUrl.Format(false));
            Assert.Equal("2024-02-29T13:45:00.0000000+02:00", ApiUrl.Format(new DateTimeOffset(2024, 2, 29, 13, 45, 0, TimeSpan.FromHours(2))));
            Assert.Equal("NaN", ApiUrl.Format(double.NaN));
        }
    }
}
