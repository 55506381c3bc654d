namespace PulseticGen.Extensions
{
    /// <summary>The keys read from a client's configuration section; the names of the <see cref="ApiClientOptions"/> properties.</summary>
    internal static class ApiClientConfigurationKeys
    {
        public const string ApiToken = nameof(ApiClientOptions.ApiToken);
        public const string BaseAddress = nameof(ApiClientOptions.BaseAddress);
        public const string Timeout = nameof(ApiClientOptions.Timeout);
        public const string AllowInsecureHttp = nameof(ApiClientOptions.AllowInsecureHttp);
        public const string ClientId = nameof(ApiClientOptions.ClientId);
        public const string ClientSecret = nameof(ApiClientOptions.ClientSecret);
        public const string TokenUrl = nameof(ApiClientOptions.TokenUrl);
        public const string Scopes = nameof(ApiClientOptions.Scopes);
        public const string AutoIdempotencyKeys = nameof(ApiClientOptions.AutoIdempotencyKeys);
    }
}
