using System;
using System.Net.Http;

namespace PulseticGen.Runtime
{
    /// <summary>
    /// Describes one operation of the API: its HTTP method, path template and OpenAPI metadata. Generated clients keep
    /// one static instance per operation and pass it with every request, so errors can name the operation.
    /// </summary>
    public sealed class ApiEndpoint
    {
        /// <summary>Creates an endpoint description.</summary>
        /// <param name="operationId">The OpenAPI <c>operationId</c>, such as <c>getMonitor</c>.</param>
        /// <param name="method">The HTTP method in any case, such as <c>get</c> or <c>GET</c>.</param>
        /// <param name="pathTemplate">The OpenAPI path, such as <c>/monitors/{monitorId}</c>.</param>
        /// <param name="tag">The operation's first OpenAPI tag, if any.</param>
        /// <param name="summary">The operation's OpenAPI summary, if any.</param>
        /// <param name="isDeprecated">Whether the specification marks the operation deprecated.</param>
        /// <exception cref="ArgumentException"><paramref name="operationId"/> or <paramref name="method"/> is empty, or the method is not a valid HTTP method name.</exception>
        /// <param name="requiresAuthentication">False when the specification marks the operation public (<c>security: []</c>): no credential is sent.</param>
        /// <param name="acceptsIdempotencyKey">True when the specification declares an <c>Idempotency-Key</c> header on this POST or PATCH.</param>
        public ApiEndpoint(string operationId, string method, string pathTemplate, string? tag, string? summary, bool isDeprecated = false, bool requiresAuthentication = true, bool acceptsIdempotencyKey = false)
        {
            RequiresAuthentication = requiresAuthentication;
            AcceptsIdempotencyKey = acceptsIdempotencyKey;
            ArgumentException.ThrowIfNullOrEmpty(operationId);
            ArgumentException.ThrowIfNullOrEmpty(method);
            ArgumentNullException.ThrowIfNull(pathTemplate);
            if (!HttpSyntax.IsToken(method))
            {
                throw new ArgumentException($"'{method}' is not a valid HTTP method.", nameof(method));
            }

            OperationId = operationId;
            Method = method.ToUpperInvariant();
            HttpMethod = ToHttpMethod(Method);
            PathTemplate = pathTemplate;
            Tag = tag;
            Summary = summary;
            IsDeprecated = isDeprecated;
        }

        /// <summary>The OpenAPI <c>operationId</c>, such as <c>getMonitor</c>.</summary>
        public string OperationId { get; }

        /// <summary>The HTTP method in upper case, such as <c>GET</c>.</summary>
        public string Method { get; }

        /// <summary>The method as an <see cref="System.Net.Http.HttpMethod"/>; the shared instance (<see cref="HttpMethod.Get"/> and so on) for standard methods.</summary>
        public HttpMethod HttpMethod { get; }

        /// <summary>The OpenAPI path template, such as <c>/monitors/{monitorId}</c>.</summary>
        public string PathTemplate { get; }

        /// <summary>The operation's first OpenAPI tag, if any.</summary>
        public string? Tag { get; }

        /// <summary>The operation's OpenAPI summary, if any.</summary>
        public string? Summary { get; }

        /// <summary>Whether the specification marks the operation deprecated.</summary>
        public bool IsDeprecated { get; }

        /// <summary>Whether the operation takes the API's credential; false for operations the specification marks public.</summary>
        public bool RequiresAuthentication { get; }

        /// <summary>
        /// Whether the specification declares an <c>Idempotency-Key</c> header on this operation, so the server can recognize
        /// a repeated request (<see cref="IdempotencyKeyHandler"/> fills it in when the caller does not).
        /// </summary>
        public bool AcceptsIdempotencyKey { get; }

        /// <summary>Returns the method, template and operation id, for example <c>GET /monitors/{monitorId} (getMonitor)</c>.</summary>
        /// <returns>A one-line description of the endpoint.</returns>
        public override string ToString() => $"{Method} {PathTemplate} ({OperationId})";

        private static HttpMethod ToHttpMethod(string upperCaseMethod) => upperCaseMethod switch
        {
            "GET" => HttpMethod.Get,
            "POST" => HttpMethod.Post,
            "PUT" => HttpMethod.Put,
            "DELETE" => HttpMethod.Delete,
            "PATCH" => HttpMethod.Patch,
            "HEAD" => HttpMethod.Head,
            "OPTIONS" => HttpMethod.Options,
            "TRACE" => HttpMethod.Trace,
            _ => new HttpMethod(upperCaseMethod),
        };
    }
}
