using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using PulseticGen.Generator.Diagnostics;
using PulseticGen.Generator.Emitting;
using PulseticGen.Generator.Model;
using PulseticGen.Generator.Parsing;

namespace PulseticGen.Benchmarks.Generation;

/// <summary>
/// <c>lines</c>: how much code each tool writes per operation of the spec. Every tool is divided by the same count,
/// the operations the spec declares (as Microsoft.OpenApi reads them), so a tool that drops operations is not
/// rewarded for it; the operations we actually generated are shown beside it.
/// </summary>
internal static class LineCounts
{
    public static async Task RunAsync(TextWriter output)
    {
        output.WriteLine("| Spec | Operations in spec | Tool | Operations generated | Files | Lines | Lines / operation | Notes |");
        output.WriteLine("|---|---:|---|---:|---:|---:|---:|---|");
        foreach (string spec in SpecFiles.Names)
        {
            string path = SpecFiles.PathOf(spec);
            string text = File.ReadAllText(path);
            int declared = CountDeclaredOperations(text, SpecFiles.IsYaml(path) ? "yaml" : "json");

            SpecResult result = SpecReader.Read(new SpecInput(path, text, new SpecOptions(null, null, null)), CancellationToken.None);
            if (result.Model is { } model)
            {
                List<(string HintName, string Source)> files = SpecEmitter.Emit(model).ToList();
                int lines = files.Sum(file => SpecFiles.CountLines(file.Source));
                int generated = model.Groups.Sum(group => group.Operations.Count);
                string notes = $"{result.Diagnostics.Count} diagnostics ({string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key}×{g.Count()}"))})";
                Row(output, spec, declared, "PulseticGen", generated.ToString(), files.Count, lines, notes);
            }
            else
            {
                Row(output, spec, declared, "PulseticGen", "–", 0, 0, "no model: " + string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + string.Join(" ", d.Arguments))));
            }

            try
            {
                string nswag = await PipelineBenchmarks.GenerateWithNSwagAsync(path, text);
                Row(output, spec, declared, "NSwag 14.8 (library)", "?", 1, SpecFiles.CountLines(nswag), "one file");
            }
            catch (Exception exception)
            {
                Row(output, spec, declared, "NSwag 14.8 (library)", "–", 0, 0, "failed: " + OneLine(exception));
            }

            string kiotaOutput = Path.Combine(KiotaCli.OutputRoot, "lines-" + spec);
            // Kiota 1.38 sometimes fails on the OpenAI spec with a race in its code model; another try usually passes.
            (int exitCode, string kiotaLog) = (-1, "");
            int attempts = 0;
            while (exitCode != 0 && attempts < 3)
            {
                attempts++;
                (exitCode, kiotaLog) = KiotaCli.Run(path, kiotaOutput);
            }

            if (exitCode == 0)
            {
                string[] sources = Directory.GetFiles(kiotaOutput, "*.cs", SearchOption.AllDirectories);
                int lines = sources.Sum(file => SpecFiles.CountLines(File.ReadAllText(file)));
                string retried = attempts > 1 ? $"; passed on try {attempts} of 3" : "";
                Row(output, spec, declared, "Kiota 1.38 (CLI)", "?", sources.Length, lines, "*.cs files (kiota-lock.json not counted)" + retried);
            }
            else
            {
                Row(output, spec, declared, "Kiota 1.38 (CLI)", "–", 0, 0, $"failed {attempts} times, exit code {exitCode}: " + OneLine(kiotaLog));
            }
        }
    }

    private static int CountDeclaredOperations(string text, string format)
    {
        var settings = new OpenApiReaderSettings();
        settings.AddYamlReader();
        OpenApiDocument document = OpenApiDocument.Parse(text, format, settings).Document!;
        return document.Paths.Values.Sum(item => item.Operations?.Count ?? 0);
    }

    private static void Row(TextWriter output, string spec, int declared, string tool, string generated, int files, int lines, string notes)
    {
        string perOperation = lines > 0 && declared > 0 ? (lines / (double)declared).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) : "–";
        output.WriteLine($"| {spec} | {declared} | {tool} | {generated} | {files} | {lines:N0} | {perOperation} | {notes.Replace("|", "\\|")} |");
    }

    private static string OneLine(Exception exception) => OneLine(exception.GetType().Name + ": " + exception.Message);

    private static string OneLine(string text)
    {
        string message = text.Replace("\r", " ").Replace("\n", " ");
        return message.Length > 300 ? message.Substring(0, 300) + "…" : message;
    }
}
