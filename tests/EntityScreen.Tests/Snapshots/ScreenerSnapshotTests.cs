using System.Globalization;
using System.Text;
using EntityScreen.Matching;
using EntityScreen.Snapshots;
using EntityScreen.Tests.Matching;

namespace EntityScreen.Tests.Snapshots;

/// <summary>A screener read from a snapshot answers exactly as the one built from the lists.</summary>
public class ScreenerSnapshotTests
{
    private static readonly Lazy<Screener?> s_overlaid = new(() =>
        RealLists.Snapshots is { } s ? Screener.Create([s.Csl, s.China], [AliasOverlay.Default]) : null);

    /// <summary>Writes the built screener's index and reads it back over the same lists, options and overlays.</summary>
    internal static Screener IndexRoundTrip(Screener built)
    {
        var writer = new SnapshotWriter();
        built.WriteIndex(writer);
        using var stream = new MemoryStream();
        writer.Complete(stream);
        stream.Position = 0;
        using var reader = new SnapshotReader(stream);
        var read = Screener.ReadIndex(reader, built.Lists, built.Options, built.Overlays, built.OverlaySources);
        reader.Complete();
        return read;
    }

    /// <summary>Everything a result says about its matches and red flags, in order, with scores to the bit.</summary>
    internal static string Render(ScreeningResult result)
    {
        var text = new StringBuilder();
        foreach (var m in result.Matches.Concat(result.RedFlags))
        {
            text.Append(m.Party.Id).Append(' ').Append(m.Score.ToString("R", CultureInfo.InvariantCulture)).Append(' ').Append(m.Band)
                .Append(' ').Append(m.MatchedName.Value).Append(" | ").Append(m.Explanation.Method).Append(" | ").Append(m.Explanation.Summary).Append('\n');
        }

        return text.Append(result.Context.SnapshotId).ToString();
    }

