using System.Collections;
using System.Reflection;
using System.Security.Cryptography;
using EntityScreen.Snapshots;

namespace EntityScreen.Tests.Snapshots;

/// <summary>
/// A screener read from a snapshot builds its parties on first use (<see cref="PartyStore"/>): none at load, only
/// those a query returns, one instance per party whatever the threads, and nothing a build reads left unchecked at load.
/// </summary>
public class LazyPartiesTests
{
    private static BirthDate Dob(string text) => BirthDate.TryParse(text, out var d, out var e) ? d! : throw new ArgumentException(e);

    /// <summary>The sample list, with persons' dates of birth, identifiers, countries and addresses, fields, and a party with many names.</summary>
    private static ListSnapshot Rich()
    {
        var sample = TestLists.Sample();
        var header = CsvHeader.FromNames(["id", "name", "country"]);
        ListedParty[] more =
        [
            TestLists.Party("SDN:101", "SDN", PartyType.Person, "KIM, Yong Chol") with
            {
                BirthDates = [Dob("1962-03-10")],
                DatesOfBirth = ["10 Mar 1962"],
                Nationalities = ["KP"],
                Countries = ["KP"],
                Identifiers = [new PartyIdentifier("Passport", "PD654321", "KP") { Kind = IdentifierKind.Passport }],
            },
            TestLists.Party("SDN:102", "SDN", PartyType.Person, "KIM, Yong Chol") with { BirthDates = [Dob("1985")], Countries = ["KP"] },
            TestLists.Party("EL:101", "EL", PartyType.Organization, "Huawei Cloud Technologies Co., Ltd.") with
            {
                Addresses = [new PartyAddress("Shenzhen", "Shenzhen", "CN")],
                Fields = new RowFields(header, ["EL:101", "Huawei Cloud", "CN"]),
            },
            TestLists.Party("EL:102", "EL", PartyType.Organization, "Huawei Device Co., Ltd.") with
            {
                Countries = ["cn"],
                Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Name"] = "Huawei Device" },
            },
            TestLists.Party("UEL:101", "UEL", PartyType.Organization, [.. Enumerable.Range(0, 300).Select(i => $"Many Names Trading {i} Limited")]) with
            {
                Addresses = [new PartyAddress("Somewhere", null, null), new PartyAddress("US office", null, "US")],
            },
        ];
        return new ListSnapshot(sample.Identity, [.. sample.Parties, .. more], sample.Report);
    }

    private static byte[] Save(Screener screener)
    {
        using var stream = new MemoryStream();
        screener.Save(stream);
        return stream.ToArray();
    }

    private static ScreeningQuery[] Queries() =>
    [
        new("Huawei Technologies"),
        new("Huawei Technologies") { Country = "CN", ListCodes = ["EL"], Type = PartyType.Organization, Threshold = 0.5 },
        new("Huawei") { Country = "US", Threshold = 0.3, MaxResults = 50 },
        new("华为技术有限公司"),
        new("Kim Yong Chol") { DatesOfBirth = [Dob("1962-03-10")] },
        new("Kim Yong Chol") { DatesOfBirth = [Dob("1985-07-01")], Country = "KP" },
        new("Yong Kim") { Identifiers = [new QueryIdentifier(IdentifierKind.Passport, "PD654321")] },
        new(string.Empty) { Identifiers = [new QueryIdentifier(null, "PD654321")] },
        new("Many Names Trading 250 Limited") { Threshold = 0.6 },
        new("Lockheed Martin"),
        new("Rosneft") { Type = PartyType.Person },
    ];

