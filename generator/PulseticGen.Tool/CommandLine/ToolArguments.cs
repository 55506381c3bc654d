using System;
using System.Collections.Generic;
using System.Linq;
using PulseticGen.Generator.Model;

namespace PulseticGen.Tool.CommandLine;

/// <summary>The two things the tool does.</summary>
internal enum ToolCommand
{
    Generate,
    Check,
}

/// <summary>A command line that asks for work: which command, which spec, where to write, and the generator options.</summary>
/// <param name="Options">The options a build takes from the spec item's metadata (names, visibility, filters); null means "derive from the spec".</param>
internal sealed record ToolArguments(ToolCommand Command, string SpecPath, string? OutputDirectory, SpecOptions Options);

/// <summary>What the command line asked for: work, help, the version, or nothing valid (with the reason).</summary>
internal sealed record ParsedCommandLine(ToolArguments? Arguments, bool HelpRequested, bool VersionRequested, ToolCommand? Command, string? Error)
{
    public static ParsedCommandLine Work(ToolArguments arguments) => new(arguments, false, false, arguments.Command, null);

    public static ParsedCommandLine Help(ToolCommand? command) => new(null, true, false, command, null);

    public static ParsedCommandLine Version() => new(null, false, true, null, null);

    public static ParsedCommandLine Invalid(ToolCommand? command, string error) => new(null, false, false, command, error);
}

/// <summary>
/// Parses <c>pulseticgen &lt;command&gt; &lt;spec&gt; [options]</c>. Options take their value as the next argument or
/// after <c>=</c>; <c>--</c> ends the options, for a spec whose name starts with a dash.
/// </summary>
/// <remarks>
/// Hand-written rather than System.CommandLine: two commands and a handful of options do not pay for a dependency, and the
/// tool's contract (one-line errors, exit code 2 for any usage error, help that names the build's metadata) is
/// simpler to keep exact here than to configure there.
/// </remarks>
internal static class CommandLineParser
{
    private const string Output = "--output";
    private const string Namespace = "--namespace";
    private const string ClientName = "--client-name";
    private const string Visibility = "--visibility";
    private const string IncludeTags = "--include-tags";
    private const string ExcludeTags = "--exclude-tags";
    private const string IncludeOperations = "--include-operations";
    private const string ExcludeOperations = "--exclude-operations";
    private const string TrimSchemas = "--trim-schemas";

    public static ParsedCommandLine Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            return ParsedCommandLine.Invalid(null, "missing command: use 'generate' or 'check'");
        }

        ToolCommand command;
        switch (args[0])
        {
            case "generate":
                command = ToolCommand.Generate;
                break;
            case "check":
                command = ToolCommand.Check;
                break;
            case "-h" or "--help" or "-?" or "help":
                return ParsedCommandLine.Help(null);
            case "--version":
                return ParsedCommandLine.Version();
            default:
                return ParsedCommandLine.Invalid(null, $"unknown command '{args[0]}': use 'generate' or 'check'");
        }

        // Help wins over any mistake elsewhere on the line: someone typing --help is looking for how to fix it.
        for (int i = 1; i < args.Count && args[i] != "--"; i++)
        {
            if (args[i] is "-h" or "--help" or "-?")
            {
                return ParsedCommandLine.Help(command);
            }
        }

        string? spec = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        bool optionsEnded = false;

        for (int i = 1; i < args.Count; i++)
        {
            string arg = args[i];
            if (!optionsEnded && arg == "--")
            {
                optionsEnded = true;
                continue;
            }

            if (optionsEnded || arg.Length < 2 || arg[0] != '-')
            {
                if (spec is not null)
                {
                    return ParsedCommandLine.Invalid(command, $"unexpected argument '{arg}': give one spec file");
                }

                spec = arg;
                continue;
            }

            string name = arg;
            string? inlineValue = null;
            int equals = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                name = arg.Substring(0, equals);
                inlineValue = arg.Substring(equals + 1);
            }

            string? option = name switch
            {
                "-o" or "--output" => Output,
                Namespace or ClientName or Visibility or IncludeTags or ExcludeTags or IncludeOperations or ExcludeOperations or TrimSchemas => name,
                _ => null,
            };
            if (option is null)
            {
                return ParsedCommandLine.Invalid(command, $"unknown option '{name}'");
            }

            if (option == Output && command != ToolCommand.Generate)
            {
                return ParsedCommandLine.Invalid(command, $"option '{name}' is for 'generate' only: 'check' writes nothing");
            }

            if (values.ContainsKey(option))
            {
                return ParsedCommandLine.Invalid(command, $"option '{name}' is given more than once");
            }

            if (option == TrimSchemas)
            {
                if (inlineValue is not null)
                {
                    return ParsedCommandLine.Invalid(command, $"option '{name}' takes no value");
                }

                values[option] = "true";
                continue;
            }

            // A value that looks like an option is almost always a forgotten value ("--namespace --client-name X").
            string? value = inlineValue ?? (i + 1 < args.Count && !args[i + 1].StartsWith("-", StringComparison.Ordinal) ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                return ParsedCommandLine.Invalid(command, $"option '{name}' needs a value");
            }

            values[option] = value.Trim();
        }

        if (spec is null)
        {
            return ParsedCommandLine.Invalid(command, "missing <spec>: the OpenAPI file (YAML or JSON) to read");
        }

        values.TryGetValue(Output, out string? output);
        if (command == ToolCommand.Generate && output is null)
        {
            return ParsedCommandLine.Invalid(command, "missing output folder: pass -o <dir>");
        }

        // Lower-cased as the build does with the item's PulseticGenVisibility metadata.
        string? visibility = values.TryGetValue(Visibility, out string? given) ? given.ToLowerInvariant() : null;
        if (visibility is not (null or "public" or "internal"))
        {
            return ParsedCommandLine.Invalid(command, $"'--visibility {given}' is not valid: use 'public' or 'internal'");
        }

        var options = new SpecOptions(
            values.TryGetValue(ClientName, out string? clientName) ? clientName : null,
            values.TryGetValue(Namespace, out string? ns) ? ns : null,
            visibility)
        {
            IncludeTags = List(values, IncludeTags),
            ExcludeTags = List(values, ExcludeTags),
            IncludeOperations = List(values, IncludeOperations),
            ExcludeOperations = List(values, ExcludeOperations),
            TrimSchemas = values.ContainsKey(TrimSchemas),
        };
        return ParsedCommandLine.Work(new ToolArguments(command, spec, output, options));
    }

    /// <summary>Split as the build splits the item's list metadata: on ';' or ',', entries trimmed, empty ones dropped.</summary>
    private static EquatableArray<string> List(Dictionary<string, string> values, string option) =>
        values.TryGetValue(option, out string? value)
            ? value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(item => item.Trim()).Where(item => item.Length > 0).ToEquatableArray()
            : EquatableArray<string>.Empty;
}
