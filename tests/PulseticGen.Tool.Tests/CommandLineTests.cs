using System.IO;
using PulseticGen.Generator.Model;
using PulseticGen.Tool.CommandLine;
using PulseticGen.Tool.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Tool.Tests;

public sealed class CommandLineTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("generate")]
    public void A_missing_spec_file_exits_2_with_one_line_on_stderr(string command)
    {
        using var folder = new TempFolder();
        string missing = Path.Combine(folder.Path, "missing.yaml");

        ToolRun run = command == "check" ? ToolRunner.Run("check", missing) : ToolRunner.Run("generate", missing, "-o", folder.Path);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.Equal($"pulseticgen: error: spec file '{missing}' not found (see 'pulseticgen {command} --help')\n", run.Stderr);
    }

    [Theory]
    [InlineData("unknown command 'build'", "build", "spec.yaml")]
    [InlineData("missing command", new string[0])]
    [InlineData("missing <spec>", "check")]
    [InlineData("missing output folder: pass -o <dir>", "generate", "spec.yaml")]
    [InlineData("option '-o' is for 'generate' only", "check", "spec.yaml", "-o", "out")]
    [InlineData("unknown option '--output-dir'", "generate", "spec.yaml", "--output-dir", "out")]
    [InlineData("'--visibility private' is not valid: use 'public' or 'internal'", "check", "spec.yaml", "--visibility", "private")]
    [InlineData("option '--namespace' needs a value", "check", "spec.yaml", "--namespace", "--client-name", "Api")]
    [InlineData("option '--namespace' needs a value", "check", "spec.yaml", "--namespace")]
    [InlineData("option '--namespace' is given more than once", "check", "spec.yaml", "--namespace", "A", "--namespace=B")]
    [InlineData("unexpected argument 'other.yaml'", "check", "spec.yaml", "other.yaml")]
    [InlineData("option '--trim-schemas' takes no value", "check", "spec.yaml", "--trim-schemas=false")]
    public void A_bad_command_line_exits_2_with_one_line_on_stderr(string expected, params string[] args)
    {
        ToolRun run = ToolRunner.Run(args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Equal("", run.Stdout);
        Assert.StartsWith("pulseticgen: error: ", run.Stderr);
        Assert.Contains(expected, run.Stderr);
        Assert.Single(run.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_folder_given_as_the_spec_exits_2()
    {
        using var folder = new TempFolder();

        ToolRun run = ToolRunner.Run("check", folder.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is a folder: give the spec file", run.Stderr);
    }

    [Theory]
    [InlineData("pulseticgen generate <spec> -o <dir> [options]", "--help")]
    [InlineData("pulseticgen generate <spec> -o <dir> [options]", "-h")]
    [InlineData("pulseticgen generate: write the C# files", "generate", "--help")]
    [InlineData("pulseticgen check: generate from <spec> and compile", "check", "spec.yaml", "--bogus", "-h")]
    public void Help_exits_0_and_wins_over_other_mistakes(string expected, params string[] args)
    {
        ToolRun run = ToolRunner.Run(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains(expected, run.Stdout);
        Assert.Contains("--namespace <name>", run.Stdout);
        Assert.Contains("Exit codes:", run.Stdout);
    }

    [Fact]
    public void Version_prints_the_generator_version()
    {
        ToolRun run = ToolRunner.Run("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^pulseticgen \d+\.\d+\.\d+\n$", run.Stdout);
    }

    [Fact]
    public void Options_take_their_value_after_a_space_or_an_equals_sign_and_visibility_is_lower_cased()
    {
        ParsedCommandLine parsed = CommandLineParser.Parse(new[] { "generate", "--namespace=Acme.Api", "-o", "out", "--client-name", "AcmeClient", "--visibility=Internal", "api.yaml" });

        ToolArguments arguments = Assert.IsType<ToolArguments>(parsed.Arguments);
        Assert.Equal(ToolCommand.Generate, arguments.Command);
        Assert.Equal("api.yaml", arguments.SpecPath);
        Assert.Equal("out", arguments.OutputDirectory);
        Assert.Equal(new SpecOptions("AcmeClient", "Acme.Api", "internal"), arguments.Options);
    }

    [Fact]
    public void Filter_lists_are_split_as_the_build_splits_item_metadata()
    {
        ParsedCommandLine parsed = CommandLineParser.Parse(new[] { "check", "api.yaml", "--include-tags", "Monitors; Status Pages,,", "--exclude-operations=deleteMonitor", "--trim-schemas" });

        SpecOptions options = Assert.IsType<ToolArguments>(parsed.Arguments).Options;
        Assert.Equal(new[] { "Monitors", "Status Pages" }, options.IncludeTags);
        Assert.Equal(new[] { "deleteMonitor" }, options.ExcludeOperations);
        Assert.Empty(options.ExcludeTags);
        Assert.Empty(options.IncludeOperations);
        Assert.True(options.TrimSchemas);
        Assert.False(new SpecOptions(null, null, null).TrimSchemas);
    }

    [Fact]
    public void A_double_dash_ends_the_options_so_a_spec_may_start_with_a_dash()
    {
        ParsedCommandLine parsed = CommandLineParser.Parse(new[] { "check", "--", "-odd.yaml" });

        Assert.Equal("-odd.yaml", Assert.IsType<ToolArguments>(parsed.Arguments).SpecPath);
        Assert.Equal(new SpecOptions(null, null, null), parsed.Arguments!.Options);
    }
}
