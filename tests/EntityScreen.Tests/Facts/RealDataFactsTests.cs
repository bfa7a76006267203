using System.Text;
using System.Text.RegularExpressions;

namespace EntityScreen.Tests.Facts;

/// <summary>
/// Issue 16's "done when" on the real files of the shared data folder (see <see cref="SharedData"/>): every identifier
/// and date of birth of the SDN file of 2024-05-03, the assembled CSL and the CSL of 2022-04 is typed or reported as
/// unparsed, checked against counts computed here from the raw rows (<see cref="RawCsv"/>, <see cref="RawRemarks"/>),
/// not through the library's fact reader. Only sanity floors are written as numbers.
/// </summary>
public partial class RealDataFactsTests
{
    private const string SdnFile = "ofac_sdn/2024-05-03/sdn.csv";
    private const string AssembledFile = "derived/csl_assembled.csv";
    private const string Csl2022File = "derived/csl_2022-04.csv";

    private static readonly Lazy<SdnData?> s_sdn = new(LoadSdn);
    private static readonly Lazy<CslData?> s_assembled = new(() => LoadCsl(AssembledFile));
    private static readonly Lazy<CslData?> s_csl2022 = new(() => LoadCsl(Csl2022File));

    /// <summary>One remarks item, <c>ids</c> entry or date of birth of a raw row: its party and the line of the party's first row.</summary>
    private sealed record RawItem(ListedParty Party, long Line, string Text);

    /// <summary>The counts of a load report that typed facts make, or the part of them one column's items made.</summary>
    private sealed record Typed(int DatesOfBirth, int Nationalities, int Genders, IReadOnlyDictionary<IdentifierKind, int> Identifiers, int OtherFacts, int FreeText)
    {
        public static Typed Of(FactsReport r) => new(r.DatesOfBirth, r.Nationalities, r.Genders, r.Identifiers, r.OtherFacts, r.FreeTextRemarks);

        public int IdentifiersTotal => Identifiers.Values.Sum();

        public int Identifier(IdentifierKind kind) => Identifiers.GetValueOrDefault(kind);

        public Typed Minus(Typed other) => new(
            DatesOfBirth - other.DatesOfBirth,
            Nationalities - other.Nationalities,
            Genders - other.Genders,
            Enum.GetValues<IdentifierKind>().ToDictionary(k => k, k => Identifier(k) - other.Identifier(k)),
            OtherFacts - other.OtherFacts,
            FreeText - other.FreeText);
    }

    private sealed record SdnData(string Path, ListSnapshot Snapshot, FactsReport Facts, List<RawItem> Remarks);

    /// <summary>The rows of one CSL party, as the loader merges them: same source, entity number, name and aliases.</summary>
    private sealed record Group(long Line, string[] First, List<string[]> Rows, ListedParty Party, ListedParty WithoutRemarks);

    /// <param name="Facts">The report of the file as published.</param>
    /// <param name="WithoutRemarks">The report of the same bytes with the header's <c>remarks</c> renamed, so that no remark is read: what the other columns make.</param>
    private sealed record CslData(string Path, ListSnapshot Snapshot, FactsReport Facts, FactsReport WithoutRemarks, List<Group> Groups, Func<string, int> Column)
    {
        /// <summary>The entries of a multi-value column on each party's first row (the loader reads ids, dates of birth and remarks once per party).</summary>
        public List<RawItem> FirstRowEntries(string column)
        {
            var index = Column(column);
            return index < 0 ? [] : Groups.SelectMany(g => RawCsv.Entries(g.First[index]).Select(e => new RawItem(g.WithoutRemarks, g.Line, e))).ToList();
        }

        /// <summary>The remarks items of the Treasury (OFAC) lists' parties: the loader reads no other list's remarks as OFAC remarks.</summary>
        public List<RawItem> RemarkItems()
        {
            var index = Column("remarks");
            return index < 0 ? [] : Groups.Where(g => s_treasury.Contains(g.Party.List.Code))
                .SelectMany(g => RawRemarks.Items(g.First[index]).Select(i => new RawItem(g.Party, g.Line, i))).ToList();
        }

        private static readonly HashSet<string> s_treasury = new(StringComparer.OrdinalIgnoreCase) { "SDN", "FSE", "SSI", "PLC", "CAP", "NS-MBS", "CMIC", "CONS" };

        /// <summary>The entries of a multi-value column on every row (the loader reads citizenships and nationalities per row).</summary>
        public int EveryRowEntries(string column)
        {
            var index = Column(column);
            return index < 0 ? 0 : Groups.SelectMany(g => g.Rows).Sum(r => RawCsv.Entries(r[index]).Length);
        }
    }

