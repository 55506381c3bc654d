using System.ComponentModel;
using Spectre.Console.Cli;

namespace Pulsetic.Cli.Commands;

/// <summary>Options of every command that prints results.</summary>
internal class OutputSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print JSON for scripts instead of tables. Lists print an array of the API's objects.")]
    public bool Json { get; set; }

    [CommandOption("--verbose")]
    [Description("Print each request's method, URL, status and time to standard error. Never prints the token.")]
    public bool Verbose { get; set; }
}

/// <summary>Options of every command that calls the API.</summary>
internal class ApiSettings : OutputSettings
{
    [CommandOption("--token <TOKEN>")]
    [Description("Pulsetic API token. Defaults to $PULSETIC_API_TOKEN, then \"token\" in ~/.config/pulsetic/config.json ($PULSETIC_CONFIG).")]
    public string? Token { get; set; }

    [CommandOption("--base-url <URL>")]
    [Description("API root. Defaults to $PULSETIC_BASE_URL, then https://api.pulsetic.com/api/public/.")]
    public string? BaseUrl { get; set; }
}

/// <summary>Commands that act on one resource by id.</summary>
internal class IdSettings : ApiSettings
{
    [CommandArgument(0, "<ID>")]
    [Description("The resource's numeric id.")]
    public long Id { get; set; }
}
