namespace EntityScreen.Tests;

/// <summary>The full real lists (CSL-layout file and China-list file), loaded once per test run.</summary>
internal static class RealLists
{
    private static readonly Lazy<(ListSnapshot Csl, ListSnapshot China)?> s_snapshots = new(Load);
    private static readonly Lazy<Screener?> s_screener = new(() =>
        s_snapshots.Value is { } s ? Screener.Create([s.Csl, s.China]) : null);

    /// <summary>The two snapshots, or null when the shared data is absent and not required.</summary>
    internal static (ListSnapshot Csl, ListSnapshot China)? Snapshots => s_snapshots.Value;

    /// <summary>A default screener over both lists, or null when the data is absent and not required.</summary>
    internal static Screener? Screener => s_screener.Value;

    private static (ListSnapshot, ListSnapshot)? Load()
    {
        var csl = SharedData.Path("derived/csl_assembled.csv");
        var china = SharedData.Path("derived/cn_mofcom_lists.csv");
        return csl is null || china is null ? null : (ListLoader.Load(csl), ListLoader.Load(china));
    }
}
