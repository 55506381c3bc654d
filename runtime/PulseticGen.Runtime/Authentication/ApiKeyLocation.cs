namespace PulseticGen.Runtime
{
    /// <summary>Where an API key travels with a request (OpenAPI's <c>in</c> for an <c>apiKey</c> security scheme).</summary>
    public enum ApiKeyLocation
    {
        /// <summary>A request header, such as <c>Authorization</c> or <c>X-API-Key</c>.</summary>
        Header,

        /// <summary>A query parameter. The value is redacted from the URL that exceptions keep.</summary>
        Query,

        /// <summary>A cookie.</summary>
        Cookie,
    }
}
