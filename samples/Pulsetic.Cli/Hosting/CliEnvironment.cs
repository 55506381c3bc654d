using System;
using System.Collections.Generic;
using System.IO;

namespace Pulsetic.Cli.Hosting;

/// <summary>
/// What the tool reads from its surroundings: environment variables and the home directory. Tests pass their own, so a
/// developer's real <c>PULSETIC_API_TOKEN</c> or config file never leaks into a test run.
/// </summary>
internal sealed class CliEnvironment
{
    public const string TokenVariable = "PULSETIC_API_TOKEN";
    public const string BaseUrlVariable = "PULSETIC_BASE_URL";
    public const string ConfigVariable = "PULSETIC_CONFIG";

    private readonly Func<string, string?> _getVariable;

    public CliEnvironment(Func<string, string?> getVariable, string homeDirectory)
    {
        _getVariable = getVariable;
        HomeDirectory = homeDirectory;
    }

    public string HomeDirectory { get; }

    /// <summary>Where the user config file is: <c>$PULSETIC_CONFIG</c>, else <c>$XDG_CONFIG_HOME/pulsetic/config.json</c>, else <c>~/.config/pulsetic/config.json</c>.</summary>
    public string ConfigPath
    {
        get
        {
            string? overridden = Get(ConfigVariable);
            if (overridden is not null)
            {
                return overridden;
            }

            string configHome = Get("XDG_CONFIG_HOME") ?? Path.Combine(HomeDirectory, ".config");
            return Path.Combine(configHome, "pulsetic", "config.json");
        }
    }

    public static CliEnvironment FromProcess() =>
        new(Environment.GetEnvironmentVariable, Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public static CliEnvironment FromVariables(IReadOnlyDictionary<string, string> variables, string homeDirectory) =>
        new(name => variables.TryGetValue(name, out string? value) ? value : null, homeDirectory);

    /// <summary>The zone for times in tables: <c>$TZ</c> (an IANA or Windows id) when it names one, else the machine's.</summary>
    public TimeZoneInfo TimeZone
    {
        get
        {
            if (Get("TZ") is { } id && TimeZoneInfo.TryFindSystemTimeZoneById(id.TrimStart(':'), out TimeZoneInfo? zone))
            {
                return zone;
            }

            return TimeZoneInfo.Local;
        }
    }

    /// <summary>The variable's value, or <see langword="null"/> when it is unset or empty.</summary>
    public string? Get(string name) => _getVariable(name) is { Length: > 0 } value ? value : null;
}