    /// <summary>
    /// A published number without the words the loader drops around it (its own rule, restated): a leading <c>No.:</c>
    /// or <c>Booklet:</c>, a trailing place in parentheses (<c>121398 (Manizales)</c>), trailing words without a digit.
    /// </summary>
    private static string WrittenNumber(string published)
    {
        var n = Regex.Replace(published.Trim(), @"^(?:No\.:?|Booklet:?)\s*(?=.*\d)", string.Empty, RegexOptions.IgnoreCase);
        string before;
        do
        {
            before = n;
            n = Regex.Replace(n, @"\s+\([^()\d]*\)$", string.Empty);
            n = Regex.Replace(n, @"(?<=\d.*), [^,\d]*$", string.Empty);
        }
        while (n != before);
        return n;
    }

    // --- SDN 2024 ---------------------------------------------------------------------------------------------------

    [SharedDataFact]
    public void Sdn2024_EveryRemarksItem_IsCountedOnce()
    {
        if (s_sdn.Value is not { } sdn)
        {
            return;
        }

        var facts = sdn.Facts;
        var notNames = sdn.Remarks.Count(i => RawRemarks.Classify(i.Text) != RemarkKind.Name);
        Assert.Equal(
            notNames,
            facts.DatesOfBirth + facts.Nationalities + facts.Genders + facts.IdentifiersTotal + facts.OtherFacts + facts.FreeTextRemarks + facts.Unparsed.Count);
        Assert.All(facts.Unparsed, u => Assert.Equal(sdn.Path, u.File));
        Assert.All(facts.Unparsed, u => Assert.Equal("Remarks", u.Column));
    }

    [SharedDataFact]
    public void Sdn2024_DatesOfBirth_AreAllTypedOrReported()
    {
        if (s_sdn.Value is not { } sdn)
        {
            return;
        }

        var dobs = sdn.Remarks.Where(i => RawRemarks.Classify(i.Text) == RemarkKind.DateOfBirth).ToList();
        Assert.True(dobs.Count > 7000, $"only {dobs.Count} dates of birth in the SDN remarks");
        var open = Open(sdn.Facts.Unparsed);
        var notRead = dobs.Where(i => Take(open, i, RawRemarks.DateOf(i.Text))).Select(i => RawRemarks.DateOf(i.Text)).ToList();

        Assert.Equal(dobs.Count, sdn.Facts.DatesOfBirth + notRead.Count);
        Assert.Equal(dobs.Select(i => RawRemarks.DateOf(i.Text)).Where(d => !RawDates.IsWellFormed(d)).Order(), notRead.Order());
        foreach (var group in dobs.GroupBy(i => i.Party))
        {
            Assert.Equal(group.Select(i => RawRemarks.DateOf(i.Text)).Distinct(StringComparer.OrdinalIgnoreCase), group.Key.DatesOfBirth);
        }
    }

    [SharedDataFact]
    public void Sdn2024_RemarksItems_AreEachTypedOrReported()
    {
        if (s_sdn.Value is not { } sdn)
        {
            return;
        }

        CheckRemarks(sdn.Remarks, Typed.Of(sdn.Facts), sdn.Facts.Unparsed);
    }

    [SharedDataFact]
    public void Sdn2024_IdentifierShapes_AreTypedWithTheirParts()
    {
        if (s_sdn.Value is not { } sdn)
        {
            return;
        }

        CheckIdentifierShapes(sdn.Remarks, Typed.Of(sdn.Facts), floors: true);
    }

    private static SdnData? LoadSdn()
    {
        if (SharedData.Path(SdnFile) is not { } path)
        {
            return null;
        }

        var snapshot = ListLoader.Load(path);
        var file = Assert.Single(snapshot.Report.Files);
        var rows = RawCsv.Read(path);
        Assert.Equal(rows.Count, file.RowsRead);
        Assert.Equal(0, file.RowsRejected);
        var parties = snapshot.Parties.ToDictionary(p => p.Id);
        var remarks = new List<RawItem>();
        foreach (var (line, fields) in rows)
        {
            Assert.Equal(12, fields.Length);
            var party = parties["SDN:" + fields[0].Trim()];
            remarks.AddRange(RawRemarks.Items(fields[11]).Select(item => new RawItem(party, line, item)));
        }

        return new SdnData(path, snapshot, file.Facts, remarks);
    }

    // --- CSL assembled ----------------------------------------------------------------------------------------------

    [SharedDataFact]
    public void CslAssembled_EveryFact_IsCountedOnce() => CheckCslConservation(s_assembled.Value);

    [SharedDataFact]
    public void CslAssembled_IdsAndDatesOfBirth_AreTypedOrReported() => CheckCslColumns(s_assembled.Value);

