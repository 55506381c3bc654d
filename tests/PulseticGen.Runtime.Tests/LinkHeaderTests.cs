using System;
using System.Net.Http;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class LinkHeaderTests
    {
        [Fact]
        public void Finds_next_among_several_links_in_one_value()
        {
            Uri? next = LinkHeader.FindNext(new[]
            {
                "<https://api.github.com/repositories/1/issues?page=1>; rel=\"prev\", <https://api.github.com/repositories/1/issues?page=3>; rel=\"next\", <https://api.github.com/repositories/1/issues?page=9>; rel=\"last\"",
            });

            Assert.Equal("https://api.github.com/repositories/1/issues?page=3", next?.AbsoluteUri);
        }

        [Fact]
        public void Reads_unquoted_and_multi_valued_rel_and_urls_with_commas_and_semicolons()
        {
            Assert.Equal("https://x.test/a?ids=1,2;3", LinkHeader.FindNext(new[] { "<https://x.test/a?ids=1,2;3>; title=\"a, b; c\"; REL=next" })?.AbsoluteUri);
            Assert.Equal("https://x.test/n", LinkHeader.FindNext(new[] { "<https://x.test/p>; rel=\"prev\"", "<https://x.test/n>; rel=\"next last\"" })?.AbsoluteUri);
        }

        [Fact]
        public void No_next_relation_or_a_malformed_value_gives_null()
        {
            Assert.Null(LinkHeader.FindNext(new[] { "<https://x.test/p>; rel=\"prev\", <https://x.test/l>; rel=\"last\"" }));
            Assert.Null(LinkHeader.FindNext(new[] { "<https://x.test/n; rel=\"next\"" }));
            Assert.Null(LinkHeader.FindNext(new[] { "https://x.test/n; rel=\"next\"" }));
            Assert.Null(LinkHeader.FindNext(new[] { "<https://x.test/n>; rel=\"nextpage\"" }));
            Assert.Null(LinkHeader.FindNext(Array.Empty<string>()));
        }

        [Fact]
        public void Next_page_requests_stay_on_the_api_host()
        {
            using var stub = new StubHttpMessageHandler(_ => TestConnections.Json("[]"));
            ApiConnection connection = TestConnections.Create(stub);

            using HttpRequestMessage same = connection.CreateNextPageRequest(TestConnections.GetMonitor, new Uri("https://API.pulsetic.com/api/public/monitors?page=2"));
            Assert.Equal(HttpMethod.Get, same.Method);
            Assert.Equal("https://api.pulsetic.com/api/public/monitors?page=2", same.RequestUri!.AbsoluteUri);

            using HttpRequestMessage relative = connection.CreateNextPageRequest(TestConnections.GetMonitor, new Uri("monitors?page=3", UriKind.Relative));
            Assert.Equal("https://api.pulsetic.com/api/public/monitors?page=3", relative.RequestUri!.AbsoluteUri);

            foreach (string foreign in new[] { "https://evil.example/api/public/monitors", "http://api.pulsetic.com/api/public/monitors", "https://api.pulsetic.com:8443/monitors" })
            {
                var error = Assert.Throws<ApiException>(() => connection.CreateNextPageRequest(TestConnections.GetMonitor, new Uri(foreign)));
                Assert.Contains("another server", error.Message, StringComparison.Ordinal);
            }
        }
    }
}
