using System;
using System.ComponentModel;
using System.Linq;
using System.Reflection;
using PulseticGen.Runtime;
using Xunit;

namespace PulseticGen.Runtime.Tests;

/// <summary>
/// What users of a generated client see of the runtime. Every exported type is either on the documented list below
/// (the table in runtime/PulseticGen.Runtime/README.md) or plumbing for generated code: in the CodeGeneration or
/// Serialization namespace and hidden from IntelliSense. A new public type fails here until someone decides which.
/// </summary>
public class PublicSurfaceTests
{
    private static readonly string[] UserFacing =
    {
        // Results
        "ApiResponse", "ApiResponse`1", "ApiFile", "ApiEndpoint", "IApiClient`1",

        // Errors
        "ApiException", "ApiValidationException", "ApiUnauthorizedException", "ApiForbiddenException", "ApiNotFoundException",
        "ApiConflictException", "ApiRateLimitException", "ApiServerException", "ApiTransportException",
        "ApiSerializationException", "ApiConfigurationException", "ApiTokenRequestException",

        // Credentials and request handlers
        "ApiKeyScheme", "ApiKeyLocation", "ApiKeyHandler", "ApiTokenProvider", "ApiToken", "ClientCredentialsTokenProvider",
        "ClientCredentialsOptions", "TokenRefreshHandler", "IdempotencyKeyHandler",

        // Diagnostics
        "ApiTelemetry", "SecretRedactor",
    };

    private static Type[] Exported() => typeof(ApiException).Assembly.GetExportedTypes().Where(type => !type.IsNested).ToArray();

    [Fact]
    public void Every_user_facing_type_is_in_the_root_namespace_and_shown()
    {
        Type[] exported = Exported();
        foreach (string name in UserFacing)
        {
            Type type = Assert.Single(exported, t => t.Name == name);
            Assert.Equal("PulseticGen.Runtime", type.Namespace);
            Assert.Null(type.GetCustomAttribute<EditorBrowsableAttribute>());
        }
    }

    [Fact]
    public void Every_other_exported_type_is_code_generation_plumbing_hidden_from_IntelliSense()
    {
        Type[] plumbing = Exported().Where(type => !UserFacing.Contains(type.Name)).ToArray();

        // The plumbing is most of what generated code calls; an empty list would mean this test checks nothing.
        Assert.Contains(plumbing, type => type.FullName == "PulseticGen.Runtime.CodeGeneration.ApiConnection");
        Assert.Contains(plumbing, type => type.FullName == "PulseticGen.Runtime.Serialization.JsonObjectConverter`1");
        foreach (Type type in plumbing)
        {
            if (type.FullName == "PulseticGen.Runtime.Serialization.JsonReadException")
            {
                // The inner exception of an ApiSerializationException, with the JSON path: users may look at it.
                continue;
            }

            Assert.True(
                type.Namespace is "PulseticGen.Runtime.CodeGeneration" or "PulseticGen.Runtime.Serialization",
                $"{type.FullName} is public but neither on the user-facing list nor in a plumbing namespace.");
            Assert.True(
                type.GetCustomAttribute<EditorBrowsableAttribute>()?.State == EditorBrowsableState.Never,
                $"{type.FullName} is plumbing for generated code but shows in IntelliSense.");
        }
    }
}