    [SharedDataFact]
    public void CslAssembled_RemarksItems_AreEachTypedOrReported()
    {
        if (s_assembled.Value is not { } csl)
        {
            return;
        }

        var items = csl.RemarkItems();
        var dobs = items.Count(i => RawRemarks.Classify(i.Text) == RemarkKind.DateOfBirth);
        Assert.True(dobs > 4000, $"only {dobs} dates of birth in the remarks");
        var typed = Typed.Of(csl.Facts).Minus(Typed.Of(csl.WithoutRemarks));
        CheckRemarks(items, typed, csl.Facts.Unparsed.Where(u => u.Column == "remarks").ToList());
        CheckIdentifierShapes(items, typed, floors: false);
    }

    // --- CSL 2022 ---------------------------------------------------------------------------------------------------

    [SharedDataFact]
    public void Csl2022_EveryFact_IsCountedOnce() => CheckCslConservation(s_csl2022.Value);

    [SharedDataFact]
    public void Csl2022_IdsAndDatesOfBirth_AreTypedOrReported() => CheckCslColumns(s_csl2022.Value);

    [SharedDataFact]
    public void Csl2022_DatesOfBirth_AreAllTyped()
    {
        if (s_csl2022.Value is not { } csl)
        {
            return;
        }

        var dobs = csl.FirstRowEntries("dates_of_birth");
        Assert.True(dobs.Count > 5000, $"only {dobs.Count} dates of birth");
        Assert.All(dobs, d => Assert.True(RawDates.IsWellFormed(d.Text), d.Text));
        Assert.DoesNotContain(csl.Facts.Unparsed, u => u.Column == "dates_of_birth");
        Assert.Equal(dobs.Count, csl.WithoutRemarks.DatesOfBirth);
    }

    [SharedDataFact]
    public void Csl2022_RemarksItems_AreEachTypedOrReported()
    {
        if (s_csl2022.Value is not { } csl)
        {
            return;
        }

        var typed = Typed.Of(csl.Facts).Minus(Typed.Of(csl.WithoutRemarks));
        CheckRemarks(csl.RemarkItems(), typed, csl.Facts.Unparsed.Where(u => u.Column == "remarks").ToList());
    }

    /// <summary>
    /// The 2022 file writes its ids label last (<c>RU, 4000000001, Passport</c>, <c>CC, issued, expires, Number, Type</c>),
    /// though it has the <c>_id</c> column of the newer layout: each entry must come out with its own label and value.
    /// </summary>
    [SharedDataFact]
    public void Csl2022_IdsEntries_GiveTheirLabelAndValue()
    {
        if (s_csl2022.Value is not { } csl)
        {
            return;
        }

        var failures = new List<string>();
        var entries = csl.FirstRowEntries("ids");
        foreach (var entry in entries)
        {
            var parts = entry.Text.Split(", ");
            var label = parts[^1];
            var p = entry.Party;

            // The value as written before the label, with or without a leading country and dates (a fact keeps them).
            var whole = string.Join(", ", parts[..^1]);
            var from = parts.Length >= 3 && CountryCode().IsMatch(parts[0]) ? 1 : 0;
            var country = from == 1 ? parts[0] : null;
            while (from < parts.Length - 2 && IsoDate().IsMatch(parts[from]))
            {
                from++;
            }

            var number = string.Join(", ", parts[from..^1]);
            var ok = p.UnparsedFacts.Contains(entry.Text)
                || (label == "Gender" && p.Gender.ToString() == whole)
                || p.Facts.Contains(new PartyFact(label, whole))
                || p.Identifiers.Any(i => (i.Type == label || label == $"{i.Type} - {i.Currency}")
                    && (i.Number == number || number == "IMO " + i.Number || i.Number == WrittenNumber(number)
                        || (i.Country is not null && number.StartsWith(i.Number + " (", StringComparison.Ordinal) && number.EndsWith(')')))
                    && (i.Country is null || i.Country == country || country is null));
            if (!ok)
            {
                failures.Add($"{p.Id} (line {entry.Line}): '{entry.Text}'");
            }
        }

        Assert.True(entries.Count > 10_000, $"only {entries.Count} ids entries");
        Assert.True(failures.Count == 0, $"{failures.Count} ids entries not typed as written:\n" + string.Join('\n', failures.Take(20)));
    }