    [Fact]
    public void IndexRoundTrip_RealListsWithOverlay_SameMatchesScoresAndOrderForEveryQuery()
    {
        var built = s_overlaid.Value;
        if (built is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        var read = IndexRoundTrip(built);

        Assert.Equal(built.PartyCount, read.PartyCount);
        Assert.Equal(built.NameCount, read.NameCount);
        Assert.Equal(built.Context.SnapshotId, read.Context.SnapshotId);

        // The token table's groupings by key are read, not computed again: equal to the built ones, id by id.
        var (builtTable, readTable) = (built.Index.Store.Table, read.Index.Store.Table);
        Assert.Equal(builtTable.Tokens, readTable.Tokens);
        Assert.Equal(builtTable.Keys, readTable.Keys);
        Assert.Equal(builtTable.Skeletons, readTable.Skeletons);
        Assert.Equal(builtTable.ListedSounds, readTable.ListedSounds);
        Assert.Equal(builtTable.ByKey.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, string.Join(',', kv.Value))), readTable.ByKey.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, string.Join(',', kv.Value))));
        Assert.Equal(builtTable.BySkeleton.Count, readTable.BySkeleton.Count);
        foreach (var token in builtTable.Tokens.Where(t => t.Length is 3 or 4))
        {
            var key = TokenSimilarity.ShortSpellingKey(token);
            Assert.Equal(builtTable.ShortSpellings(key), readTable.ShortSpellings(key));
        }
        var queries = new List<ScreeningQuery>();
        queries.AddRange(IndexEquivalenceTests.GenerateQueries(built, count: 600, seed: 20261205)
            .Select(q => new ScreeningQuery(q) { Threshold = 0.7, MaxResults = 50, Type = (q.Length % 3) == 0 ? PartyType.Person : null }));
        queries.AddRange(CrossScriptEquivalenceTests.GenerateQueries(built, perScript: 60, seed: 20261205)
            .Select(q => new ScreeningQuery(q.Query) { Threshold = 0.7, MaxResults = 50 }));
        var compared = 0;
        var matched = 0;
        foreach (var query in queries)
        {
            var expected = Render(built.Screen(query));
            Assert.Equal(expected, Render(read.Screen(query)));
            compared++;
            matched += expected.Contains('\n', StringComparison.Ordinal) ? 1 : 0;
        }

        // The comparison means something only when most queries find parties.
        Assert.True(matched > compared / 2, $"{matched} of {compared} queries matched");
    }

    /// <summary>The contexts are equal value by value (the record compares its lists by reference).</summary>
    internal static void AssertSameContext(ScreeningContext expected, ScreeningContext actual)
    {
        Assert.Equal(expected with { Lists = [], Overlays = [] }, actual with { Lists = [], Overlays = [] });
        Assert.Equal(expected.Lists, actual.Lists);
        Assert.Equal(expected.Overlays, actual.Overlays);
    }

    private static byte[] Save(Screener screener)
    {
        using var stream = new MemoryStream();
        screener.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void SaveLoad_RealListsWithOverlay_AnswersExactlyAsBuilt()
    {
        var built = s_overlaid.Value;
        if (built is null)
        {
            return; // shared data absent and not required (ENTITYSCREEN_SHARED_DATA unset)
        }

        var bytes = Save(built);
        var read = Screener.Load(new MemoryStream(bytes), [RealLists.Snapshots!.Value.Csl, RealLists.Snapshots!.Value.China]);

        AssertSameContext(built.Context, read.Context);
        Assert.Equal(built.Overlays.Select(o => o.Identity), read.Overlays.Select(o => o.Identity));
        Assert.Equal(built.Overlays.Select(o => o.NamesAdded), read.Overlays.Select(o => o.NamesAdded));
        var queries = IndexEquivalenceTests.GenerateQueries(built, count: 400, seed: 20261206)
            .Select(q => new ScreeningQuery(q) { Threshold = 0.7, MaxResults = 50 })
            .Concat(CrossScriptEquivalenceTests.GenerateQueries(built, perScript: 40, seed: 20261206).Select(q => new ScreeningQuery(q.Query) { Threshold = 0.7 }))
            .Append(new ScreeningQuery("华为技术有限公司"))
            .Append(new ScreeningQuery("Huawei Technologies") { Country = "CN", ListCodes = ["EL"] });
        foreach (var query in queries)
        {
            Assert.Equal(Render(built.Screen(query)), Render(read.Screen(query)));
        }

        // A reload applies the overlays read from the snapshot again.
        Assert.Equal(built.OverlaySources.Select(o => o.Rows.Count), read.OverlaySources.Select(o => o.Rows.Count));
    }

    [Fact]
    public void Load_BuiltFromOtherLists_RefusedSayingWhich()
    {
        var one = TestLists.Sample();
        var bytes = Save(Screener.Create([one]));
        AssertSameContext(Screener.Create([one]).Context, Screener.Load(new MemoryStream(bytes), [one]).Context);

        // The same file changed by one byte (another SHA-256), or read by another loader: refused.
        var changed = new ListSnapshot(one.Identity with { Sha256 = "1" + one.Identity.Sha256[1..] }, one.Parties, one.Report);
        Assert.Contains("built from other lists: list 1 is memory (Generic, sha256 0000", Assert.Throws<SnapshotException>(() => Screener.Load(new MemoryStream(bytes), [changed])).Message, StringComparison.Ordinal);
        var otherFormat = new ListSnapshot(one.Identity with { Format = ListFormat.Csl }, one.Parties, one.Report);
        Assert.Contains("built from other lists", Assert.Throws<SnapshotException>(() => Screener.Load(new MemoryStream(bytes), [otherFormat])).Message, StringComparison.Ordinal);
        var other = TestLists.Snapshot(TestLists.Party("EL:1", "EL", PartyType.Organization, "Xandor Holdings Limited"));
        Assert.Contains("built from 1 lists, not the 2 given", Assert.Throws<SnapshotException>(() => Screener.Load(new MemoryStream(bytes), [one, other])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DamagedAnywhere_RefusedNeverUsed()
    {
        // A small screener's snapshot, each of about 1,500 positions flipped in turn, then cut at 300 lengths: every
        // one refused with a SnapshotException (never another exception, never a screener).
        var screener = Screener.Create([TestLists.Sample()], [AliasOverlay.Default]);
        var bytes = Save(screener);
        var step = Math.Max(1, bytes.Length / 1500);
        for (var i = 0; i < bytes.Length; i += step)
        {
            var damaged = (byte[])bytes.Clone();
            damaged[i] ^= (byte)(1 << (i % 8));
            Assert.Throws<SnapshotException>(() => Screener.Load(new MemoryStream(damaged)));
        }

        for (var length = 0; length < bytes.Length; length += Math.Max(1, bytes.Length / 300))
        {
            Assert.Throws<SnapshotException>(() => Screener.Load(new MemoryStream(bytes[..length])));
        }

        AssertSameContext(screener.Context, Screener.Load(new MemoryStream(bytes)).Context);
    }

    [Fact]
    public void Save_ScreenerWithOwnership_NotSupported()
    {
        var list = TestLists.Snapshot(TestLists.Party("SDN:1", "SDN", PartyType.Organization, "Xandor Holdings Limited"));
        using var temp = new EntityScreen.Tests.Loading.TempFiles();
        var own = OwnershipFile.LoadCsv(temp.Write("own.csv", "owner,owned,share\nXandor Holdings Limited,Alder Trading,60\n"));
        var screener = Screener.Create([list], [], [own], null, new OwnershipOptions { AsOf = new DateOnly(2026, 12, 1) });

        Assert.Throws<NotSupportedException>(() => screener.Save(new MemoryStream()));
    }

    [Fact]
    public void WithOptions_SharesTheIndex_AnswersAsABuildWithThoseOptions()
    {
        var lists = TestLists.Sample();
        var defaults = Screener.Create([lists]);
        var options = new ScreeningOptions { Threshold = 0.6, StrongThreshold = 0.9, MaxResults = 2, ClearContradictedMatches = true };
        var built = Screener.Create([lists], options);
        var shared = defaults.WithOptions(options);

        Assert.Same(defaults, defaults.WithOptions(new ScreeningOptions()));
        Assert.Same(defaults.Index, shared.Index);
        AssertSameContext(built.Context, shared.Context);
        foreach (var name in new[] { "Huawei", "华为", "Rim Ryong", "China Electronics Technology", "Hebei Semiconductor" })
        {
            Assert.Equal(Render(built.Screen(name)), Render(shared.Screen(name)));
        }

        // A screener read from a snapshot too (its parties built on demand).
        using var stream = new MemoryStream();
        defaults.Save(stream);
        stream.Position = 0;
        var loaded = Screener.Load(stream).WithOptions(options);
        foreach (var name in new[] { "Huawei", "华为", "Rim Ryong", "China Electronics Technology", "Hebei Semiconductor" })
        {
            Assert.Equal(Render(built.Screen(name)), Render(loaded.Screen(name)));
            Assert.Equal(Render(built.Screen(new ScreeningQuery(name) { Country = "CN" })), Render(loaded.Screen(new ScreeningQuery(name) { Country = "CN" })));
        }

        Assert.Throws<ArgumentException>(() => defaults.WithOptions(new ScreeningOptions { IncludeWeakAliases = false }));
        Assert.Throws<ArgumentOutOfRangeException>(() => defaults.WithOptions(new ScreeningOptions { Threshold = 2 }));
    }
}
