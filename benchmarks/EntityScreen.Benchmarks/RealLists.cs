namespace EntityScreen.Benchmarks;

/// <summary>The real lists (both derived files), loaded once per process and shared by the benchmarks and modes.</summary>
internal static class RealLists
{
    private static readonly Lazy<IReadOnlyList<ListSnapshot>> s_snapshots = new(() =>
        [ListLoader.Load(SharedData.PathOf(SharedData.CslAssembled)), ListLoader.Load(SharedData.PathOf(SharedData.ChinaLists))]);

    /// <summary>CSL stand-in and China lists, as loaded by <see cref="ListLoader.Load(string, ListFormat)"/>.</summary>
    public static IReadOnlyList<ListSnapshot> Snapshots => s_snapshots.Value;

    /// <summary>Every party of every snapshot.</summary>
    public static IEnumerable<ListedParty> Parties => Snapshots.SelectMany(s => s.Parties);
}