    [SharedDataFact]
    public void Csl2022_Passports_HaveTheirNumberCountryAndDates()
    {
        if (s_csl2022.Value is not { } csl)
        {
            return;
        }

        var failures = new List<string>();
        var passports = 0;
        foreach (var entry in csl.FirstRowEntries("ids"))
        {
            if (CslPassport().Match(entry.Text) is not { Success: true } m)
            {
                continue;
            }

            passports++;
            var dates = m.Groups["date"].Captures.Select(c => c.Value).Order(StringComparer.Ordinal).ToArray();
            var expected = new PartyIdentifier("Passport", WrittenNumber(m.Groups["number"].Value), m.Groups["cc"].Success ? m.Groups["cc"].Value : null)
            {
                Kind = IdentifierKind.Passport,
                Issued = dates.Length > 0 ? dates[0] : null,
                Expires = dates.Length > 1 ? dates[^1] : null,
            };
            if (!entry.Party.Identifiers.Contains(expected))
            {
                failures.Add($"{entry.Party.Id}: '{entry.Text}' gave {string.Join(" | ", entry.Party.Identifiers)}");
            }
        }

        Assert.True(passports > 1000, $"only {passports} passports");
        Assert.True(failures.Count == 0, $"{failures.Count} passports not typed as written:\n" + string.Join('\n', failures.Take(20)));

        var numbers = csl.Groups.SelectMany(g => g.WithoutRemarks.Identifiers.Select(i => (g, i))).ToList();
        Assert.DoesNotContain(numbers, n => LeadingCountry().IsMatch(n.i.Number) || DateAsPart().IsMatch(n.i.Number));

        // A number holds ", " only where the published value does (such as "PA, 100001, Doc. 200002, Public Registration Number", an invented example).
        var ids = csl.Column("ids");
        Assert.All(
            numbers.Where(n => n.i.Number.Contains(", ", StringComparison.Ordinal)),
            n => Assert.Contains(RawCsv.Entries(n.g.First[ids]), e => e.EndsWith($"{n.i.Number}, {n.i.Type}", StringComparison.Ordinal)));
    }

    // --- every file: what is typed is well formed ----------------------------------------------------------------

