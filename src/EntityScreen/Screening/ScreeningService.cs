namespace EntityScreen;

/// <summary>
/// Holds the screener in force and swaps it atomically when lists are reloaded. Screenings in flight keep the
/// snapshot they started with; new ones see the new snapshot; nothing blocks. Thread-safe.
/// </summary>
public sealed class ScreeningService
{
    private readonly Lock _reloadLock = new();
    private Screener _current;

    /// <summary>Creates the service with an initial screener.</summary>
    /// <param name="initial">The screener to serve.</param>
    public ScreeningService(Screener initial)
    {
        ArgumentNullException.ThrowIfNull(initial);
        _current = initial;
    }

    /// <summary>Raised after a new screener was swapped in (old, new).</summary>
    public event EventHandler<ScreenerSwappedEventArgs>? Swapped;

    /// <summary>The screener in force. Take it once and use it for a whole unit of work to screen against one snapshot.</summary>
    public Screener Current => Volatile.Read(ref _current);

    /// <summary>Screens a name against the screener in force.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The result, carrying the snapshot identity that decided it.</returns>
    public ScreeningResult Screen(string name) => Current.Screen(name);

    /// <summary>Screens a query against the screener in force.</summary>
    /// <param name="query">The query.</param>
    /// <returns>The result, carrying the snapshot identity that decided it.</returns>
    public ScreeningResult Screen(ScreeningQuery query) => Current.Screen(query);

    /// <summary>Swaps in a new screener atomically.</summary>
    /// <param name="next">The new screener.</param>
    /// <returns>The screener it replaced.</returns>
    public Screener Swap(Screener next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var previous = Interlocked.Exchange(ref _current, next);
        Swapped?.Invoke(this, new ScreenerSwappedEventArgs(previous, next));
        return previous;
    }

    /// <summary>
    /// Loads the lists at <paramref name="paths"/>, builds a screener with the current options and the alias overlays
    /// in force, and swaps it in. If loading or building fails, the screener in force stays and the exception
    /// propagates. Concurrent reloads are serialised; screenings never wait for a reload.
    /// </summary>
    /// <param name="paths">List files or OFAC folders.</param>
    /// <param name="options">Options for the new screener; null keeps the current screener's options.</param>
    /// <returns>The new screener.</returns>
    /// <exception cref="ListFormatException">A list cannot be read.</exception>
    public Screener Reload(IEnumerable<string> paths, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        lock (_reloadLock)
        {
            return Reload(paths, Current.OverlaySources, options);
        }
    }

    /// <summary>
    /// Loads the lists at <paramref name="paths"/>, builds a screener with <paramref name="overlays"/> (replacing the
    /// overlays in force) and swaps it in. If loading or building fails, the screener in force stays. Ownership files in
    /// force are applied again, with their options, against the new lists; with no fixed
    /// <see cref="OwnershipOptions.AsOf"/> the rules are applied on the day of the reload.
    /// </summary>
    /// <param name="paths">List files or OFAC folders.</param>
    /// <param name="overlays">The alias overlays to apply, in order; empty for none.</param>
    /// <param name="options">Options for the new screener; null keeps the current screener's options.</param>
    /// <returns>The new screener.</returns>
    /// <exception cref="ListFormatException">A list cannot be read.</exception>
    public Screener Reload(IEnumerable<string> paths, IEnumerable<AliasOverlay> overlays, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(overlays);
        lock (_reloadLock)
        {
            var current = Current;
            var next = current.OwnershipSources.Count == 0
                ? Screener.Create(ListLoader.Load(paths), overlays, options ?? current.Options)
                : Screener.Create(ListLoader.Load(paths), overlays, current.OwnershipSources, options ?? current.Options, current.OwnershipOptions);
            Swap(next);
            return next;
        }
    }
}

/// <summary>Arguments of <see cref="ScreeningService.Swapped"/>.</summary>
/// <param name="previous">The screener replaced.</param>
/// <param name="current">The screener now in force.</param>
public sealed class ScreenerSwappedEventArgs(Screener previous, Screener current) : EventArgs
{
    /// <summary>The screener replaced.</summary>
    public Screener Previous { get; } = previous;

    /// <summary>The screener now in force.</summary>
    public Screener Current { get; } = current;
}
