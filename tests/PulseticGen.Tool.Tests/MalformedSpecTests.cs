using System.Text.RegularExpressions;
using PulseticGen.Tool.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Tool.Tests;

public sealed class MalformedSpecTests
{
    // Line 7 opens a flow sequence that never closes; the YAML reader notices on line 8.
    private const string BrokenYaml = """
        openapi: 3.1.0
        info:
          title: Broken
          version: "1"
        paths:
          /things:
            get: [unclosed
              x: {
        """;

    private const string BrokenJson = """
        {
          "openapi": "3.0.3",
          "info": { "title": "Broken", "version": "1" },
          "paths": { "/things": { "get": { "responses": { "200": { "description": "ok" } } } }
        """;

    [Theory]
    [InlineData("check")]
    [InlineData("generate")]
    public void A_yaml_syntax_error_exits_1_with_the_spec_line_and_column(string command)
    {
        using var folder = new TempFolder();
        string spec = folder.Write("broken.yaml", BrokenYaml);
        string output = System.IO.Path.Combine(folder.Path, "out");

        ToolRun run = command == "check" ? ToolRunner.Run("check", spec) : ToolRunner.Run("generate", spec, "-o", output);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(new Regex("^" + Regex.Escape(spec) + @"\(8,\d+\): error PGEN001: The OpenAPI spec '.*' cannot be read: ", RegexOptions.Multiline), run.Stdout);
        Assert.False(System.IO.Directory.Exists(output), "nothing is written for a spec that cannot be read");
    }

    [Fact]
    public void A_json_syntax_error_exits_1_with_a_location()
    {
        using var folder = new TempFolder();
        string spec = folder.Write("broken.json", BrokenJson);

        ToolRun run = ToolRunner.Run("check", spec);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(new Regex("^" + Regex.Escape(spec) + @"\(\d+,\d+\): error PGEN00[12]: ", RegexOptions.Multiline), run.Stdout);
    }
}