    [Fact]
    public void Load_BuildsNoParty_AQueryBuildsOnlyThePartiesItReturns()
    {
        var built = Screener.Create([Rich()], [AliasOverlay.Default]);
        var loaded = Screener.Load(new MemoryStream(Save(built)));
        var store = PartyStore.Of(loaded.Lists);

        Assert.NotNull(store);
        Assert.Equal(0, store.BuiltCount);
        Assert.Equal(built.PartyCount, loaded.PartyCount);
        Assert.Equal(built.NameCount, loaded.NameCount);
        Assert.Equal(built.Lists[0].Parties.Count, loaded.Lists[0].Parties.Count);
        Assert.Equal(0, store.BuiltCount);

        var returned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in Queries())
        {
            var result = loaded.Screen(query);
            Assert.Equal(ScreenerSnapshotTests.Render(built.Screen(query)), ScreenerSnapshotTests.Render(result));
            returned.UnionWith(result.Matches.Select(m => m.Party.Id));

            // Ranking reads the ids from the arrays, the filters compare lists, types and countries there: only the
            // parties returned are built, and each is the store's instance.
            Assert.Equal(returned.Count, store.BuiltCount);
            foreach (var match in result.Matches)
            {
                var index = Array.FindIndex(store.Built, p => p?.Id == match.Party.Id);
                Assert.Same(store.Built[index], match.Party);
                Assert.Same(match.Party, loaded.Lists[0].Parties[index]);
            }
        }

