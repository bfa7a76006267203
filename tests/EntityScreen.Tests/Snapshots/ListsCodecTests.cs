using System.Collections;
using System.Diagnostics;
using System.Reflection;
using EntityScreen.Snapshots;
using Xunit.Abstractions;

namespace EntityScreen.Tests.Snapshots;

public class ListsCodecTests(ITestOutputHelper output)
{
    private static readonly DateOnly s_day = new(2026, 3, 14);

    private static readonly AliasOverlayIdentity s_overlay = new("embedded:overlay_test.csv", new string('a', 64), 3);

    // ---- helpers ----

    private static byte[] Write(IReadOnlyList<ListSnapshot> lists)
    {
        var writer = new SnapshotWriter();
        ListsCodec.Write(writer, lists);
        using var stream = new MemoryStream();
        writer.Complete(stream);
        return stream.ToArray();
    }

    private static ListSnapshot[] Read(byte[] bytes)
    {
        using var reader = new SnapshotReader(new MemoryStream(bytes));
        var lists = ListsCodec.Read(reader);
        reader.Complete();
        return lists;
    }

    private static ListSnapshot[] RoundTrip(IReadOnlyList<ListSnapshot> lists)
    {
        var read = Read(Write(lists));
        DeepEqual.Assert(lists, read);
        AssertSharingKept(lists, read);
        return read;
    }