    /// <summary>
    /// An identifier of a kind that is a number (passport, national ID, tax ID, registration, IMO, MMSI, LEI, D-U-N-S)
    /// has a digit: a remark that starts with a label but holds no number (<c>Passport issued in …</c>) is no identifier.
    /// </summary>
    [SharedDataTheory]
    [InlineData(SdnFile)]
    [InlineData(AssembledFile)]
    [InlineData(Csl2022File)]
    public void TypedIdentifiers_OfNumberedKinds_HaveADigit(string file)
    {
        if (Snapshot(file) is not { } snapshot)
        {
            return;
        }

        IdentifierKind[] numbered =
        [
            IdentifierKind.Passport, IdentifierKind.NationalId, IdentifierKind.TaxId, IdentifierKind.Registration, IdentifierKind.Imo,
            IdentifierKind.CompanyImo, IdentifierKind.Mmsi, IdentifierKind.Lei, IdentifierKind.Duns,
        ];
        var failures = snapshot.Parties
            .SelectMany(p => p.Identifiers.Where(i => numbered.Contains(i.Kind) && !i.Number.Any(char.IsAsciiDigit)).Select(i => $"{p.Id}: {i.Kind} '{i.Number}'"))
            .ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} identifiers without a digit in their number:\n" + string.Join('\n', failures.Take(20)));
    }

    /// <summary>An identifier's issue and expiry dates, where set, are dates (a day, month, year or range).</summary>
    [SharedDataTheory]
    [InlineData(SdnFile)]
    [InlineData(AssembledFile)]
    [InlineData(Csl2022File)]
    public void TypedIdentifiers_IssueAndExpiry_AreDates(string file)
    {
        if (Snapshot(file) is not { } snapshot)
        {
            return;
        }

        var failures = snapshot.Parties
            .SelectMany(p => p.Identifiers.SelectMany(i => new[] { ("issued", i.Issued), ("expires", i.Expires) }
                .Where(d => d.Item2 is { } date && !RawDates.IsWellFormed(date))
                .Select(d => $"{p.Id}: {i.Type} '{i.Number}' {d.Item1} '{d.Item2}'")))
            .ToList();

        Assert.True(failures.Count == 0, $"{failures.Count} issue or expiry dates that are no dates:\n" + string.Join('\n', failures.Take(20)));
    }

    private static ListSnapshot? Snapshot(string file) => file switch
    {
        SdnFile => s_sdn.Value?.Snapshot,
        AssembledFile => s_assembled.Value?.Snapshot,
        Csl2022File => s_csl2022.Value?.Snapshot,
        _ => throw new ArgumentOutOfRangeException(nameof(file), file, null),
    };

    // --- CSL checks -------------------------------------------------------------------------------------------------

    /// <summary>Every date of birth, ids entry, remarks item and nationality of the file is counted once in its report.</summary>
    private static void CheckCslConservation(CslData? csl)
    {
        if (csl is null)
        {
            return;
        }

        var facts = csl.Facts;
        var entries = csl.FirstRowEntries("dates_of_birth").Count
            + csl.FirstRowEntries("ids").Count
            + csl.RemarkItems().Count(i => RawRemarks.Classify(i.Text) != RemarkKind.Name)
            + csl.EveryRowEntries("citizenships") + csl.EveryRowEntries("nationalities");
        Assert.Equal(
            entries,
            facts.DatesOfBirth + facts.Nationalities + facts.Genders + facts.IdentifiersTotal + facts.OtherFacts + facts.FreeTextRemarks + facts.Unparsed.Count);
        Assert.All(facts.Unparsed, u => Assert.Equal(csl.Path, u.File));
    }

    /// <summary>
    /// The ids and dates_of_birth columns, read without the remarks: each entry of a party's first row is typed (an
    /// identifier, a labelled fact, the gender, a date) or reported, at that row's line and party. Without the remarks
    /// because the remarks of SDN rows add identifiers, facts and dates to the same counts (Passport … in the remarks
    /// of the 2022 file); what the remarks add is checked item by item in <see cref="CheckRemarks"/>.
    /// </summary>
    private static void CheckCslColumns(CslData? csl)
    {
        if (csl is null)
        {
            return;
        }

        var without = csl.WithoutRemarks;
        Assert.Equal(0, without.FreeTextRemarks);
        Assert.DoesNotContain(without.Unparsed, u => u.Column == "remarks");
        var open = Open(without.Unparsed);

        var ids = csl.FirstRowEntries("ids");
        var idsNotRead = ids.Count(i => Take(open, i, i.Text));
        Assert.Equal(ids.Count, without.IdentifiersTotal + without.OtherFacts + without.Genders + idsNotRead);
        Assert.Equal(idsNotRead, without.Unparsed.Count(u => u.Column == "ids"));

        var dobs = csl.FirstRowEntries("dates_of_birth");
        var dobsNotRead = dobs.Where(i => Take(open, i, i.Text)).Select(i => i.Text).ToList();
        Assert.Equal(dobs.Count, without.DatesOfBirth + dobsNotRead.Count);
        Assert.Equal(dobsNotRead.Count, without.Unparsed.Count(u => u.Column == "dates_of_birth"));
        Assert.Equal(dobs.Select(d => d.Text).Where(d => !RawDates.IsWellFormed(d)).Order(), dobsNotRead.Order());

        var nationalities = csl.EveryRowEntries("citizenships") + csl.EveryRowEntries("nationalities");
        Assert.Equal(nationalities, without.Nationalities + without.Unparsed.Count(u => u.Column == "nationalities"));
        Assert.Equal(open.Values.Sum(v => v.Count), without.Unparsed.Count(u => u.Column == "nationalities"));

        // The same bytes with the remarks read type the same ids and dates.
        Assert.Equal(without.Unparsed.Where(u => u.Column != "remarks"), csl.Facts.Unparsed.Where(u => u.Column != "remarks"));
    }

    private static CslData? LoadCsl(string relative)
    {
        if (SharedData.Path(relative) is not { } path)
        {
            return null;
        }

        var snapshot = ListLoader.Load(path);
        var file = Assert.Single(snapshot.Report.Files);
        var records = RawCsv.Read(path);
        var header = records[0].Fields.Select(f => f.Trim()).ToArray();
        int Column(string name) => Array.IndexOf(header, name);
        var rows = records.Skip(1).ToList();
        Assert.Equal(rows.Count, file.RowsRead);
        Assert.Equal(0, file.RowsRejected);

        // The remarks column renamed in the header line: the loader finds no remarks and reads the rest as before.
        var bytes = File.ReadAllBytes(path);
        var eol = Array.IndexOf(bytes, (byte)'\n');
        var headerLine = Encoding.UTF8.GetString(bytes, 0, eol);
        var renamed = string.Join(',', headerLine.Split(',').Select(n => n.Trim('"') == "remarks" ? "\"remarks_not_read\"" : n));
        Assert.NotEqual(headerLine, renamed);
        var without = CslLoader.Load(SourceFile.FromBytes(path, [.. Encoding.UTF8.GetBytes(renamed), .. bytes.AsSpan(eol)], DateOnly.MinValue));
        Assert.Equal(snapshot.Parties.Count, without.Parties.Count);

        // The rows of one party, grouped here as the loader documents it: one source, entity number, name and aliases,
        // the name without the Entity List's "and any successor, sub-unit, or subsidiary thereof" (so "X" and "X and any
        // successor …" are one party).
        int source = Column("source"), entity = Column("entity_number"), name = Column("name"), alt = Column("alt_names"), id = Column("_id");
        var byKey = new Dictionary<string, (long Line, List<string[]> Rows)>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var (line, fields) in rows)
        {
            var key = string.Join('\u001F', fields[source].Trim(), fields[entity].Trim(), WithoutSuccessorSuffix(fields[name].Trim()), fields[alt].Trim());
            if (!byKey.TryGetValue(key, out var group))
            {
                byKey[key] = group = (line, []);
                order.Add(key);
            }

            group.Rows.Add(fields);
        }

        Assert.Equal(snapshot.Parties.Count, byKey.Count);
        var lines = rows.ToDictionary(r => r.Fields, r => r.Line);
        string RowId(string[] fields) => id >= 0 ? fields[id].Trim() : lines[fields].ToString(System.Globalization.CultureInfo.InvariantCulture);
        (string, string) PartyKey(ListedParty p) => (p.Fields["source"].Trim(), p.SourceRowIds[0]);
        var parties = snapshot.Parties.ToDictionary(PartyKey);
        var partiesWithout = without.Parties.ToDictionary(PartyKey);
        var groups = new List<Group>();
        foreach (var key in order)
        {
            var (line, groupRows) = byKey[key];
            var first = groupRows[0];
            var party = parties[(first[source].Trim(), RowId(first))];
            Assert.Equal(groupRows.Select(RowId), party.SourceRowIds);
            groups.Add(new Group(line, first, groupRows, party, partiesWithout[(first[source].Trim(), RowId(first))]));
        }

        return new CslData(path, snapshot, file.Facts, Assert.Single(without.Files).Facts, groups, Column);
    }

    private static string WithoutSuccessorSuffix(string name)
    {
        const string Suffix = "and any successor, sub-unit, or subsidiary thereof";
        var trimmed = name.TrimEnd().TrimEnd('.');
        return trimmed.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)
            ? trimmed[..^Suffix.Length].TrimEnd().TrimEnd(';').TrimEnd(',').TrimEnd()
            : name;
    }

    // --- remarks checks ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Every remarks item that is no name is a date of birth, a nationality, a labelled item (an identifier, the
    /// gender, a fact), a place of birth, free text, or reported: each raw item with a digit and no known label is in
    /// the report's unparsed list at its party's line, and every reported item is a raw item of that party.
    /// </summary>
    private static void CheckRemarks(List<RawItem> items, Typed typed, IReadOnlyList<UnparsedFact> unparsed)
    {
        var open = Open(unparsed);
        var byKind = items.ToLookup(i => RawRemarks.Classify(i.Text));

        var dobs = byKind[RemarkKind.DateOfBirth].ToList();
        var dobsNotRead = dobs.Where(i => Take(open, i, RawRemarks.DateOf(i.Text))).Select(i => RawRemarks.DateOf(i.Text)).ToList();
        Assert.Equal(dobs.Count, typed.DatesOfBirth + dobsNotRead.Count);
        Assert.Equal(dobs.Select(i => RawRemarks.DateOf(i.Text)).Where(d => !RawDates.IsWellFormed(d)).Order(), dobsNotRead.Order());

        var nationalities = byKind[RemarkKind.Nationality].ToList();
        Assert.Equal(nationalities.Count, typed.Nationalities + nationalities.Count(i => Take(open, i, i.Text)));

        // Here the label table decides: an item is labelled when it starts with a published label (RawLabels).
        var others = byKind[RemarkKind.Other].Select(i => (Item: i, Body: RawRemarks.Body(i.Text))).ToList();
        var labelled = others.Select(o => (o.Item, o.Body, Label: RawLabels.Instance.Longest(o.Body))).Where(o => o.Label is not null).ToList();
        var unlabelled = others.Where(o => RawLabels.Instance.Longest(o.Body) is null).ToList();
        var placesOfBirth = unlabelled.Count(o => o.Body.StartsWith("POB ", StringComparison.Ordinal));
        var rest = unlabelled.Where(o => !o.Body.StartsWith("POB ", StringComparison.Ordinal)).ToList();

        // Free text has no digit; an unlabelled item with a digit is reported, each one.
        Assert.Equal(rest.Count(o => !RawRemarks.HasDigit(o.Body)), typed.FreeText);
        var missing = rest.Where(o => RawRemarks.HasDigit(o.Body) && !Take(open, o.Item, o.Body)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} items with a digit and no label neither typed nor reported:\n"
            + string.Join('\n', missing.Take(20).Select(o => $"{o.Item.Party.Id}: '{o.Body}'")));

        // A labelled item is typed, or reported when its value cannot be read (a gender not male or female, an address without currency).
        var read = labelled.Where(o => !Take(open, o.Item, o.Body)).ToList();
        var leftOver = open.SelectMany(kv => kv.Value).ToList();
        Assert.True(leftOver.Count == 0, $"{leftOver.Count} unparsed entries match no raw remarks item:\n" + string.Join('\n', leftOver.Take(20)));

        Assert.Equal(read.Count + placesOfBirth, typed.IdentifiersTotal + typed.Genders + typed.OtherFacts);
        Assert.Equal(read.Count(o => o.Label!.Value.Kind == "gender"), typed.Genders);
        Assert.Equal(read.Count(o => o.Label!.Value.Kind == "fact") + placesOfBirth, typed.OtherFacts);
        foreach (var kind in Enum.GetValues<IdentifierKind>())
        {
            Assert.True(
                read.Count(o => ExpectedKind(o.Body, o.Label!.Value, o.Item.Party) == kind) == typed.Identifier(kind),
                $"{kind}: {read.Count(o => ExpectedKind(o.Body, o.Label!.Value, o.Item.Party) == kind)} labelled items, {typed.Identifier(kind)} typed");
        }
    }

    /// <summary>
    /// The kind a labelled item's identifier has: its label's (from the table), except that a number written
    /// <c>IMO 1234567</c> under a label other than the ship's (Company Number IMO …) is a company's IMO number unless the
    /// party is a vessel, and that a number under the ship's label that is neither <c>IMO …</c> nor seven digits (a
    /// national registration, RS 150443) is of another kind.
    /// </summary>
    private static IdentifierKind? ExpectedKind(string body, (string Text, string Kind) label, ListedParty party)
    {
        var kind = RawLabels.KindOf(label.Kind);
        if (kind is null)
        {
            return kind;
        }

        var rest = body[label.Text.Length..].TrimStart(' ', ':', '#', '-');
        var imoWritten = rest.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) && rest.Length > 3 && !char.IsAsciiLetter(rest[3]);
        if (kind == IdentifierKind.Imo)
        {
            var digits = new string([.. Regex.Replace(rest, @"\s*\([^()]*\)$", string.Empty).Where(char.IsLetterOrDigit)]);
            return imoWritten || (digits.Length == 7 && digits.All(char.IsAsciiDigit)) ? IdentifierKind.Imo : IdentifierKind.Other;
        }

        return imoWritten ? (party.Type == PartyType.Vessel ? IdentifierKind.Imo : IdentifierKind.CompanyImo) : kind;
    }

    /// <summary>
    /// Identifier items recognised by their shape alone, without the label table: each is typed on its party with its
    /// number, currency, country and dates, and the report's count of the kind is the count of such items.
    /// </summary>
    private static void CheckIdentifierShapes(List<RawItem> items, Typed typed, bool floors)
    {
        var others = items.Where(i => RawRemarks.Classify(i.Text) == RemarkKind.Other).Select(i => (i.Party, Body: RawRemarks.Body(i.Text))).ToList();
        var failures = new List<string>();

        int Check(Regex shape, Func<Match, Func<PartyIdentifier, bool>> matches)
        {
            var n = 0;
            foreach (var (party, body) in others)
            {
                if (shape.Match(body) is { Success: true } m)
                {
                    n++;
                    if (!party.Identifiers.Any(matches(m)))
                    {
                        failures.Add($"{party.Id}: '{body}' gave {string.Join(" | ", party.Identifiers)}");
                    }
                }
            }

            return n;
        }

        var vesselImo = Check(VesselImo(), m => i => i.Kind == IdentifierKind.Imo && i.Type == "Vessel Registration Identification" && i.Number == m.Groups["n"].Value);
        // A vessel's IMO number under another label (Identification Number IMO …) is a ship's, not a company's.
        var companyImo = Check(CompanyImo(), m => i => i.Kind is IdentifierKind.CompanyImo or IdentifierKind.Imo && i.Number == m.Groups["n"].Value);
        var vesselsCompanyShaped = others.Count(o => o.Party.Type == PartyType.Vessel && CompanyImo().IsMatch(o.Body));
        var addresses = Check(DigitalCurrencyAddress(), m => i =>
            i.Kind == IdentifierKind.DigitalCurrencyAddress && i.Currency == m.Groups["c"].Value && i.Number == m.Groups["a"].Value);
        var passports = Check(Passport(), m => i => i.Kind == IdentifierKind.Passport && i.Type == "Passport" && i.Number == m.Groups["n"].Value
            && (i.Country is not null) == m.Groups["c"].Success
            && i.Issued == (m.Groups["i"].Success ? m.Groups["i"].Value : null)
            && i.Expires == (m.Groups["e"].Success ? m.Groups["e"].Value : null));
        var mmsi = Check(Mmsi(), m => i => i.Kind == IdentifierKind.Mmsi && i.Number == m.Groups["n"].Value);
        var swift = Check(SwiftBic(), m => i => i.Kind == IdentifierKind.SwiftBic && i.Number == m.Groups["n"].Value);
        Assert.True(failures.Count == 0, $"{failures.Count} identifiers not typed as written:\n" + string.Join('\n', failures.Take(20)));

        // Every item labelled Vessel Registration Identification is a ship's number, IMO or not (the table gives the
        // label no other kind): at least the IMO-shaped ones, at most all of them.
        Assert.InRange(typed.Identifier(IdentifierKind.Imo), vesselImo, others.Count(o => o.Body.StartsWith("Vessel Registration Identification ", StringComparison.Ordinal)));
        Assert.Equal(companyImo - vesselsCompanyShaped, typed.Identifier(IdentifierKind.CompanyImo));
        Assert.Equal(addresses, typed.Identifier(IdentifierKind.DigitalCurrencyAddress));
        Assert.Equal(mmsi, typed.Identifier(IdentifierKind.Mmsi));
        Assert.Equal(swift, typed.Identifier(IdentifierKind.SwiftBic));
        Assert.InRange(passports, 1, typed.Identifier(IdentifierKind.Passport));
        if (floors)
        {
            Assert.True(vesselImo > 800, $"only {vesselImo} vessel IMO numbers");
            Assert.True(companyImo > 100, $"only {companyImo} company IMO numbers");
            Assert.True(addresses > 250, $"only {addresses} digital currency addresses");
            Assert.True(passports > 1500, $"only {passports} passports");
            Assert.True(mmsi > 100, $"only {mmsi} MMSIs");
            Assert.True(swift > 100, $"only {swift} SWIFT/BIC codes");
        }
    }

    // --- matching reported items to raw ones ------------------------------------------------------------------------

    /// <summary>The unparsed entries by line and text, to be taken one by one.</summary>
    private static Dictionary<(long Line, string Text), List<UnparsedFact>> Open(IEnumerable<UnparsedFact> unparsed) =>
        unparsed.GroupBy(u => (u.Line, u.Text)).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>Takes the unparsed entry reporting <paramref name="text"/> of the item's party, if any; it must name the party.</summary>
    private static bool Take(Dictionary<(long Line, string Text), List<UnparsedFact>> open, RawItem item, string text)
    {
        if (!open.TryGetValue((item.Line, text), out var list) || list.Count == 0)
        {
            return false;
        }

        Assert.Equal(item.Party.Id, list[0].PartyId);
        list.RemoveAt(0);
        if (list.Count == 0)
        {
            open.Remove((item.Line, text));
        }

        return true;
    }

    [GeneratedRegex(@"^Vessel Registration Identification IMO (?<n>\d{7})$")]
    private static partial Regex VesselImo();

    [GeneratedRegex(@"^(?!Vessel Registration Identification )[A-Za-z .']+ IMO ?(?<n>\d{6,7})(?: \([^()]+\))?$")]
    private static partial Regex CompanyImo();

    [GeneratedRegex(@"^Digital Currency Address - (?<c>\w+) (?<a>\S+)$")]
    private static partial Regex DigitalCurrencyAddress();

    [GeneratedRegex(@"^Passport (?<n>[A-Z0-9]+)(?: \((?<c>[^()]+)\))?(?: issued (?<i>(?:\d{2} )?(?:[A-Z][a-z]{2} )?\d{4}))?(?: expires (?<e>(?:\d{2} )?(?:[A-Z][a-z]{2} )?\d{4}))?$")]
    private static partial Regex Passport();

    [GeneratedRegex(@"^MMSI (?<n>\d{9})$")]
    private static partial Regex Mmsi();

    [GeneratedRegex(@"^SWIFT/BIC (?<n>[A-Z0-9]{8}(?:[A-Z0-9]{3})?)$")]
    private static partial Regex SwiftBic();

    [GeneratedRegex(@"^(?:(?<cc>[A-Z]{2}), )?(?:(?<date>\d{4}-\d{2}-\d{2}), )*(?<number>[^,]+), Passport$")]
    private static partial Regex CslPassport();

    [GeneratedRegex(@"^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^[A-Z]{2}, ")]
    private static partial Regex LeadingCountry();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?:^|, )\d{4}-\d{2}-\d{2}(?:, |$)")]
    private static partial Regex DateAsPart();
}
