using System;
using System.Collections.Generic;
using System.IO;

namespace PulseticGen.Tool.Pipeline;

/// <summary>
/// The generated files an output folder held before this run, read up front so that telling unchanged files from
/// changed ones does not wait on the disk. A file it does not hold is looked up on disk when written.
/// </summary>
internal sealed class OutputSnapshot
{
    /// <summary>Past this many bytes the rest is left to be read file by file: a folder is not read into memory whole.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    private readonly Dictionary<string, byte[]> _files;

    private OutputSnapshot(Dictionary<string, byte[]> files) => _files = files;

    /// <summary>
    /// Reads the <c>*.g.cs</c> files directly in <paramref name="directory"/>. Never throws: a folder that is missing or
    /// cannot be read gives an empty snapshot, and the write that follows reports the problem if it matters.
    /// </summary>
    public static OutputSnapshot Read(string directory)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        try
        {
            if (!Directory.Exists(directory))
            {
                return new OutputSnapshot(files);
            }

            long total = 0;
            foreach (string path in Directory.EnumerateFiles(directory, "*.g.cs"))
            {
                byte[] bytes = File.ReadAllBytes(path);
                total += bytes.Length;
                if (total > MaxBytes)
                {
                    break;
                }

                files[Path.GetFileName(path)] = bytes;
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // What was read so far is still right; the rest is read when written.
        }

        return new OutputSnapshot(files);
    }

    /// <summary>The bytes the file named <paramref name="fileName"/> held, or null when the snapshot does not have it.</summary>
    public byte[]? Find(string fileName) => _files.TryGetValue(fileName, out byte[]? bytes) ? bytes : null;
}
