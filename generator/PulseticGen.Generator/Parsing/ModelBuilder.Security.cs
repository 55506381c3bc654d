using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.OpenApi;
using PulseticGen.Generator.Model;

namespace PulseticGen.Generator.Parsing
{
    /// <summary>The client's server URL and security scheme, read from the document's servers and components.</summary>
    internal sealed partial class ModelBuilder
    {
        private string DefaultBaseUrl()
        {
            OpenApiServer? server = _document.Servers?.FirstOrDefault();
            string url = server?.Url ?? string.Empty;
            if (server?.Variables is { } variables)
            {
                foreach (KeyValuePair<string, OpenApiServerVariable> variable in variables)
                {
                    url = url.Replace("{" + variable.Key + "}", variable.Value?.Default ?? string.Empty);
                }
            }

            if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? absolute) || (absolute.Scheme != "http" && absolute.Scheme != "https"))
            {
                // A relative server URL ("/api/v3") has no host: callers must give HttpClient.BaseAddress.
                url = "http://localhost/" + url.TrimStart('/');
            }

            return url.EndsWith("/", StringComparison.Ordinal) ? url : url + "/";
        }

        private SecuritySchemeModel? ReadSecurity()
        {
            if (_document.Components?.SecuritySchemes is not { Count: > 0 } schemes)
            {
                return null;
            }

            // Prefer a scheme the document requires globally; otherwise the first one we can apply.
            IEnumerable<string> required = (_document.Security ?? new List<OpenApiSecurityRequirement>())
                .SelectMany(requirement => requirement.Keys)
                .Select(reference => reference.Reference?.Id)
                .Where(id => id is not null)!;
            foreach (string name in required.Concat(schemes.Keys))
            {
                if (!schemes.TryGetValue(name, out IOpenApiSecurityScheme? scheme) || scheme is null)
                {
                    continue;
                }

                string? description = Clean(scheme.Description);
                if (scheme.Type == SecuritySchemeType.ApiKey && !string.IsNullOrWhiteSpace(scheme.Name))
                {
                    CredentialLocation location = scheme.In switch
                    {
                        Microsoft.OpenApi.ParameterLocation.Query => CredentialLocation.Query,
                        Microsoft.OpenApi.ParameterLocation.Cookie => CredentialLocation.Cookie,
                        _ => CredentialLocation.Header,
                    };
                    return new SecuritySchemeModel(name, location, scheme.Name!.Trim(), null, description);
                }

                if (scheme.Type == SecuritySchemeType.Http && string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase))
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Basic", description);
                }

                if (scheme.Type == SecuritySchemeType.Http && string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase))
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Bearer", description);
                }

                if (scheme.Type == SecuritySchemeType.OAuth2 && scheme.Flows?.ClientCredentials?.TokenUrl is { IsAbsoluteUri: true } tokenUrl
                    && (tokenUrl.Scheme == Uri.UriSchemeHttps || tokenUrl.Scheme == Uri.UriSchemeHttp))
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Bearer", description, tokenUrl.AbsoluteUri, RequiredScopes(name));
                }

                if (scheme.Type is SecuritySchemeType.OAuth2 or SecuritySchemeType.OpenIdConnect)
                {
                    return new SecuritySchemeModel(name, CredentialLocation.Header, "Authorization", "Bearer", description);
                }
            }

            return null;
        }

        // The scopes the document-wide requirement names for this scheme, in order and without repeats.
        private EquatableArray<string> RequiredScopes(string schemeName)
        {
            var scopes = new List<string>();
            foreach (OpenApiSecurityRequirement requirement in _document.Security ?? new List<OpenApiSecurityRequirement>())
            {
                foreach (KeyValuePair<OpenApiSecuritySchemeReference, List<string>> entry in requirement)
                {
                    if (entry.Key.Reference?.Id == schemeName && entry.Value is not null)
                    {
                        scopes.AddRange(entry.Value.Where(scope => !string.IsNullOrWhiteSpace(scope)).Select(scope => scope.Trim()));
                    }
                }
            }

            return new EquatableArray<string>(scopes.Distinct(StringComparer.Ordinal).ToImmutableArray());
        }
    }
}
