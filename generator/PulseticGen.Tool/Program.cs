using System;
using System.Threading;
using PulseticGen.Tool;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops the pipeline at its next check; a second one ends the process as usual.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};

return PulseticGenTool.Run(args, Console.Out, Console.Error, cancellation.Token);