    /// <summary>The objects the loaders share (or mark by reference) are shared and marked the same way when read.</summary>
    private static void AssertSharingKept(IReadOnlyList<ListSnapshot> expected, ListSnapshot[] actual)
    {
        for (var l = 0; l < expected.Count; l++)
        {
            Assert.Equal(ReferenceEquals(expected[l].Identity, expected[l].Report.Identity), ReferenceEquals(actual[l].Identity, actual[l].Report.Identity));
            for (var f = 0; f < expected[l].Report.Files.Count; f++)
            {
                var (e, a) = (expected[l].Report.Files[f], actual[l].Report.Files[f]);
                Assert.Equal(ReferenceEquals(e.Facts, FactsReport.Empty), ReferenceEquals(a.Facts, FactsReport.Empty));
                Assert.Equal(ReferenceEquals(e.RejectionsOmitted, FileLoadReport.NoneOmitted), ReferenceEquals(a.RejectionsOmitted, FileLoadReport.NoneOmitted));
            }

            for (var p = 0; p < expected[l].Parties.Count; p++)
            {
                var (e, a) = (expected[l].Parties[p], actual[l].Parties[p]);
                Assert.Equal(ReferenceEquals(e.Fields, PartyBuilder.NoFields), ReferenceEquals(a.Fields, PartyBuilder.NoFields));
            }
        }

        var parties = actual.SelectMany(l => l.Parties).ToArray();
        var before = expected.SelectMany(l => l.Parties).ToArray();

        // One ListInfo per distinct list, and the library's own instance for a known one.
        Assert.True(Distinct(parties.Select(p => p.List)) <= Distinct(before.Select(p => p.List)));
        Assert.All(parties, p => Assert.True(!ListInfo.Known.Contains(p.List) || ListInfo.Known.Any(k => ReferenceEquals(k, p.List)), p.Id));

        // One header per distinct header, shared by the rows.
        Assert.True(Distinct(parties.Select(p => p.Fields).OfType<RowFields>().Select(r => r.Header))
            <= Distinct(before.Select(p => p.Fields).OfType<RowFields>().Select(r => r.Header)));

        // Equal strings are one string.
        var ids = parties.Select(p => p.Id).Concat(parties.SelectMany(p => p.Fields.Values)).ToArray();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal).Count(), Distinct(ids));
    }

    private static int Distinct<T>(IEnumerable<T> items)
        where T : class => items.Distinct(ReferenceEqualityComparer.Instance).Count();

    private static ListedName Name(string value, NameKind kind = NameKind.Primary) => ListedName.Create(value, kind);

    private static ListedParty Bare(string id, ListInfo list) => new() { Id = id, List = list, Names = [] };

    /// <summary>A party with every property set (none null, empty or default), in several scripts.</summary>
    private static ListedParty Full(string id, ListInfo list) => new()
    {
        Id = id,
        List = list,
        Type = PartyType.Person,
        TypeInferred = true,
        Names =
        [
            Name("Zhang 𠀀 Wei"),
            Name("张伟", NameKind.Aka),
            Name("Ivanov, Ivan", NameKind.Fka),
            Name(string.Empty, NameKind.Weak),
            Name("Lone \uD800 high", NameKind.Nka),
            Name("\uDC00 lone low then pair \uDBFF\uDFFF then reversed \uDC00\uD800", NameKind.Aka),
            new ListedName("Mixed Script Forced", NameKind.Aka, NameScript.Hangul) { Overlay = s_overlay, Citation = "https://example.test/a?b=c" },
            ListedName.Create("华为技术有限公司", NameKind.Aka) with { Overlay = s_overlay with { Rows = 4 }, Citation = string.Empty },
        ],
        Addresses = [new PartyAddress("1 Main St, Springfield", "Springfield", "US"), new PartyAddress(string.Empty, null, null), new PartyAddress("北京市", string.Empty, "CN")],
        Countries = ["US", "CN", string.Empty],
        Programs = ["SDGT", "IRAN"],
        LegalCitation = "85 FR 12345",
        StartDate = DateOnly.MinValue,
        EndDate = DateOnly.MaxValue,
        LicenseRequirement = "For all items subject to the EAR.",
        LicensePolicy = string.Empty,
        Remarks = "DOB 1960; a.k.a. 'X'\r\nline two\0with a NUL",
        Title = "Minister",
        DatesOfBirth = ["1960", "circa 1970", "not a date"],
        BirthDates =
        [
            new BirthDate(new DateOnly(1960, 1, 1), new DateOnly(1960, 12, 31), DatePrecision.Year, "1960"),
            new BirthDate(new DateOnly(1968, 1, 1), new DateOnly(1972, 12, 31), DatePrecision.Range, "circa 1970") { Circa = true },
            new BirthDate(DateOnly.MinValue, DateOnly.MaxValue, (DatePrecision)77, string.Empty),
        ],
        Nationalities = ["CN"],
        Gender = Gender.Female,
        Identifiers =
        [
            new PartyIdentifier("Passport", "E12345678", "CN") { Kind = IdentifierKind.Passport, Issued = "14 Dec 2005", Expires = "2015-12-13" },
            new PartyIdentifier("Digital Currency Address - XBT", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", null) { Kind = IdentifierKind.DigitalCurrencyAddress, Currency = "XBT" },
            new PartyIdentifier(string.Empty, string.Empty, string.Empty) { Kind = (IdentifierKind)1234, Currency = string.Empty, Issued = string.Empty, Expires = string.Empty },
        ],
        Facts = [new PartyFact("Website", "https://example.test"), new PartyFact(string.Empty, string.Empty)],
        UnparsedFacts = ["Ref 99-1"],
        SourceUrl = "https://example.test/list#1",
        SourceRowIds = ["row-1", "row-2", string.Empty],
        Fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Name"] = "Zhang 𠀀 Wei", [string.Empty] = "\uD800", ["z"] = string.Empty, ["A"] = "a" },
        Affiliation = null,
    };

    private static ListSnapshot Hand()
    {
        var identity = new ListIdentity("/lists/hand.csv", ListFormat.Generic, new string('0', 64), s_day);
        var el = ListInfo.FromCode("EL");
        var inHouse = new ListInfo("XYZ", "In-house 名单 𠀀", (ListAuthority)9);
        var header = CsvHeader.FromNames(["_id", "name", "name", string.Empty, "𠀀"]);
        var rowParty = Bare("EL:row", el) with
        {
            Names = [Name("Row Co")],
            Fields = new RowFields(header, ["1", "Row Co", "dup", string.Empty, "\uDBFF"]),
        };
        var rowParty2 = Bare("EL:row2", el with { Name = "Entity List, as the CSL names it" }) with
        {
            Fields = new RowFields(header, ["2", "Row Two", "Row Two", "x", "y"]),
        };
        IReadOnlyList<ListedParty> parties =
        [
            Full("XYZ:full", inHouse),
            Bare("XYZ:bare", inHouse),
            Bare(string.Empty, el) with { Fields = PartyBuilder.NoFields, Type = (PartyType)99, Gender = (Gender)200, LegalCitation = string.Empty, Title = null },
            rowParty,
            rowParty2,
            Full("EL:full2", el) with { Fields = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1" } },
            Bare("EL:ordinal", el) with { Fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["b"] = "2", ["a"] = "1" } },
        ];
        var files = new FileLoadReport[]
        {
            new()
            {
                File = "/lists/hand.csv",
                Sha256 = new string('0', 64),
                RowsRead = long.MaxValue,
                RowsLoaded = 5,
                Rejections = [new RowRejection("/lists/hand.csv", 7, null, "expected 5 fields, found 4"), new RowRejection("hand.csv", long.MinValue, "name", "lone \uDFFF")],
                RejectionsOmitted = new Dictionary<string, long>(StringComparer.Ordinal) { ["share"] = long.MaxValue, [string.Empty] = -1 },
                Facts = new FactsReport
                {
                    DatesOfBirth = 3,
                    Identifiers = new Dictionary<IdentifierKind, int> { [(IdentifierKind)(-1)] = -1, [IdentifierKind.Imo] = int.MaxValue, [IdentifierKind.Passport] = 1 },
                    Nationalities = 1,
                    Genders = 2,
                    OtherFacts = 4,
                    FreeTextRemarks = 5,
                    Unparsed = [new UnparsedFact("/lists/hand.csv", 2, "XYZ:full", "dates_of_birth", "not a date", "not a date (use YYYY…)")],
                },
            },
            new() { File = "/lists/empty.csv", Sha256 = string.Empty, Facts = FactsReport.Empty, RejectionsOmitted = FileLoadReport.NoneOmitted },
            new() { File = "/lists/empty2.csv", Sha256 = "x", Facts = new FactsReport(), RejectionsOmitted = new Dictionary<string, long>(StringComparer.Ordinal) },
        };
        var report = new LoadReport
        {
            Identity = identity with { Source = "another identity object" },
            Files = files,
            PartiesLoaded = 6,
            PartiesByList = new Dictionary<string, int>(StringComparer.Ordinal) { ["XYZ"] = 3, ["EL"] = 3 },
            NamesLoaded = int.MinValue,
            Elapsed = TimeSpan.FromTicks(-123456789012345),
        };
        return new ListSnapshot(identity, parties, report)
        {
            Ownership = new OwnershipContext(
                [new ListIdentity("/own/a.csv", ListFormat.Ownership, "ab", null), new ListIdentity("/own/b.jsonl", (ListFormat)42, string.Empty, DateOnly.MaxValue)],
                s_day,
                ["OFAC 50 Percent Rule: applied, 12 covered, 3 red flags", string.Empty]),
        };
    }

    private static ListSnapshot Small()
    {
        var identity = new ListIdentity("small.csv", ListFormat.Csl, "ff", null);
        var list = ListInfo.FromCode("SDN");
        var report = new LoadReport { Identity = identity, Files = [new FileLoadReport { File = "small.csv", Sha256 = "ff" }], PartiesLoaded = 1 };
        return new ListSnapshot(identity, [Full("SDN:1", list), Bare("SDN:2", list)], report);
    }

    // ---- (1) the real lists ----

    /// <summary>The real lists as the CLI screens them: loaded, then the library's alias overlay applied.</summary>
    private static (ListSnapshot[] Lists, AliasOverlayReport Overlay) RealLists(params string[] relative)
    {
        var loaded = relative.Select(r => ListLoader.Load(SharedData.Require(r))).ToArray();
        var overlaid = AliasOverlay.Apply(loaded, [AliasOverlay.Default]);
        return ([.. overlaid.Lists], Assert.Single(overlaid.Overlays));
    }

    [SharedDataFact]
    public void RealLists_RoundTripExactly_WithTheDefaultOverlay()
    {
        var (lists, overlay) = RealLists(
            "derived/csl_assembled.csv",
            "derived/cn_mofcom_lists.csv",
            "derived/csl_2022-04.csv",
            "ofac_sdn/2021-07-07",
            "ofac_sdn/2024-05-03/sdn.csv",
            "ofac_consolidated/2025-12-19");
        Assert.True(overlay.NamesAdded > 0);
        Assert.Contains(lists.SelectMany(l => l.Parties), p => p.Names.Any(n => n.FromOverlay));
        Assert.Contains(lists.SelectMany(l => l.Parties), p => p.Fields is RowFields);
        Assert.Contains(lists.SelectMany(l => l.Parties), p => p.Fields is Dictionary<string, string>);

        var read = RoundTrip(lists);

        Assert.Equal(lists.Sum(l => l.Parties.Count), read.Sum(l => l.Parties.Count));
        output.WriteLine($"{read.Length} lists, {read.Sum(l => l.Parties.Count)} parties, {read.Sum(l => l.Parties.Sum(p => p.Names.Count))} names");
    }

    [SharedDataFact]
    public void RealLists_SizeAndTimes()
    {
        // No assertion on time: the numbers are printed for docs/performance.md (Release, this machine).
        Measure("CSL + China lists (the CLI's default kind of lists)", "derived/csl_assembled.csv", "derived/cn_mofcom_lists.csv");
        Measure("CSL + China + OFAC SDN 2024 + consolidated 2025", "derived/csl_assembled.csv", "derived/cn_mofcom_lists.csv", "ofac_sdn/2024-05-03/sdn.csv", "ofac_consolidated/2025-12-19");
    }

    private void Measure(string what, params string[] relative)
    {
        const int Runs = 7;
        var (bytes, parties, write) = WriteTimed(relative, Runs);

        // The lists loaded from the files are gone: reading starts from a heap without them, as a process would.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var read = new List<double>();
        var hash = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var lists = Read(bytes);
            read.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(parties, lists.Sum(l => l.Parties.Count));
            lists = null;
            GC.Collect();
            watch.Restart();
            _ = System.Security.Cryptography.SHA256.HashData(bytes);
            hash.Add(watch.Elapsed.TotalMilliseconds);
        }

        output.WriteLine(FormattableString.Invariant(
            $"{what}: {parties} parties, {bytes.Length:N0} bytes ({bytes.Length / 1048576.0:F2} MiB); write {Times(write)}; read, checksum verified, {Times(read)}; of which SHA-256 alone {Times(hash)}"));
    }

    private static (byte[] Bytes, int Parties, List<double> Times) WriteTimed(string[] relative, int runs)
    {
        var (lists, _) = RealLists(relative);
        var times = new List<double>();
        byte[] bytes = [];
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            bytes = Write(lists);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        return (bytes, lists.Sum(l => l.Parties.Count), times);
    }

    private static string Times(List<double> ms) =>
        FormattableString.Invariant($"first {ms[0]:F0} ms, then min {ms.Skip(1).Min():F0} / median {ms.Skip(1).Order().ElementAt((ms.Count - 1) / 2):F0} ms");

    // ---- (2) hand-built lists ----

    [Fact]
    public void HandBuilt_EveryFieldSetAndUnset_RoundTripsExactly()
    {
        var hand = Hand();
        var read = RoundTrip([hand, Small(), new ListSnapshot(new ListIdentity(string.Empty, ListFormat.Auto, string.Empty, null), [], new LoadReport { Identity = new ListIdentity("x", ListFormat.Auto, "y", null), Files = [] })]);

        // The codec's own choices, beyond equality: a known list is the library's instance; a header is shared.
        Assert.Same(ListInfo.FromCode("EL"), read[0].Parties[2].List);
        Assert.Same(((RowFields)read[0].Parties[3].Fields).Header, ((RowFields)read[0].Parties[4].Fields).Header);
        Assert.Equal(StringComparer.OrdinalIgnoreCase, ((Dictionary<string, string>)read[0].Parties[0].Fields).Comparer);
        Assert.Equal(["_id", "name", "name", string.Empty, "𠀀"], read[0].Parties[3].Fields.Keys);
        Assert.Equal("Row Co", read[0].Parties[3].Fields["name"]); // the first of two columns named alike, as the loaders look it up
        Assert.Equal("Lone \uD800 high", read[0].Parties[0].Names[4].Value);
        Assert.Equal("\uDC00 lone low then pair \uDBFF\uDFFF then reversed \uDC00\uD800", read[0].Parties[0].Names[5].Value);
        Assert.Equal(NameScript.Hangul, read[0].Parties[0].Names[6].Script);
        Assert.Null(read[0].Parties[2].Title);
        Assert.Equal(string.Empty, read[0].Parties[2].LegalCitation);
        Assert.Same(read[0].Parties[0].Names[6].Overlay, read[1].Parties[0].Names[6].Overlay);
    }

    [Fact]
    public void HandBuilt_FullPartyAndReport_SetEveryProperty()
    {
        // The round trip above proves something only for properties the data sets: every settable property of the
        // full party, its names, identifiers, dates, and of the report must hold a non-default value.
        var hand = Hand();
        var full = hand.Parties[0];
        AssertAllSet(hand);
        AssertAllSet(hand.Ownership!);
        AssertAllSet(full, nameof(ListedParty.Affiliation));
        AssertAllSet(full.Names[6]);
        AssertAllSet(full.Identifiers[0], nameof(PartyIdentifier.Currency));
        AssertAllSet(full.Identifiers[1], nameof(PartyIdentifier.Issued), nameof(PartyIdentifier.Expires), nameof(PartyIdentifier.Country));
        AssertAllSet(full.BirthDates[1]);
        AssertAllSet(full.Addresses[0]);
        AssertAllSet(full.Facts[0]);
        AssertAllSet(full.List);
        AssertAllSet(hand.Report);
        AssertAllSet(hand.Report.Files[0]);
        AssertAllSet(hand.Report.Files[0].Rejections[1]);
        AssertAllSet(hand.Report.Files[0].Facts);
        AssertAllSet(hand.Report.Files[0].Facts.Unparsed[0]);
        AssertAllSet(hand.Identity);
    }

    private static void AssertAllSet(object value, params string[] except)
    {
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanWrite || property.GetIndexParameters().Length > 0 || except.Contains(property.Name))
            {
                continue;
            }

            var v = property.GetValue(value);
            var set = v switch
            {
                null => false,
                string => true,
                ICollection c => c.Count > 0,
                IEnumerable e => e.Cast<object>().Any(),
                _ => !v.Equals(Activator.CreateInstance(property.PropertyType.IsValueType ? property.PropertyType : typeof(object))),
            };
            Assert.True(set, $"{value.GetType().Name}.{property.Name} is not set in the test data");
        }
    }

    [Fact]
    public void EnumValueBeyondAByte_Refused()
    {
        // Party types, genders, name kinds and scripts are held as bytes: every defined value (and any up to 255) is
        // kept exactly; one that does not fit is refused, never cut.
        var list = Small();
        foreach (var party in new[]
        {
            list.Parties[1] with { Gender = (Gender)(-5) },
            list.Parties[1] with { Type = (PartyType)256 },
            list.Parties[1] with { Names = [new ListedName("X", (NameKind)1000, NameScript.Latin)] },
        })
        {
            var error = Assert.Throws<NotSupportedException>(() => ListsCodec.Write(new SnapshotWriter(), [new ListSnapshot(list.Identity, [party], list.Report)]));
            Assert.Contains("does not fit", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LargeCounts_RoundTrip()
    {
        // Counts of 255 and more take the escape and an overflow int.
        var list = Small();
        var many = list.Parties[1] with
        {
            Names = [.. Enumerable.Range(0, 300).Select(i => Name($"Name {i}", i == 0 ? NameKind.Primary : NameKind.Aka))],
            Programs = [.. Enumerable.Range(0, 255).Select(i => $"P{i}")],
            Countries = [.. Enumerable.Range(0, 254).Select(i => $"C{i}")],
            SourceRowIds = [.. Enumerable.Range(0, 70_000).Select(i => $"R{i % 1000}")],
        };
        RoundTrip([new ListSnapshot(list.Identity, [list.Parties[0], many, list.Parties[0]], list.Report)]);
    }

    [Fact]
    public void LoadedFileWithBrokenUtf8_HasNoLoneSurrogates_AndRoundTrips()
    {
        // What the loaders make of bytes that are no UTF-8 (a UTF-8-encoded surrogate, a stray 0xFF): U+FFFD, never a
        // lone surrogate. The codec keeps lone surrogates anyway (hand-built parties can hold them: see above).
        using var dir = new Cli.TempDir();
        var path = dir.File("broken_utf8.csv");
        var text = Cli.TestLists.CslHeader + "\n"
            + Cli.TestLists.CslRow((0, "1"), (1, "Entity List (EL) - Bureau of Industry and Security"), (5, "Broken @SURROGATE@ Name 𠀀"), (7, "1 Road, Town, CN"), (24, "1970 @FF@"))
            + "\n"
            + Cli.TestLists.CslRow((0, "1"), (1, "Entity List (EL) - Bureau of Industry and Security"), (5, "Broken @SURROGATE@ Name 𠀀"), (7, "2 Street, City, HK"))
            + "\n";
        var bytes = new List<byte>();
        foreach (var part in text.Split('@'))
        {
            bytes.AddRange(part switch
            {
                "SURROGATE" => [0xED, 0xA0, 0x80],
                "FF" => [0xFF],
                _ => System.Text.Encoding.UTF8.GetBytes(part),
            });
        }

        File.WriteAllBytes(path, [.. bytes]);
        var loaded = ListLoader.Load(path);

        var party = Assert.Single(loaded.Parties);
        Assert.Contains('\uFFFD', party.PrimaryName);
        Assert.All(Strings(loaded), s => Assert.False(HasLoneSurrogate(s), s));
        RoundTrip([loaded]);
    }

    private static IEnumerable<string> Strings(ListSnapshot list) =>
        list.Parties.SelectMany(p => p.Names.Select(n => n.Value).Concat(p.Fields.Keys).Concat(p.Fields.Values).Concat(p.DatesOfBirth).Concat(p.UnparsedFacts))
            .Concat(list.Report.Files.SelectMany(f => f.Rejections.Select(r => r.Reason).Concat(f.Facts.Unparsed.SelectMany(u => new[] { u.Text, u.Reason }))));

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void FieldsOfAnotherDictionaryType_ReadAsADictionary_SamePairsInOrder()
    {
        // The loaders make RowFields and Dictionary<string, string> (kept as they are, comparer included); a caller's
        // own kind of dictionary comes back as a Dictionary with the same pairs in the order it enumerated them.
        var list = Small();
        var sorted = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["b"] = "2", ["a"] = "1", ["𠀀"] = "\uD800" };
        var party = list.Parties[1] with { Fields = sorted.AsReadOnly() };

        var read = Read(Write([new ListSnapshot(list.Identity, [party], list.Report)]));

        var fields = Assert.IsType<Dictionary<string, string>>(Assert.Single(read[0].Parties).Fields);
        Assert.Equal(sorted.ToArray(), fields.ToArray());
    }

    [Fact]
    public void NoLists_RoundTrip()
    {
        Assert.Empty(RoundTrip([]));
    }

    [Fact]
    public void Affiliate_Refused()
    {
        var list = Small();
        var affiliate = Bare("OWNED:1", AffiliateList.List) with
        {
            Affiliation = new Affiliation(new OwnershipNode(OwnershipNodeKind.FileEntity, "Owned Co", null, null), [], []),
        };
        var withAffiliate = new ListSnapshot(list.Identity, [.. list.Parties, affiliate], list.Report);

        var error = Assert.Throws<NotSupportedException>(() => ListsCodec.Write(new SnapshotWriter(), [withAffiliate]));
        Assert.Contains("OWNED:1", error.Message, StringComparison.Ordinal);
        Assert.Contains("affiliates", error.Message, StringComparison.Ordinal);
    }

    // ---- (3) every property of every written type is known to the codec ----

    [Fact]
    public void EveryPropertyOfEveryWrittenType_IsKnownToTheCodec()
    {
        var reached = Reachable(typeof(ListSnapshot));
        Assert.Equal(
            ListsCodec.Properties.Keys.Select(t => t.Name).Order(),
            reached.Select(t => t.Name).Order());
        foreach (var type in reached)
        {
            Assert.Equal(ListsCodec.Properties[type].Order(), PublicProperties(type).Select(p => p.Name).Order());
        }
    }

    [Fact]
    public void PropertyCheck_FailsForAPropertyTheCodecDoesNotKnow()
    {
        // The check above, on a type with one property more than the codec's list: it must see the difference.
        Assert.Equal(["Extra"], PublicProperties(typeof(PartyFactWithExtra)).Select(p => p.Name).Except(ListsCodec.Properties[typeof(PartyFact)]));
        Assert.Throws<InvalidOperationException>(() => Reachable(typeof(HolderOfUnknownType)));
        Assert.Contains(typeof(PartyFactWithExtra), Reachable(typeof(HolderOfExtra)));
    }

    private sealed record PartyFactWithExtra(string Label, string Value, int Extra);

    private sealed record HolderOfExtra(IReadOnlyList<PartyFactWithExtra> Facts);

    private sealed record HolderOfUnknownType(Stream Stream);

    private static PropertyInfo[] PublicProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();

    /// <summary>
    /// The types reached from <paramref name="root"/> through public properties (and the elements of lists and
    /// dictionaries); a property of a type that is neither a value nor a collection nor one of this library's (or the
    /// test's) classes fails, so a new kind of property is noticed. <see cref="ListedParty.Affiliation"/> is refused by
    /// the codec, so not walked.
    /// </summary>
    private static HashSet<Type> Reachable(Type root)
    {
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>([root]);
        while (pending.TryPop(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            foreach (var property in PublicProperties(type))
            {
                if (type == typeof(ListedParty) && property.Name == nameof(ListedParty.Affiliation))
                {
                    continue;
                }

                foreach (var reached in Leaves(property.PropertyType))
                {
                    pending.Push(reached);
                }
            }
        }

        return seen;
    }

    private static IEnumerable<Type> Leaves(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateOnly) || type == typeof(TimeSpan))
        {
            return [];
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(IReadOnlyList<>) || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IReadOnlyCollection<>)))
        {
            return type.GetGenericArguments().SelectMany(Leaves);
        }

        if (type.IsClass && (type.Assembly == typeof(ListedParty).Assembly || type.Assembly == typeof(ListsCodecTests).Assembly))
        {
            return [type];
        }

        throw new InvalidOperationException($"a property of type {type} that the check does not know how to walk");
    }

    // ---- (4) damage ----

    [Fact]
    public void EveryByteDamaged_OrTruncated_SnapshotException()
    {
        // Read without the checksum's protection: each damaged byte must be caught by the codec's own checks (or read
        // as other values, then refused by the checksum), never throw anything else or allocate beyond the file.
        var bytes = Write([Hand(), Small()]);
        var flipped = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            foreach (var damage in new Func<byte, byte>[] { b => (byte)(b ^ 0xFF), b => (byte)(b + 1), b => 0x80 })
            {
                var damaged = (byte[])bytes.Clone();
                damaged[i] = damage(damaged[i]);
                if (damaged[i] == bytes[i])
                {
                    continue;
                }

                AssertRefused(damaged, $"byte {i}");
                AssertRefusedOrEveryPartyBuilds(damaged);
                flipped++;
            }
        }

        for (var length = 0; length < bytes.Length; length++)
        {
            AssertRefused(bytes[..length], $"truncated to {length}");
        }

        Assert.True(flipped > bytes.Length);
    }

    [Fact]
    public void EveryIntDamaged_CaughtBeforeTheChecksum()
    {
        // Each aligned int set to a value a damaged file might hold: the codec itself must refuse any it cannot use,
        // so only SnapshotExceptions come out of Read (the values it can use are refused by the checksum).
        var bytes = Write([Hand(), Small()]);
        var caughtByCodec = 0;
        int[] values = [-1, -2, 0, 1, 3, 1000, int.MaxValue, int.MinValue, 0x7FFF_FFF0];
        for (var i = 12; i + 4 <= bytes.Length - 32; i += 4)
        {
            foreach (var value in values)
            {
                var damaged = (byte[])bytes.Clone();
                BitConverter.TryWriteBytes(damaged.AsSpan(i), value);
                if (damaged.AsSpan(i, 4).SequenceEqual(bytes.AsSpan(i, 4)))
                {
                    continue;
                }

                if (!AssertRefusedOrEveryPartyBuilds(damaged))
                {
                    caughtByCodec++;
                }
            }
        }

        Assert.True(caughtByCodec > 0);
    }

    [SharedDataFact]
    public void RealList_DamagedOrTruncated_SnapshotException()
    {
        var (lists, _) = RealLists("derived/cn_mofcom_lists.csv");
        var bytes = Write(lists);
        var random = new Random(14);
        for (var run = 0; run < 1500; run++)
        {
            var damaged = (byte[])bytes.Clone();
            var at = random.Next(damaged.Length);
            damaged[at] ^= (byte)random.Next(1, 256);
            AssertRefused(damaged, $"byte {at}");
            if (run % 5 == 0)
            {
                AssertRefusedOrEveryPartyBuilds(damaged);
            }
        }

        for (var run = 0; run < 300; run++)
        {
            var length = random.Next(bytes.Length);
            AssertRefused(bytes[..length], $"truncated to {length}");
        }
    }

    /// <summary>
    /// Reads <paramref name="damaged"/> without comparing its checksum (as if it had been written again with a correct
    /// one): the codec refuses it with a <see cref="SnapshotException"/> (false), or every party of the lists it
    /// returns builds (on first access) without any exception, every property read (true). Nothing may slip through
    /// to a later build. (The load reports' values are read whole by the codec; a sum of damaged counts may overflow.)
    /// </summary>
    private static bool AssertRefusedOrEveryPartyBuilds(byte[] damaged)
    {
        ListSnapshot[] lists;
        try
        {
            using var reader = new SnapshotReader(new MemoryStream(damaged));
            lists = ListsCodec.Read(reader);
        }
        catch (SnapshotException)
        {
            return false;
        }

        foreach (var list in lists)
        {
            DeepEqual.Assert(list.Parties, list.Parties);
        }

        return true;
    }

    private static void AssertRefused(byte[] damaged, string what)
    {
        var error = Record.Exception(() => Read(damaged));
        Assert.True(error is SnapshotException, $"{what}: {error?.GetType().Name ?? "no exception"}: {error?.Message}");
    }

    /// <summary>Compares two object graphs property by property, lists and dictionaries element by element, types included.</summary>
    private static class DeepEqual
    {
        private static readonly Dictionary<Type, PropertyInfo[]> s_properties = [];

        public static void Assert(object? expected, object? actual) => Compare(expected, actual, "lists");

        private static bool IsReadOnlyDictionary(Type type) =>
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>));

        private static void Compare(object? expected, object? actual, string path)
        {
            if (expected is null || actual is null)
            {
                Xunit.Assert.True(expected is null && actual is null, $"{path}: {expected ?? "null"} vs {actual ?? "null"}");
                return;
            }

            // Lists come back as arrays, whatever collection held them (the overlay's copies are the compiler's
            // read-only wrapper of a collection expression), a list's parties as the list that builds each on first
            // access (compared through it, party by party); every other type, dictionaries included, is the same.
            var type = expected.GetType();
            var isList = expected is IEnumerable and not string and not IDictionary && !IsReadOnlyDictionary(type);
            if (type != actual.GetType() && !(isList && (actual.GetType().IsArray || actual is LazyParties)))
            {
                Xunit.Assert.Fail($"{path}: {type} vs {actual.GetType()}");
            }

            if (type.IsPrimitive || type.IsEnum || expected is string or DateOnly or TimeSpan)
            {
                if (!expected.Equals(actual))
                {
                    Xunit.Assert.Fail($"{path}: '{expected}' vs '{actual}'");
                }

                return;
            }

            if (expected is IEnumerable items)
            {
                if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>))
                {
                    Xunit.Assert.True(Equals(type.GetProperty("Comparer")!.GetValue(expected), type.GetProperty("Comparer")!.GetValue(actual)), $"{path}: comparer");
                }

                var e = items.Cast<object?>().ToList();
                var a = ((IEnumerable)actual).Cast<object?>().ToList();
                Xunit.Assert.True(e.Count == a.Count, $"{path}: {e.Count} items vs {a.Count}");
                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]");
                }

                return;
            }

            if (type.Assembly != typeof(ListedParty).Assembly && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)))
            {
                Xunit.Assert.Fail($"{path}: cannot compare a {type}");
            }

            if (!s_properties.TryGetValue(type, out var properties))
            {
                properties = PublicProperties(type);
                s_properties[type] = properties;
            }

            foreach (var property in properties)
            {
                Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
            }
        }
    }
}
