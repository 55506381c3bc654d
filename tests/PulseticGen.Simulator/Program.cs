using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;

namespace PulseticGen.Simulator;

/// <summary>The standalone host: <c>dotnet run --project tests/PulseticGen.Simulator -- --urls http://127.0.0.1:5088</c>.</summary>
internal static class Program
{
    private const string Usage = """
        Usage: dotnet run --project tests/PulseticGen.Simulator -- [options]

          --urls <url>          Where to listen (loopback only). Default http://127.0.0.1:5088; port 0 picks a free port.
          --token <token>       An accepted API token (repeatable). Default: pulsetic-sim-dev-token.
          --seed <n>            Seed of the generated checks, snapshots, events, downtime and stats. Default 42.
          --rate-limit <n>      Requests per token per minute before 429; 0 (default) is unlimited.
          --fault <name>        Fault for every request: None, InternalServerError, BadGateway, ServiceUnavailable,
                                ConnectionReset, TruncatedBody, InvalidJson, Latency.
          --latency-ms <n>      Delay added to every request.
          --quirks <list>       Force wire quirks on every answer: None (canonical forms) or a comma-separated list of
                                IntegerFlags, UnixTimes, NumericStrings, LegacyMonitorList, All. Default: by monitor id.
          --no-sample-data      Start empty instead of with sample monitors, a status page, etc.
          --quiet               Do not print a line per request.

        Per request: header X-Simulator-Fault: <fault name>, header X-Simulator-Latency-Ms: <ms>,
        header X-Simulator-Quirks: <list>.
        """;

    private static async Task<int> Main(string[] args)
    {
        var options = new SimulatorOptions { Url = "http://127.0.0.1:5088" };
        bool quiet = false;
        try
        {
            quiet = Parse(args, options);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        catch (HelpRequestedException)
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (!quiet)
        {
            options.RequestLog = line => Console.WriteLine(line);
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        PulseticSimulator simulator;
        try
        {
            simulator = await PulseticSimulator.StartAsync(options, stop.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Typically the port is taken (Kestrel's AddressInUseException) or the URL is not loopback.
            Console.Error.WriteLine("The simulator could not start: " + ex.Message);
            return 1;
        }

        await using (simulator)
        {
            Console.WriteLine($"Pulsetic simulator listening on {simulator.BaseAddress}");
            Console.WriteLine($"Token: {simulator.Token}");
            Console.WriteLine($"Try:   curl -H 'Authorization: {simulator.Token}' {simulator.BaseAddress}monitors");
            Console.WriteLine($"Spec:  {PulseticSpec.Load().Operations.Count} operations. Press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                Console.WriteLine("Stopping.");
            }
        }

        return 0;
    }

    /// <summary>Fills <paramref name="options"/> from the arguments; returns whether request logging is off.</summary>
    private static bool Parse(IReadOnlyList<string> args, SimulatorOptions options)
    {
        bool quiet = false;
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string? inline = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (arg.StartsWith("--", StringComparison.Ordinal) && equals > 0)
            {
                inline = arg[(equals + 1)..];
                arg = arg[..equals];
            }

            string Value() => inline ?? (i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{arg} needs a value."));

            switch (arg)
            {
                case "--urls":
                    // ASP.NET Core style lists are ';'-separated; the simulator listens on one address.
                    options.Url = Value().Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
                    break;
                case "--token":
                    options.Tokens.Add(Value());
                    break;
                case "--seed":
                    options.Seed = ParseInt(arg, Value());
                    break;
                case "--rate-limit":
                    options.RateLimitPerMinute = ParseInt(arg, Value());
                    break;
                case "--fault":
                    string name = Value();
                    options.Fault = Enum.TryParse(name, ignoreCase: true, out SimulatorFault fault) && Enum.IsDefined(fault)
                        ? fault
                        : throw new ArgumentException($"Unknown fault '{name}'.");
                    break;
                case "--latency-ms":
                    options.Latency = TimeSpan.FromMilliseconds(ParseInt(arg, Value()));
                    break;
                case "--quirks":
                    string list = Value();
                    options.Quirks = Enum.TryParse(list, ignoreCase: true, out SimulatorQuirks quirks) && (quirks & ~SimulatorQuirks.All) == 0 && !list.Any(char.IsDigit)
                        ? quirks
                        : throw new ArgumentException($"Unknown quirks '{list}'.");
                    break;
                case "--no-sample-data":
                    options.SeedSampleData = false;
                    break;
                case "--quiet":
                    quiet = true;
                    break;
                case "--help" or "-h":
                    throw new HelpRequestedException();
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }

        return quiet;
    }

    private static int ParseInt(string name, string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= 0
            ? value
            : throw new ArgumentException($"{name} needs a whole number of at least 0 (got '{text}').");

    private sealed class HelpRequestedException : Exception
    {
    }
}
