using System.Text.Json.Serialization;

namespace PulseticGen.Runtime.OAuth2
{
    // RFC 6749, 5.1 (success) and 5.2 (error) share one shape here: a server answers with one or the other.
    internal sealed class TokenResponse
    {
        [JsonPropertyName("access_token")]
        public string? AccessToken { get; set; }

        [JsonPropertyName("token_type")]
        public string? TokenType { get; set; }

        // Some servers send it as a string ("3600").
        [JsonPropertyName("expires_in")]
        [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
        public double? ExpiresIn { get; set; }

        [JsonPropertyName("error")]
        public string? Error { get; set; }

        [JsonPropertyName("error_description")]
        public string? ErrorDescription { get; set; }
    }

    [JsonSerializable(typeof(TokenResponse))]
    internal sealed partial class TokenResponseContext : JsonSerializerContext
    {
    }
}
