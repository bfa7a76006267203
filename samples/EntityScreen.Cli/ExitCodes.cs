namespace EntityScreen.Cli;

/// <summary>The process exit codes scripts rely on.</summary>
public static class ExitCodes
{
    /// <summary>Nothing matched (or the command has nothing to report).</summary>
    public const int NoMatch = 0;

    /// <summary>At least one match at or above the threshold.</summary>
    public const int Match = 1;

    /// <summary>Usage error (bad option or value) or input error (unreadable list or input file).</summary>
    public const int Error = 2;
}

/// <summary>A usage or input error: printed on stderr, exit code 2.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong, naming the option or file.</param>
    public CliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
