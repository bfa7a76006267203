namespace EntityScreen;

/// <summary>
/// A list file cannot be read at all (missing file, unknown layout, missing required column). Row-level problems
/// do not throw: they are reported as <see cref="RowRejection"/>s in the <see cref="LoadReport"/>.
/// </summary>
public sealed class ListFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ListFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ListFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and inner exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ListFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception naming the place.</summary>
    /// <param name="file">The file.</param>
    /// <param name="line">1-based line, or 0 when not about a line.</param>
    /// <param name="column">Column name or index, or null.</param>
    /// <param name="reason">What is wrong.</param>
    public ListFormatException(string file, long line, string? column, string reason)
        : base(Format(file, line, column, reason))
    {
        File = file;
        Line = line;
        Column = column;
    }

    /// <summary>The file.</summary>
    public string? File { get; }

    /// <summary>1-based line number, 0 when not about a line.</summary>
    public long Line { get; }

    /// <summary>The column, when one is to blame.</summary>
    public string? Column { get; }

    private static string Format(string file, long line, string? column, string reason) =>
        (line, column) switch
        {
            ( <= 0, null) => $"{file}: {reason}",
            ( <= 0, _) => $"{file}, column {column}: {reason}",
            (_, null) => $"{file}:{line}: {reason}",
            _ => $"{file}:{line}, column {column}: {reason}",
        };
}
