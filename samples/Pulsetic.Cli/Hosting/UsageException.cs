using System;

namespace Pulsetic.Cli.Hosting;

/// <summary>The command cannot run as given (missing token, bad option value); reported as one line with exit code 2.</summary>
/// <remarks>The message must never contain a secret: it is printed as is.</remarks>
internal sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
