using System.Globalization;
using System.Text;
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
}
