using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PulseticGen.Generator.Model;
using PulseticGen.Tool.Pipeline;
using PulseticGen.Tool.Reporting;

namespace PulseticGen.Tool.Commands;

/// <summary><c>pulseticgen generate &lt;spec&gt; -o &lt;dir&gt;</c>: writes the files a build would generate.</summary>
internal static class GenerateCommand
{
    // A build writes generated sources (EmitCompilerGeneratedFiles) in the SourceText's encoding, UTF-8 with a BOM;
    // the same bytes here mean switching between the two shows no diff.
    private static readonly Encoding s_encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static int Run(SpecInput input, string outputDirectory, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // What the folder holds is read while the spec is parsed, on the other core: rewriting GitHub's client compares
        // 7 MB over 896 files, a tenth of a run when it waited for the generator.
        Task<OutputSnapshot> snapshot = Task.Run(() => OutputSnapshot.Read(outputDirectory), cancellationToken);
        SpecGeneration generation = SpecGeneration.Run(input, cancellationToken);
        DiagnosticText.WriteAll(stdout, generation.Diagnostics, input.Path);

        if (generation.Files.IsEmpty)
        {
            stdout.WriteLine($"No files written: {DiagnosticText.Counts(generation.Diagnostics, withInfo: false)}.");
            return ExitCodes.Failed;
        }

        // One write at the end instead of a console write per file.
        var report = new StringBuilder();
        try
        {
            Directory.CreateDirectory(outputDirectory);
            OutputSnapshot existing = snapshot.GetAwaiter().GetResult();
            var written = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (GeneratedFile file in generation.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string path = Path.Combine(outputDirectory, file.HintName);
                report.Append(WriteIfChanged(path, file.Source, existing.Find(file.HintName)) ? "wrote     " : "unchanged ").AppendLine(path);
                written.Add(file.HintName);
            }

            foreach (string stale in StaleFiles(outputDirectory, generation.Model!.HintPrefix, written))
            {
                File.Delete(stale);
                report.Append("deleted   ").AppendLine(stale);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            stdout.Write(report.ToString());
            stderr.WriteLine($"pulseticgen: error: cannot write to '{outputDirectory}': {exception.Message}");
            return ExitCodes.Failed;
        }

        stdout.Write(report.ToString());

        int lines = generation.Files.Sum(file => file.LineCount);
        stdout.WriteLine(
            $"Generated {DiagnosticText.Plural(generation.Files.Length, "file")} ({DiagnosticText.Plural(lines, "line")}) " +
            $"for {DiagnosticText.Plural(generation.OperationCount, "operation")} and {DiagnosticText.Plural(generation.TypeCount, "type")}; " +
            $"{DiagnosticText.Counts(generation.Diagnostics, withInfo: false)}.");
        return generation.HasErrors ? ExitCodes.Failed : ExitCodes.Success;
    }

    /// <summary>Leaves an unchanged file alone, so its timestamp does not trigger a rebuild.</summary>
    /// <param name="path">Where the file goes.</param>
    /// <param name="source">The generated text.</param>
    /// <param name="existing">The file's bytes as the folder held them at the start, or null to look on disk now.</param>
    private static bool WriteIfChanged(string path, string source, byte[]? existing)
    {
        // One array for the byte-order mark and the text: GitHub's client is 7 MB over 896 files.
        byte[] preamble = s_encoding.GetPreamble();
        byte[] content = new byte[preamble.Length + s_encoding.GetByteCount(source)];
        preamble.CopyTo(content, 0);
        s_encoding.GetBytes(source, 0, source.Length, content, preamble.Length);

        if (existing is not null ? existing.AsSpan().SequenceEqual(content) : IsOnDisk(path, content))
        {
            return false;
        }

        File.WriteAllBytes(path, content);
        return true;
    }

    private static bool IsOnDisk(string path, byte[] content)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }

    /// <summary>
    /// Files this client's earlier runs wrote that this run did not: a schema or tag removed from the spec must not
    /// leave a type behind that still compiles.
    /// </summary>
    /// <remarks>
    /// A client's hint names are <c>&lt;prefix&gt;.&lt;part&gt;.g.cs</c> where the part is one identifier or
    /// <c>Models.&lt;identifier&gt;</c>. A client in a nested namespace shares the prefix but always has more dots
    /// after it, so its files are never taken for this client's.
    /// </remarks>
    private static IEnumerable<string> StaleFiles(string outputDirectory, string hintPrefix, HashSet<string> written)
    {
        const string Suffix = ".g.cs";
        foreach (string path in Directory.EnumerateFiles(outputDirectory, "*" + Suffix).ToList())
        {
            string name = Path.GetFileName(path);
            if (written.Contains(name) || !name.StartsWith(hintPrefix + ".", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string part = name.Substring(hintPrefix.Length + 1, name.Length - hintPrefix.Length - 1 - Suffix.Length);
            int dot = part.IndexOf('.');
            bool ours = dot < 0 || (part.StartsWith("Models.", StringComparison.Ordinal) && part.IndexOf('.', "Models.".Length) < 0);
            if (ours && part.Length > 0)
            {
                yield return path;
            }
        }
    }
}
