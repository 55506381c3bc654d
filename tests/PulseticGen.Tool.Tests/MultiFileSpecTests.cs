using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PulseticGen.Tool.Tests.Infrastructure;
using Xunit;

namespace PulseticGen.Tool.Tests;

/// <summary>A spec split over several files: the tool is given the root and reads what its $refs name from disk.</summary>
public sealed class MultiFileSpecTests
{
    private static readonly string Split = Path.Combine(AppContext.BaseDirectory, "Specs", "split");

    private static string Root => Path.Combine(Split, "api", "openapi.yaml");

    [Fact]
    public void Check_reads_the_files_the_root_refers_to_and_the_client_compiles()
    {
        ToolRun run = ToolRunner.Run("check", Root);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(new Regex(@"^  operations\s+3$", RegexOptions.Multiline), run.Stdout);
        Assert.DoesNotContain("PGEN", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("OK: the generated client compiles with no errors and no warnings.\n", run.Stdout);
    }

    [Fact]
    public void Generate_writes_the_same_files_as_for_the_single_file_spec()
    {
        using var folder = new TempFolder();
        string fromSplit = Path.Combine(folder.Path, "split");
        string fromSingle = Path.Combine(folder.Path, "single");

        ToolRun split = ToolRunner.Run("generate", Root, "-o", fromSplit);
        ToolRun single = ToolRunner.Run("generate", Path.Combine(Split, "single.yaml"), "-o", fromSingle);

        Assert.True(split.ExitCode == 0, split.ToString());
        Assert.True(single.ExitCode == 0, single.ToString());
        string[] names = Directory.GetFiles(fromSingle).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;
        Assert.NotEmpty(names);
        Assert.Equal(names, Directory.GetFiles(fromSplit).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        foreach (string name in names)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(fromSingle, name)), File.ReadAllText(Path.Combine(fromSplit, name)));
        }
    }

    [Fact]
    public void A_missing_file_fails_the_check_with_PGEN019_at_the_ref_that_names_it()
    {
        using var folder = new TempFolder();
        foreach (string file in Directory.GetFiles(Split, "*.yaml", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(folder.Path, Path.GetRelativePath(Split, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        File.Delete(Path.Combine(folder.Path, "common", "errors.yaml"));
        string paths = Path.Combine(folder.Path, "api", "paths", "pets.yaml");
        int line = File.ReadAllLines(paths).ToList().FindIndex(l => l.Contains("errors.yaml", StringComparison.Ordinal)) + 1;

        ToolRun run = ToolRunner.Run("check", Path.Combine(folder.Path, "api", "openapi.yaml"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Matches(new Regex("^" + Regex.Escape(paths.Replace('\\', '/')) + $@"\({line},\d+\): error PGEN019: The \$ref '\.\./\.\./common/errors\.yaml#/components/schemas/Error' cannot be resolved", RegexOptions.Multiline), run.Stdout);
    }
}
