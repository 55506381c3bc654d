namespace Pulsetic.Cli.Hosting;

/// <summary>The process exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The API answered with an error, or could not be reached.</summary>
    public const int ApiError = 1;

    /// <summary>The command line or the configuration is wrong; nothing was sent.</summary>
    public const int UsageError = 2;

    /// <summary>Ctrl+C, by the shell convention 128 + SIGINT.</summary>
    public const int Cancelled = 130;
}
