using System;
using System.IO;
using System.Text.Json;

namespace Pulsetic.Cli.Hosting;

/// <summary>The token and base address a command talks to, and where the token came from (for messages, never the value).</summary>
internal sealed record ApiCredentials(string Token, string TokenSource, Uri BaseAddress)
{
    /// <summary>
    /// Resolves the token from <c>--token</c>, then <c>PULSETIC_API_TOKEN</c>, then the config file; and the base address
    /// from <c>--base-url</c>, then <c>PULSETIC_BASE_URL</c>, then the real API.
    /// </summary>
    /// <exception cref="UsageException">No token anywhere, an unreadable config file, or a base URL that is not an http(s) URL.</exception>
    public static ApiCredentials Resolve(string? tokenOption, string? baseUrlOption, CliEnvironment environment)
    {
        (string Token, string Source)? token = FindToken(tokenOption, environment) ?? throw new UsageException(
            $"No API token. Pass --token, set {CliEnvironment.TokenVariable}, or write {{\"token\": \"...\"}} to {environment.ConfigPath}. Run 'pulsetic demo' to try the tool without an account.");
        CheckTokenShape(token.Value.Token, token.Value.Source);
        return new ApiCredentials(token.Value.Token, token.Value.Source, ResolveBaseAddress(baseUrlOption, environment));
    }

    /// <summary>Whether any token is configured, without validating it; decides what a bare <c>pulsetic</c> does.</summary>
    public static bool IsTokenConfigured(CliEnvironment environment) => FindToken(null, environment) is not null;

    public static Uri ResolveBaseAddress(string? baseUrlOption, CliEnvironment environment)
    {
        (string? value, string source) = baseUrlOption is not null
            ? (baseUrlOption, "--base-url")
            : (environment.Get(CliEnvironment.BaseUrlVariable), CliEnvironment.BaseUrlVariable);
        if (value is null)
        {
            return PulseticClient.DefaultBaseAddress;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out Uri? address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"{source} must be an absolute http or https URL such as {PulseticClient.DefaultBaseAddress}.");
        }

        return address.AbsolutePath.EndsWith('/') ? address : new Uri(address.GetLeftPart(UriPartial.Path) + "/" + address.Query);
    }

    private static (string Token, string Source)? FindToken(string? tokenOption, CliEnvironment environment)
    {
        if (tokenOption is not null)
        {
            return (tokenOption, "--token");
        }

        if (environment.Get(CliEnvironment.TokenVariable) is { } fromVariable)
        {
            return (fromVariable, CliEnvironment.TokenVariable);
        }

        string configPath = environment.ConfigPath;
        return ReadConfigToken(configPath) is { } fromFile ? (fromFile, configPath) : null;
    }

    private static string? ReadConfigToken(string path)
    {
        byte[] content;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            content = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot read the config file {path}: {exception.Message}");
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new UsageException($"The config file {path} must hold a JSON object such as {{\"token\": \"...\"}}.");
            }

            if (!document.RootElement.TryGetProperty("token", out JsonElement token))
            {
                return null;
            }

            return token.ValueKind == JsonValueKind.String
                ? token.GetString() is { Length: > 0 } value ? value : null
                : throw new UsageException($"\"token\" in the config file {path} must be a string.");
        }
        catch (JsonException exception)
        {
            // JsonException's own message can quote the file, which holds the token; say only where it broke.
            throw new UsageException($"The config file {path} is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).");
        }
    }

    private static void CheckTokenShape(string token, string source)
    {
        if (token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"The token from {source} starts with 'Bearer '. Pulsetic expects the raw API token in the Authorization header (no 'Bearer' prefix); remove the prefix.");
        }

        try
        {
            PulseticGen.Runtime.ApiToken.Validate(token, "token");
        }
        catch (ArgumentException exception)
        {
            // The runtime's message names a position and a kind of character, never the token.
            string reason = exception.Message.Split(" (Parameter", 2)[0];
            throw new UsageException($"The token from {source} cannot be sent: {reason}");
        }
    }
}
