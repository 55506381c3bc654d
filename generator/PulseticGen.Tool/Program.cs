using System;
using System.Runtime.InteropServices;
using System.Threading;
using PulseticGen.Tool;

using var cancellation = new CancellationTokenSource();

// The first Ctrl+C stops the pipeline at its next check; a second one ends the process as usual. A signal registration
// rather than Console.CancelKeyPress, which first sets up the terminal: 20 ms of every run, for a key that is rarely pressed.
using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
});

return PulseticGenTool.Run(args, Console.Out, Console.Error, cancellation.Token);
