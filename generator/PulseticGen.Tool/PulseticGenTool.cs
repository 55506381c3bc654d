using System;
using System.IO;
using System.Threading;
using PulseticGen.Generator;
using PulseticGen.Generator.Emitting;
using PulseticGen.Generator.Model;
using PulseticGen.Tool.CommandLine;
using PulseticGen.Tool.Commands;

namespace PulseticGen.Tool;

/// <summary>Exit codes: scripts and CI tell "the spec is wrong" from "the command line is wrong".</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The generator reported an error, the generated code does not compile cleanly, or a file could not be written.</summary>
    public const int Failed = 1;

    /// <summary>The command line is wrong, or the spec file cannot be found or read.</summary>
    public const int Usage = 2;

    /// <summary>Interrupted (Ctrl+C), by the shell convention 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}

/// <summary>The tool's entry: parses the command line, reads the spec, and runs a command.</summary>
internal static class PulseticGenTool
{
    /// <summary>Runs one command line; writes results to <paramref name="stdout"/> and usage problems to <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        ParsedCommandLine parsed = CommandLineParser.Parse(args);
        if (parsed.HelpRequested)
        {
            stdout.Write(HelpText.For(parsed.Command));
            stdout.WriteLine();
            return ExitCodes.Success;
        }

        if (parsed.VersionRequested)
        {
            stdout.WriteLine($"pulseticgen {GeneratorInfo.Version}");
            return ExitCodes.Success;
        }

        if (parsed.Arguments is not { } arguments)
        {
            return UsageError(stderr, parsed.Command, parsed.Error ?? "invalid command line");
        }

        if (ReadSpec(arguments, stderr) is not { } input)
        {
            return ExitCodes.Usage;
        }

        try
        {
            return arguments.Command == ToolCommand.Generate
                ? GenerateCommand.Run(input, arguments.OutputDirectory!, stdout, stderr, cancellationToken)
                : CheckCommand.Run(input, stdout, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            stderr.WriteLine("pulseticgen: cancelled");
            return ExitCodes.Cancelled;
        }
    }

    private static SpecInput? ReadSpec(ToolArguments arguments, TextWriter stderr)
    {
        string path = arguments.SpecPath;
        if (Directory.Exists(path))
        {
            UsageError(stderr, arguments.Command, $"'{path}' is a folder: give the spec file");
            return null;
        }

        if (!File.Exists(path))
        {
            UsageError(stderr, arguments.Command, $"spec file '{path}' not found");
            return null;
        }

        try
        {
            // The path is kept as typed: diagnostics name it the way the user does, and relative paths stay clickable.
            string text = File.ReadAllText(path);

            // A split spec: the files its $refs name are read here, relative to the file naming them (the tool may touch
            // the disk; the generator may not). A file that is not there is left out and reported at its $ref.
            EquatableArray<SpecPart> parts = SpecParts.Reachable(path, text, file => File.Exists(file) ? new SpecPart(file, File.ReadAllText(file)) : null).ToEquatableArray();
            return new SpecInput(path, text, arguments.Options) { Parts = parts };
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            UsageError(stderr, arguments.Command, $"cannot read '{path}': {exception.Message}");
            return null;
        }
    }

    private static int UsageError(TextWriter stderr, ToolCommand? command, string message)
    {
        string help = command is null ? "pulseticgen --help" : $"pulseticgen {command.Value.ToString().ToLowerInvariant()} --help";
        stderr.WriteLine($"pulseticgen: error: {message} (see '{help}')");
        return ExitCodes.Usage;
    }
}
