namespace PulseticGen.Tool.CommandLine;

/// <summary>What <c>--help</c> prints, for the tool and for each command.</summary>
internal static class HelpText
{
    private const string SharedOptions = """
          --namespace <name>              Namespace of the generated client (build: PulseticGenNamespace).
                                          Default: the spec's title in PascalCase.
          --client-name <name>            Name of the root client class (build: PulseticGenClientName).
                                          Default: <Title>Client.
          --visibility <public|internal>  Accessibility of the generated types (build: PulseticGenVisibility).
                                          Default: public.
          --include-tags <tags>           Generate only the operations with these tags (build: PulseticGenIncludeTags).
          --exclude-tags <tags>           Leave out the operations with these tags (build: PulseticGenExcludeTags).
          --include-operations <ids>      Generate only these operationIds (build: PulseticGenIncludeOperations).
          --exclude-operations <ids>      Leave out these operationIds (build: PulseticGenExcludeOperations).
                                          Lists are ';'- or ','-separated. With any of these filters, only the
                                          schemas the kept operations reach are generated.
          --trim-schemas                  Generate only the schemas some operation reaches, without filtering
                                          (build: PulseticGenTrimSchemas).
      -h, --help                          Show this help.
    """;

    public const string Tool = $"""
        pulseticgen: run PulseticGen's source generator on an OpenAPI spec, outside a build.

        Usage:
          pulseticgen generate <spec> -o <dir> [options]  Write the C# files a build would generate into <dir>.
          pulseticgen check <spec> [options]              Generate and compile in memory; report problems and a summary.
          pulseticgen --version                           Show the version.

        <spec> is an OpenAPI 2.0, 3.0 or 3.1 file in YAML or JSON. In a spec split over several files, give the root:
        the files its $refs name (./schemas/user.yaml#/User) are read relative to the file that names them.

        Options:
          -o, --output <dir>                  Folder for the generated files ('generate' only; created if missing).
        {SharedOptions}

        Exit codes: 0 success, 1 the spec or the generated code has an error, 2 usage error.
        Run 'pulseticgen <command> --help' for more about a command.
        """;

    public const string Generate = $"""
        pulseticgen generate: write the C# files a build would generate from <spec>.

        Usage:
          pulseticgen generate <spec> -o <dir> [options]

        Writes one file per generated source, named as in a build (<Namespace>.<Client>.<part>.g.cs), prints
        each file and every generator diagnostic as 'path(line,col): severity ID: message'. Files of the same
        client left in <dir> by an earlier run and no longer generated are deleted; other files are not touched.

        Options:
          -o, --output <dir>                  Folder for the generated files (created if missing). Required.
        {SharedOptions}

        Exit codes: 0 written (warnings allowed), 1 the generator reported an error, 2 usage error.
        """;

    public const string Check = $"""
        pulseticgen check: generate from <spec> and compile the result in memory, writing nothing.

        Usage:
          pulseticgen check <spec> [options]

        Compiles the generated client as C# 14 against the .NET 10 reference assemblies and PulseticGen.Runtime,
        with nullable enabled, documentation comments checked and every warning on (CS1701/CS1702 suppressed, as
        the SDK does). Prints generator diagnostics (with the spec's line and column), compiler diagnostics, and
        a summary: operations, types, generated files and lines, and how long parsing, emitting and compiling took.

        Options:
        {SharedOptions}

        Exit codes: 0 compiles with no error and no warning and the generator reported no error,
        1 otherwise, 2 usage error.
        """;

    public static string For(ToolCommand? command) => command switch
    {
        ToolCommand.Generate => Generate,
        ToolCommand.Check => Check,
        _ => Tool,
    };
}
