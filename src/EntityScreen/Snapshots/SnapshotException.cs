namespace EntityScreen;

/// <summary>
/// A snapshot (<c>Screener.Save</c>) that cannot be used: not a snapshot, of another format or
/// algorithm version, built from other lists or options, truncated or damaged (its SHA-256 differs). The message says
/// which; a caller that caches rebuilds from the lists.
/// </summary>
public sealed class SnapshotException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SnapshotException()
    {
    }

    /// <summary>Creates the exception with the reason the snapshot is refused.</summary>
    /// <param name="message">Why the snapshot cannot be used.</param>
    public SnapshotException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    /// <param name="message">Why the snapshot cannot be used.</param>
    /// <param name="innerException">The cause.</param>
    public SnapshotException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
