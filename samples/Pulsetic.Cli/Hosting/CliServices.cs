using System;
using System.Net.Http;
using Pulsetic.Cli.Commands;
using PulseticGen.Runtime;
using Spectre.Console;

namespace Pulsetic.Cli.Hosting;

/// <summary>What every command gets from the host: the two consoles, the environment, and a way to reach the API.</summary>
internal sealed class CliServices
{
    public CliServices(IAnsiConsole output, IAnsiConsole errors, CliEnvironment environment, SecretRedactor redactor)
    {
        Output = output;
        Errors = errors;
        Environment = environment;
        Redactor = redactor;
    }

    /// <summary>Results: tables, or JSON with <c>--json</c>. Standard output.</summary>
    public IAnsiConsole Output { get; }

    /// <summary>Errors, <c>--verbose</c> lines and progress, so they never mix into JSON a script is reading. Standard error.</summary>
    public IAnsiConsole Errors { get; }

    public CliEnvironment Environment { get; }

    public SecretRedactor Redactor { get; }

    /// <summary>Where the token in use came from, for the 401 message; <see langword="null"/> before a command connects.</summary>
    public string? TokenSource { get; private set; }

    /// <summary>A client for the account named by the command's options, the environment or the config file.</summary>
    /// <exception cref="UsageException">No usable token or base URL.</exception>
    public PulseticClient Connect(ApiSettings settings)
    {
        ApiCredentials credentials = ApiCredentials.Resolve(settings.Token, settings.BaseUrl, Environment);
        return Connect(credentials, settings.Verbose);
    }

    public PulseticClient Connect(ApiCredentials credentials, bool verbose)
    {
        Redactor.Add(credentials.Token);
        TokenSource = credentials.TokenSource;
        HttpMessageHandler? transport = verbose
            ? new VerboseHttpHandler(WriteErrorLine, Redactor, new SocketsHttpHandler { AllowAutoRedirect = false })
            : null;

        // With no handler given, Create uses its own, which does not follow redirects either.
        return PulseticClient.Create(credentials.Token, credentials.BaseAddress, transport);
    }

    /// <summary>Writes one redacted line to standard error, as is: no markup, and no wrapping at the console width.</summary>
    public void WriteErrorLine(string line) => Errors.Profile.Out.Writer.WriteLine(Redactor.Redact(line));
}
