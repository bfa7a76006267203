namespace EntityScreen.Benchmarks;

/// <summary>The index promises the exhaustive result; timing two methods that disagree would compare different work.</summary>
internal static class IndexCheck
{
    /// <summary>Throws when <see cref="Screener.Screen(ScreeningQuery)"/> and the exhaustive scan disagree on a query.</summary>
    public static void AssertSame(Screener screener, IEnumerable<ScreeningQuery> queries)
    {
        foreach (var q in queries)
        {
            var indexed = string.Join(", ", screener.Screen(q).Matches.Select(m => $"{m.Party.Id}={m.Score:R}"));
            var exhaustive = string.Join(", ", screener.ScreenExhaustive(q).Matches.Select(m => $"{m.Party.Id}={m.Score:R}"));
            if (indexed != exhaustive)
            {
                throw new InvalidOperationException($"Screen and ScreenExhaustive disagree on \"{q.Name}\": indexed [{indexed}], exhaustive [{exhaustive}].");
            }
        }
    }
}