        Assert.True(returned.Count >= 5, $"only {returned.Count} parties returned");
        Assert.True(returned.Count < loaded.PartyCount);
    }

    [Fact]
    public void WithOptions_OfALoadedScreener_SharesItsPartiesAndAnswersAsBuilt()
    {
        var built = Screener.Create([Rich()], [AliasOverlay.Default]);
        var loaded = Screener.Load(new MemoryStream(Save(built)));
        var options = new ScreeningOptions { Threshold = 0.6, MaxResults = 3 };
        var copy = loaded.WithOptions(options);

        foreach (var query in Queries())
        {
            Assert.Equal(ScreenerSnapshotTests.Render(built.WithOptions(options).Screen(query)), ScreenerSnapshotTests.Render(copy.Screen(query)));
        }

        Assert.Same(PartyStore.Of(loaded.Lists), PartyStore.Of(copy.Lists));
        AssertEveryFieldShared(loaded, copy);
        AssertEveryFieldShared(built, built.WithOptions(options));
    }

    /// <summary>Every field of the copy is the source's, but the options and the context (a field forgotten in the copy fails).</summary>
    private static void AssertEveryFieldShared(Screener source, Screener copy)
    {
        Assert.NotSame(source, copy);
        foreach (var field in typeof(Screener).GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
        {
            if (field.Name is "<Options>k__BackingField" or "<Context>k__BackingField")
            {
                continue;
            }

            var (expected, actual) = (field.GetValue(source), field.GetValue(copy));
            Assert.True(field.FieldType.IsValueType ? Equals(expected, actual) : ReferenceEquals(expected, actual), $"{field.Name} is not the source's");
        }
    }

    [Fact]
    public void ConcurrentFirstAccess_OneInstancePerParty()
    {
        var bytes = Save(Screener.Create([Rich()], [AliasOverlay.Default]));
        const int Threads = 8;
        for (var round = 0; round < 20; round++)
        {
            var loaded = Screener.Load(new MemoryStream(bytes));
            var parties = loaded.Lists[0].Parties;
            var seen = new ListedParty[Threads][];
            using var start = new Barrier(Threads);
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                // Each thread in its own order, all starting together, some from the list and some by screening.
                var order = Enumerable.Range(0, parties.Count).OrderBy(i => (i * (t + 7)) % 13).ThenBy(i => t % 2 == 0 ? i : -i).ToArray();
                seen[t] = new ListedParty[parties.Count];
                start.SignalAndWait();
                if (t == 0)
                {
                    _ = loaded.ScreenMany(Queries(), maxDegreeOfParallelism: 2);
                }

                foreach (var i in order)
                {
                    seen[t][i] = parties[i];
                }
            })).ToArray();
            foreach (var thread in threads)
            {
                thread.Start();
            }

            foreach (var thread in threads)
            {
                thread.Join();
            }

            for (var i = 0; i < parties.Count; i++)
            {
                for (var t = 1; t < Threads; t++)
                {
                    Assert.Same(seen[0][i], seen[t][i]);
                }
            }

            Assert.Equal(parties.Count, PartyStore.Of(loaded.Lists)!.BuiltCount);
            Assert.Equal(parties.Select(p => p.Id), Rich().Parties.Select(p => p.Id));
        }
    }

    [Fact]
    public void LazyList_IndexOutOfRange_AndEnumeration()
    {
        var loaded = Screener.Load(new MemoryStream(Save(Screener.Create([TestLists.Sample(), Rich()]))));
        Assert.Equal(2, loaded.Lists.Count);
        var second = loaded.Lists[1].Parties;
        Assert.Throws<ArgumentOutOfRangeException>(() => second[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => second[second.Count]);
        Assert.Equal(Rich().Parties.Select(p => p.Id), second.Select(p => p.Id));
        Assert.Same(second[0], PartyStore.Of(loaded.Lists)!.Get(TestLists.Sample().Parties.Count));
    }

    /// <summary>
    /// Damage behind a correct checksum (a file rewritten by hand, or by another program): only the codec's own checks
    /// stand between the damage and a party built later. Every byte of the lists' section, changed in turn, the SHA-256
    /// made again: Load refuses it with a <see cref="SnapshotException"/>, or every party of what it returns builds and
    /// screens without an exception.
    /// </summary>
    [Fact]
    public void DamagedListsBehindACorrectChecksum_RefusedAtLoad_NeverLater()
    {
        var screener = Screener.Create([Rich()]);
        var bytes = Save(screener);
        var (from, to) = ListsSection(bytes, screener.Lists);
        var refused = 0;
        var loaded = 0;
        for (var i = from; i < to; i++)
        {
            foreach (var damage in i % 4 == 0 ? new Func<byte, byte>[] { b => (byte)(b ^ 0xFF), b => (byte)(b + 1) } : [b => (byte)(b ^ 0xFF)])
            {
                var damaged = (byte[])bytes.Clone();
                damaged[i] = damage(damaged[i]);
                SHA256.HashData(damaged.AsSpan(0, damaged.Length - 32), damaged.AsSpan(damaged.Length - 32));
                Screener read;
                try
                {
                    read = Screener.Load(new MemoryStream(damaged));
                }
                catch (SnapshotException)
                {
                    refused++;
                    continue;
                }

                loaded++;
                var error = Record.Exception(() =>
                {
                    foreach (var party in read.Lists.SelectMany(l => l.Parties))
                    {
                        Touch(party);
                    }

                    foreach (var query in Queries())
                    {
                        foreach (var match in read.Screen(query).Matches)
                        {
                            Touch(match.Party);
                            Touch(match.MatchedName);
                        }
                    }
                });
                Assert.True(error is null, $"byte {i}: {error}");
            }
        }

        Assert.True(refused > (to - from) / 2, $"{refused} refused, {loaded} loaded");
        Assert.True(loaded > 0, "no change was one the codec can read (a string id or an enum changed)");
    }

    /// <summary>
    /// Where the lists' section's tables, metadata and party arrays lie in a screener's snapshot: after its mark and its
    /// string pool (five arrays; changing a string's bytes only changes the string), for as many bytes as the lists
    /// alone take.
    /// </summary>
    private static (int From, int To) ListsSection(byte[] bytes, IReadOnlyList<ListSnapshot> lists)
    {
        var writer = new SnapshotWriter();
        ListsCodec.Write(writer, lists);
        using var alone = new MemoryStream();
        writer.Complete(alone);
        var end = bytes.AsSpan().IndexOf("LIST"u8);
        Assert.True(end > 0);
        var mark = end;
        end += 4;
        int[] elementSizes = [1, 4, 4, 2, 4];
        foreach (var size in elementSizes)
        {
            var count = BitConverter.ToInt32(bytes, end);
            end = Aligned(Aligned(end + 4) + (count * size));
        }

        var length = (int)alone.Length - SnapshotFormat.Magic.Length - 4 - 32;
        return (end, Math.Min(mark + length, bytes.Length - 32));

        static int Aligned(int position) => (position + 7) / 8 * 8;
    }

    /// <summary>Reads every public property of <paramref name="value"/>, deeply (lists and dictionaries item by item).</summary>
    private static void Touch(object? value)
    {
        switch (value)
        {
            case null or string or DateOnly or Enum:
                return;
            case IEnumerable items:
                foreach (var item in items)
                {
                    Touch(item);
                }

                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Touch(property.GetValue(value));
            }
        }
    }
}
