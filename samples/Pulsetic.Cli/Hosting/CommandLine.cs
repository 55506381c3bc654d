using System;
using System.Collections.Generic;

namespace Pulsetic.Cli.Hosting;

/// <summary>Small rewrites of the raw command line, done before Spectre parses it.</summary>
internal static class CommandLine
{
    private static readonly string[] SecretOptions = ["--token", "--password"];
    private static readonly string[] GlobalFlags = ["--json", "--verbose"];
    private static readonly string[] GlobalValueOptions = ["--token", "--base-url"];

    /// <summary>The values of <c>--token</c> and <c>--password</c>, in either <c>--token X</c> or <c>--token=X</c> form.</summary>
    public static IEnumerable<string> FindSecretValues(IReadOnlyList<string> args)
    {
        for (int i = 0; i < args.Count; i++)
        {
            foreach (string option in SecretOptions)
            {
                if (args[i] == option && i + 1 < args.Count)
                {
                    yield return args[i + 1];
                }
                else if (args[i].StartsWith(option + "=", StringComparison.Ordinal))
                {
                    yield return args[i][(option.Length + 1)..];
                }
            }
        }
    }

    /// <summary>
    /// Moves global options written before the command (<c>pulsetic --json monitors list</c>) to the end, where Spectre
    /// expects a command's options. Everything from the first word that is not such an option stays in place.
    /// </summary>
    public static string[] HoistGlobalOptions(string[] args)
    {
        var leading = new List<string>();
        int i = 0;
        while (i < args.Length)
        {
            string arg = args[i];
            if (Array.IndexOf(GlobalFlags, arg) >= 0 || IsValueOptionWithEquals(arg))
            {
                leading.Add(arg);
                i++;
            }
            else if (Array.IndexOf(GlobalValueOptions, arg) >= 0 && i + 1 < args.Length)
            {
                leading.Add(arg);
                leading.Add(args[i + 1]);
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (leading.Count == 0 || i == args.Length)
        {
            return args;
        }

        var reordered = new List<string>(args.Length);
        reordered.AddRange(args[i..]);
        reordered.AddRange(leading);
        return [.. reordered];
    }

    private static bool IsValueOptionWithEquals(string arg)
    {
        foreach (string option in GlobalValueOptions)
        {
            if (arg.StartsWith(option + "=", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
