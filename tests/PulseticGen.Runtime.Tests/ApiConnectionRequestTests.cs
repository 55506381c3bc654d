using System;
using System.Linq;
using System.Net.Http;
using PulseticGen.Runtime.CodeGeneration;
using Xunit;

namespace PulseticGen.Runtime.Tests
{
    public sealed class ApiConnectionRequestTests
    {
        private static readonly ApiEndpoint GetChecks = new("getMonitorChecks", "get", "/monitors/{monitorId}/checks", "Monitors", "List checks");

        [Theory]
        [InlineData("https://api.pulsetic.com/api/public")]
        [InlineData("https://api.pulsetic.com/api/public/")]
        public void Keeps_the_base_address_path(string baseAddress)
        {
            var connection = new ApiConnection(new HttpClient(), new Uri(baseAddress));

            using HttpRequestMessage request = connection.CreateRequest(GetChecks, "monitors/12/checks", "?page=2");

            Assert.Equal("https://api.pulsetic.com/api/public/", connection.BaseAddress.AbsoluteUri);
            Assert.Equal("https://api.pulsetic.com/api/public/monitors/12/checks?page=2", request.RequestUri!.AbsoluteUri);
            Assert.Same(HttpMethod.Get, request.Method);
            Assert.Equal("application/json", request.Headers.Accept.Single().MediaType);
            Assert.True(request.Options.TryGetValue(ApiConnection.EndpointOptionKey, out ApiEndpoint? stored));
            Assert.Same(GetChecks, stored);
        }

        [Fact]
        public void Prefers_the_http_client_base_address_and_tolerates_a_leading_slash()
        {
            var client = new HttpClient { BaseAddress = new Uri("http://localhost:5080/api/public") };
            var connection = new ApiConnection(client, new Uri("https://api.pulsetic.com/api/public/"));

            using HttpRequestMessage request = connection.CreateRequest(GetChecks, "/monitors/a%2Fb/checks", string.Empty);

            Assert.Equal("http://localhost:5080/api/public/monitors/a%2Fb/checks", request.RequestUri!.AbsoluteUri);
        }

        [Fact]
        public void Rejects_a_relative_default_base_address()
        {
            Assert.Throws<ArgumentException>(() => new ApiConnection(new HttpClient(), new Uri("api/public", UriKind.Relative)));
        }

        [Fact]
        public void Endpoint_normalises_the_method_and_describes_itself()
        {
            var custom = new ApiEndpoint("purge", "purge", "/cache", null, null, isDeprecated: true);

            Assert.Equal("GET", GetChecks.Method);
            Assert.Same(HttpMethod.Get, GetChecks.HttpMethod);
            Assert.Same(HttpMethod.Patch, new ApiEndpoint("updateMonitor", "Patch", "/monitors/{id}", null, null).HttpMethod);
            Assert.Equal("PURGE", custom.HttpMethod.Method);
            Assert.True(custom.IsDeprecated);
            Assert.Equal("GET /monitors/{monitorId}/checks (getMonitorChecks)", GetChecks.ToString());
            Assert.Throws<ArgumentException>(() => new ApiEndpoint("x", "GE T", "/", null, null));
        }
    }
}
