using System.Text.RegularExpressions;
using PulseticGen.Tool.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Tool.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void Pulsetic_spec_compiles_cleanly_and_reports_its_36_operations()
    {
        ToolRun run = ToolRunner.Run("check", ToolRunner.PulseticSpecPath);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        Assert.Matches(new Regex(@"^  operations\s+36$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^  types\s+[1-9]\d*$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^  files\s+[1-9][\d,]* \([\d,]+ lines\)$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^  parse \+ model\s+[\d,]+ ms$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^  emit\s+[\d,]+ ms$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^  compile\s+[\d,]+ ms$", RegexOptions.Multiline), run.Stdout);
        Assert.Contains("  compiler       0 errors, 0 warnings\n", run.Stdout);
        Assert.EndsWith("OK: the generated client compiles with no errors and no warnings.\n", run.Stdout);
    }

    [Fact]
    public void Options_reach_the_generator_and_the_result_still_compiles()
    {
        ToolRun run = ToolRunner.Run("check", ToolRunner.PulseticSpecPath, "--namespace", "Acme.Uptime", "--client-name", "UptimeClient", "--visibility", "internal");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(new Regex(@"^  operations\s+36$", RegexOptions.Multiline), run.Stdout);
    }

    [Fact]
    public void Operation_filters_reach_the_generator()
    {
        ToolRun run = ToolRunner.Run("check", ToolRunner.PulseticSpecPath, "--exclude-operations", "deleteMonitor");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(new Regex(@"^  operations\s+35$", RegexOptions.Multiline), run.Stdout);
    }

    [Fact]
    public void A_json_spec_is_read_and_its_operations_counted()
    {
        using var folder = new TempFolder();
        string spec = folder.Write("tiny.json", """
            {
              "openapi": "3.0.3",
              "info": { "title": "Tiny", "version": "1" },
              "paths": {
                "/things/{id}": {
                  "get": {
                    "operationId": "getThing",
                    "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } } ],
                    "responses": { "200": { "description": "ok", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Thing" } } } } }
                  },
                  "delete": { "operationId": "deleteThing", "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } } ], "responses": { "204": { "description": "gone" } } }
                }
              },
              "components": { "schemas": { "Thing": { "type": "object", "required": ["id"], "properties": { "id": { "type": "integer" }, "name": { "type": "string" } } } } }
            }
            """);

        ToolRun run = ToolRunner.Run("check", spec);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(new Regex(@"^  operations\s+2$", RegexOptions.Multiline), run.Stdout);
        Assert.Matches(new Regex(@"^  types\s+1$", RegexOptions.Multiline), run.Stdout);
    }

    [Fact]
    public void A_generator_error_fails_the_check_without_compiling()
    {
        ToolRun run = ToolRunner.Run("check", ToolRunner.PulseticSpecPath, "--namespace", "1st.Client");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("pulsetic.openapi.yaml(1,1): error PGEN010: The namespace '1st.Client'", run.Stdout);
        Assert.Contains("  compiler       not run: nothing was generated\n", run.Stdout);
        Assert.EndsWith("FAILED: the generator reported an error.\n", run.Stdout);
    }
}
