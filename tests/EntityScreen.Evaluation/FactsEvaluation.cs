using System.Globalization;
using System.Text;

namespace EntityScreen.Evaluation;

/// <summary>One family of the facts dev set on one list set and split: how many queries, how many met the family's measure.</summary>
/// <param name="ListSet">The lists screened (<c>csl-assembled</c>, <c>sdn-2024</c>, <c>csl-2022</c>).</param>
/// <param name="Split"><c>dev</c> (tune) or <c>test</c> (report), by a hash of the party id.</param>
/// <param name="Family">The query family.</param>
/// <param name="Measure">What a query must do to count (e.g. "expected party strong").</param>
/// <param name="Queries">Queries run.</param>
/// <param name="Met">Queries that met the measure.</param>
/// <param name="Examples">A few queries that did not (they quote listed values: console only).</param>
public sealed record FactsFamilyResult(string ListSet, string Split, string Family, string Measure, int Queries, int Met, IReadOnlyList<string> Examples)
{
    /// <summary>Met / Queries.</summary>
    public double Rate => Queries == 0 ? 0 : (double)Met / Queries;
}

/// <summary>The facts dev set's results.</summary>
public sealed class FactsEvaluationReport
{
    /// <summary>Per list set, split and family.</summary>
    public required IReadOnlyList<FactsFamilyResult> Results { get; init; }

    /// <summary>The algorithm version.</summary>
    public required string AlgorithmVersion { get; init; }

    /// <summary>The date-of-birth lift sweep, per list set and split (<see cref="DobCalibration"/>).</summary>
    public IReadOnlyList<DobCalibration> Calibration { get; init; } = [];
}

/// <summary>
/// What a day-precise date of birth that agrees would do at one lift L (a name score s becomes s + L(1 − s); a month
/// 0.7 L, a year 0.4 L, a range 0.2 L), computed from the name scores: name variants of listed persons (a typo, the
/// order, a middle name dropped) with their right date, found at the default threshold; another person of the same family
/// name and other given names (another listed person's) with the listed person's exact date, reported (a false alert).
/// </summary>
/// <param name="ListSet">The lists.</param>
/// <param name="Split">dev or test.</param>
/// <param name="Lift">L.</param>
/// <param name="Variants">Variant queries.</param>
/// <param name="VariantsFound">Variants whose party reaches the threshold.</param>
/// <param name="Others">Other-person queries.</param>
/// <param name="OthersReported">Other-person queries that report the listed person.</param>
public sealed record DobCalibration(string ListSet, string Split, double Lift, int Variants, int VariantsFound, int Others, int OthersReported);

/// <summary>
/// The dev set of screening by example (issue 16), built from the lists by a method: every listed identifier typed with
/// formatting noise (a renamed vessel: another party's name; no name), bare, and changed by one character (look-alike
/// numbers); listed persons with a date of birth, by their exact name with a right date and a date ten or more years
/// away; listed persons sharing one name, each with its own date. Parties are split into dev and test halves by a hash of
/// their id, fixed: tune on dev, report on test.
/// </summary>
public static class FactsEvaluation
{
    /// <summary>The list sets screened, each on its own: the stand-in CSL, the SDN file of 2024, the official CSL of 2022.</summary>
    public static readonly IReadOnlyList<(string Name, string Path)> ListSets =
    [
        ("csl-assembled", QualityEvaluation.CslFile),
        ("sdn-2024", "ofac_sdn/2024-05-03/sdn.csv"),
        ("csl-2022", "derived/csl_2022-04.csv"),
    ];

    /// <summary>The families and what each must do.</summary>
    public static readonly IReadOnlyList<(string Family, string Measure)> Families =
    [
        ("identifier_typed", "expected party strong"),
        ("identifier_bare", "expected party reported"),
        ("lookalike_number", "nothing reported (1 - false alert rate)"),
        ("dob_right", "exact name + a right date: strong"),
        ("dob_10y_off", "exact name + a date 10+ years off: reported, not strong"),
        ("dob_right_from_sdn", "exact name + the SDN 2024 file's own day: strong"),
        ("same_name_other_person", "same-name person whose dates disagree: not strong"),
    ];

    /// <summary>The split of a party: <c>dev</c> or <c>test</c>, by a stable hash of its id.</summary>
    public static string SplitOf(string partyId)
    {
        var h = 2166136261u;
        foreach (var c in partyId)
        {
            h = (h ^ c) * 16777619u;
        }

        return (h & 1) == 0 ? "dev" : "test";
    }

    /// <summary>Loads each list set and runs every family on both splits.</summary>
    /// <param name="sharedDataDir">The shared data folder.</param>
    /// <param name="progress">Progress lines, or null.</param>
    /// <param name="perFamily">The most queries per family, list set and split.</param>
    /// <param name="seed">The seed of the noise and the samples.</param>
    /// <param name="examples">Misses kept per family.</param>
    /// <returns>The report.</returns>
    public static FactsEvaluationReport Run(string sharedDataDir, TextWriter? progress = null, int perFamily = 1500, int seed = 20261205, int examples = 5)
    {
        ArgumentNullException.ThrowIfNull(sharedDataDir);
        var results = new List<FactsFamilyResult>();
        var calibration = new List<DobCalibration>();

        // The dates of birth as the SDN file of 2024 writes them, by party id: the CSL files write some as the first day of
        // their month or year, and a right date of birth must agree with what the CSL made of it.
        var sdnDates = ListLoader.Load(Path.Combine(sharedDataDir, ListSets[1].Path)).Parties
            .Where(p => p.Type == PartyType.Person && p.BirthDates.Any(d => d.Precision == DatePrecision.Day))
            .ToDictionary(p => p.Id, p => p.BirthDates.Where(d => d.Precision == DatePrecision.Day).ToList(), StringComparer.Ordinal);
        foreach (var (name, path) in ListSets)
        {
            var snapshot = ListLoader.Load(Path.Combine(sharedDataDir, path));
            var screener = Screener.Create([snapshot]);
            progress?.WriteLine($"{name}: {snapshot.Parties.Count} parties");
            foreach (var split in new[] { "dev", "test" })
            {
                var parties = snapshot.Parties.Where(p => SplitOf(p.Id) == split).ToList();
                var random = new Random(seed + (split == "dev" ? 0 : 1) + name.Length);
                results.AddRange(RunSplit(name, split, screener, snapshot.Parties, parties, random, perFamily, examples, sdnDates));
                calibration.AddRange(Calibrate(name, split, screener, snapshot.Parties, parties, random, perFamily));
            }
        }

        return new FactsEvaluationReport { Results = results, AlgorithmVersion = ScreeningDefaults.AlgorithmVersion, Calibration = calibration };
    }

    private static IEnumerable<FactsFamilyResult> RunSplit(
        string listSet, string split, Screener screener, IReadOnlyList<ListedParty> all, List<ListedParty> parties, Random random, int perFamily, int examples,
        Dictionary<string, List<BirthDate>> sdnDates)
    {
        var keys = new HashSet<string>(all.SelectMany(p => p.Identifiers).Select(i => Key(i.Number)), StringComparer.Ordinal);
        var ids = parties.SelectMany(p => p.Identifiers.Select(i => (Party: p, Id: i))).ToList();
        var sampleIds = Sample(ids, perFamily, random);

        // Typed, with formatting noise, under the party's name, another party's name (a renamed vessel), or none.
        yield return Family(listSet, split, "identifier_typed", sampleIds, examples, x =>
        {
            var text = Label(x.Id, random) + Noise(x.Id, random);
            var name = random.Next(3) switch { 0 => x.Party.PrimaryName, 1 => all[random.Next(all.Count)].PrimaryName, _ => string.Empty };
            var query = Query(name, text);
            var match = screener.Screen(query).Matches.FirstOrDefault(m => m.Party.Id == x.Party.Id);
            return (match?.Band == MatchBand.Strong, $"'{text}' name '{name}' → {Describe(match)}");
        });

        yield return Family(listSet, split, "identifier_bare", sampleIds, examples, x =>
        {
            var text = Noise(x.Id, random);
            var match = screener.Screen(Query(string.Empty, text)).Matches.FirstOrDefault(m => m.Party.Id == x.Party.Id);
            return (match is not null, $"'{text}' → {Describe(match)}");
        });

        // One character changed (a digit for another, or two neighbours swapped), never a number some party lists.
        var lookalikes = sampleIds.Select(x => (x.Party, x.Id, Text: LookAlike(x.Id.Number, random)))
            .Where(x => x.Text is not null && !keys.Contains(Key(x.Text))).ToList();
        yield return Family(listSet, split, "lookalike_number", lookalikes, examples, x =>
        {
            var text = Label(x.Id, random) + x.Text;
            var matches = screener.Screen(Query(string.Empty, text)).Matches;
            return (matches.Count == 0, $"'{text}' (listed {x.Id.Number}) → {string.Join(", ", matches.Select(m => m.Party.Id))}");
        });

        var persons = Sample(parties.Where(p => p.Type == PartyType.Person && p.BirthDates.Count > 0).ToList(), perFamily, random);
        yield return Family(listSet, split, "dob_right", persons, examples, p =>
        {
            var dob = Inside(p.BirthDates[random.Next(p.BirthDates.Count)], random);
            var match = screener.Screen(new ScreeningQuery(p.PrimaryName) { DatesOfBirth = [dob] }).Matches.FirstOrDefault(m => m.Party.Id == p.Id);
            return (match?.Band == MatchBand.Strong, $"'{p.PrimaryName}' {dob.Text} → {Describe(match)}");
        });

        yield return Family(listSet, split, "dob_10y_off", persons, examples, p =>
        {
            var dob = Away(p.BirthDates, random);
            var match = screener.Screen(new ScreeningQuery(p.PrimaryName) { DatesOfBirth = [dob] }).Matches.FirstOrDefault(m => m.Party.Id == p.Id);
            return (match is { Band: MatchBand.Review }, $"'{p.PrimaryName}' {dob.Text} (listed {string.Join("; ", p.BirthDates.Select(d => d.Text))}) → {Describe(match)}");
        });

        var fromSdn = Sample(parties.Where(p => p.Type == PartyType.Person && p.BirthDates.Count > 0 && sdnDates.ContainsKey(p.Id)).ToList(), perFamily, random);
        yield return Family(listSet, split, "dob_right_from_sdn", fromSdn, examples, p =>
        {
            var days = sdnDates[p.Id];
            var dob = days[random.Next(days.Count)];
            var match = screener.Screen(new ScreeningQuery(p.PrimaryName) { DatesOfBirth = [dob] }).Matches.FirstOrDefault(m => m.Party.Id == p.Id);
            return (match?.Band == MatchBand.Strong, $"'{p.PrimaryName}' {dob.Text} (listed {string.Join("; ", p.BirthDates.Select(d => d.Text))}) → {Describe(match)}");
        });

        // Persons sharing a name: A's name and date must not leave B (whose dates all disagree with A's) strong.
        var byName = all.Where(p => p.Type == PartyType.Person && p.BirthDates.Count > 0)
            .GroupBy(p => NameKey(p.PrimaryName)).Where(g => g.Count() >= 2).ToList();
        var pairs = new List<(ListedParty A, ListedParty B)>();
        foreach (var group in byName)
        {
            foreach (var a in group.Where(p => SplitOf(p.Id) == split))
            {
                foreach (var b in group.Where(b => b != a && b.BirthDates.All(d => a.BirthDates.All(x => !x.Overlaps(d)))))
                {
                    pairs.Add((a, b));
                }
            }
        }

        yield return Family(listSet, split, "same_name_other_person", Sample(pairs, perFamily, random), examples, x =>
        {
            var dob = Inside(x.A.BirthDates[0], random);
            var matches = screener.Screen(new ScreeningQuery(x.A.PrimaryName) { DatesOfBirth = [dob], MaxResults = 50 }).Matches;
            var other = matches.FirstOrDefault(m => m.Party.Id == x.B.Id);
            return (other is null || other.Band != MatchBand.Strong, $"'{x.A.PrimaryName}' {dob.Text}: {x.B.Id} ({string.Join("; ", x.B.BirthDates.Select(d => d.Text))}) → {Describe(other)}");
        });
    }

    /// <summary>The lifts the calibration sweeps (0: a date of birth that agrees does nothing).</summary>
    public static readonly double[] Lifts = [0, 0.2, 0.3, 0.4, 0.5, 0.6];

    private static IEnumerable<DobCalibration> Calibrate(
        string listSet, string split, Screener screener, IReadOnlyList<ListedParty> all, List<ListedParty> parties, Random random, int perFamily)
    {
        var threshold = ScreeningDefaults.Threshold;
        var persons = Sample(parties.Where(p => p.Type == PartyType.Person && p.BirthDates.Count > 0 && p.PrimaryName.Contains(',', StringComparison.Ordinal)).ToList(), perFamily, random);
        var givenNames = all.Where(p => p.Type == PartyType.Person && p.PrimaryName.Contains(',', StringComparison.Ordinal))
            .Select(p => p.PrimaryName[(p.PrimaryName.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim()).Where(g => g.Length > 0).Distinct().ToList();

        // (name score, lift ratio of the precision) of the expected party, or null when it is not reached at all.
        var variants = new List<(double Score, double Ratio)?>();
        var others = new List<(double Score, double Ratio)?>();
        foreach (var p in persons)
        {
            var variant = random.Next(3) switch
            {
                0 => NameVariants.Typo(p.PrimaryName, random),
                1 => NameVariants.WordOrder(p.PrimaryName, person: true, random),
                _ => DropMiddle(p.PrimaryName),
            };
            var dob = Inside(p.BirthDates[0], random);
            if (variant is not null)
            {
                variants.Add(NameScoreWithDob(screener, variant, dob, p));
            }

            var family = p.PrimaryName[..p.PrimaryName.IndexOf(',', StringComparison.Ordinal)].Trim();
            var given = p.PrimaryName[(p.PrimaryName.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim();
            var otherGiven = givenNames[random.Next(givenNames.Count)];
            if (family.Length > 0 && !otherGiven.Equals(given, StringComparison.OrdinalIgnoreCase))
            {
                others.Add(NameScoreWithDob(screener, family + ", " + otherGiven, dob, p));
            }
        }

        foreach (var lift in Lifts)
        {
            bool Reaches((double Score, double Ratio)? x) => x is { } v && v.Score > 0 && v.Score + (lift * v.Ratio * (1 - v.Score)) >= threshold;
            yield return new DobCalibration(listSet, split, lift, variants.Count, variants.Count(Reaches), others.Count, others.Count(Reaches));
        }
    }

    /// <summary>The expected party's name score for the query, and the lift ratio of the listed date it agrees with.</summary>
    private static (double Score, double Ratio)? NameScoreWithDob(Screener screener, string name, BirthDate dob, ListedParty expected)
    {
        // A low threshold so the expected party comes back whatever its name score; its name score is in the explanation.
        var match = screener.Screen(new ScreeningQuery(name) { DatesOfBirth = [dob], Threshold = 0.6, MaxResults = 200 }).Matches
            .FirstOrDefault(m => m.Party.Id == expected.Id);
        if (match is null)
        {
            return null;
        }

        var precision = expected.BirthDates.Where(d => d.Overlaps(dob)).Select(d => d.Precision).DefaultIfEmpty(DatePrecision.Range).Min();
        var ratio = precision switch { DatePrecision.Day => 1.0, DatePrecision.Month => 0.7, DatePrecision.Year => 0.4, _ => 0.2 };
        return (match.Explanation.NameScore, ratio);
    }

    /// <summary>"LAST, First Middle" without its middle name; null when there is none.</summary>
    private static string? DropMiddle(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var given = name[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return given.Length >= 2 ? name[..comma] + ", " + given[0] : null;
    }

    private static FactsFamilyResult Family<T>(string listSet, string split, string family, IReadOnlyList<T> items, int examples, Func<T, (bool Met, string Text)> run)
    {
        var met = 0;
        var misses = new List<string>();
        foreach (var item in items)
        {
            var (ok, text) = run(item);
            if (ok)
            {
                met++;
            }
            else if (misses.Count < examples)
            {
                misses.Add(text);
            }
        }

        var measure = Families.First(f => f.Family == family).Measure;
        return new FactsFamilyResult(listSet, split, family, measure, items.Count, met, misses);
    }

    private static ScreeningQuery Query(string name, string identifier)
    {
        var ids = QueryIdentifier.ParseList(identifier, new List<string>());
        return new ScreeningQuery(name) { Identifiers = ids };
    }

    private static string Describe(ScreeningMatch? match) =>
        match is null ? "not reported" : string.Create(CultureInfo.InvariantCulture, $"{match.Score:0.000} {match.Band}: {match.Explanation.Summary}");

    private static List<T> Sample<T>(IReadOnlyList<T> items, int count, Random random) =>
        items.Count <= count ? [.. items] : [.. items.OrderBy(_ => random.Next()).Take(count)];

    private static string Key(string number) => new([.. number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);

    private static string NameKey(string name) =>
        string.Join(' ', name.ToUpperInvariant().Split([' ', ',', '.', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));

    /// <summary>A label users write for the kind: the published one, a short one, in any case, glued or not.</summary>
    private static string Label(PartyIdentifier id, Random random)
    {
        string[] labels = id.Kind switch
        {
            IdentifierKind.Imo => ["IMO ", "imo", "IMO: ", "IMO No. "],
            IdentifierKind.CompanyImo => ["IMO ", "IMO "],
            IdentifierKind.Mmsi => ["MMSI ", "mmsi: "],
            IdentifierKind.Passport => ["Passport ", "passport no. ", "PASSPORT "],
            IdentifierKind.NationalId => ["National ID ", "national id: "],
            IdentifierKind.TaxId => ["Tax ID ", "TIN ", "tax id no. "],
            IdentifierKind.Registration => ["Registration Number ", "registration "],
            IdentifierKind.SwiftBic => ["SWIFT ", "BIC ", "swift/bic "],
            IdentifierKind.Lei => ["LEI ", "lei: "],
            IdentifierKind.DigitalCurrencyAddress => [(id.Currency ?? "XBT") + " "],
            IdentifierKind.AircraftTailNumber => ["Tail Number ", "Aircraft Tail Number "],
            IdentifierKind.AircraftSerialNumber => ["MSN ", "msn "],
            IdentifierKind.Duns => ["DUNS ", "D-U-N-S "],
            _ => [id.Type + " "],
        };
        return labels[random.Next(labels.Length)];
    }

    /// <summary>The number with formatting noise: spaces or dashes inserted, dots removed, case changed where case does not matter.</summary>
    private static string Noise(PartyIdentifier id, Random random)
    {
        var n = id.Number.Trim();
        // Hex (0x…) and bech32 (bc1…) addresses are written in one case and read in any; other addresses keep theirs.
        var caseSensitive = id.Kind == IdentifierKind.DigitalCurrencyAddress
            && !n.StartsWith("0x", StringComparison.OrdinalIgnoreCase) && !n.StartsWith("bc1", StringComparison.OrdinalIgnoreCase);
        switch (random.Next(8))
        {
            case 4 when id.Country is { Length: 2 } && id.Kind != IdentifierKind.DigitalCurrencyAddress:
                // As the SDN remarks write it: the issuing country after the number.
                return n + " (" + id.Country + ")";
            case 5 when !caseSensitive && n.Length > 4:
                // A dash or a space of another kind (en dash, no-break space) inside the number.
                var cut = random.Next(1, n.Length - 1);
                return n[..cut] + (random.Next(2) == 0 ? "\u2013" : "\u00A0") + n[cut..];
            case 6 when id.Kind != IdentifierKind.DigitalCurrencyAddress:
                // Full-width digits, as an East Asian keyboard writes them.
                return new string([.. n.Select(c => char.IsAsciiDigit(c) ? (char)(c + 0xFEE0) : c)]);
            case 7 when id.Kind is not (IdentifierKind.DigitalCurrencyAddress or IdentifierKind.Imo or IdentifierKind.CompanyImo):
                return (random.Next(2) == 0 ? "No. " : "#") + n;
            case 0:
                return n;
            case 1 when !caseSensitive:
                n = random.Next(2) == 0 ? n.ToLowerInvariant() : n.ToUpperInvariant();
                break;
            case 2 when n.Length > 4 && id.Kind != IdentifierKind.DigitalCurrencyAddress:
                var at = random.Next(1, n.Length - 1);
                n = n[..at] + (random.Next(2) == 0 ? "-" : " ") + n[at..];
                break;
            case 3:
                n = n.Replace(".", string.Empty, StringComparison.Ordinal).Replace("-", " ", StringComparison.Ordinal);
                break;
        }

        return n;
    }

    private static string? LookAlike(string number, Random random)
    {
        var chars = number.Trim().ToCharArray();
        var positions = Enumerable.Range(0, chars.Length).Where(i => char.IsAsciiDigit(chars[i])).ToList();
        if (positions.Count < 2)
        {
            return null;
        }

        if (random.Next(2) == 0)
        {
            var i = positions[random.Next(positions.Count)];
            chars[i] = (char)('0' + ((chars[i] - '0' + random.Next(1, 10)) % 10));
        }
        else
        {
            var k = random.Next(positions.Count - 1);
            var (i, j) = (positions[k], positions[k + 1]);
            if (chars[i] == chars[j])
            {
                chars[i] = (char)('0' + ((chars[i] - '0' + 1) % 10));
            }
            else
            {
                (chars[i], chars[j]) = (chars[j], chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>A day inside a listed date, written as a day (the query side knows the full date).</summary>
    private static BirthDate Inside(BirthDate listed, Random random)
    {
        var span = listed.To.DayNumber - listed.From.DayNumber;
        var day = DateOnly.FromDayNumber(listed.From.DayNumber + (span <= 0 ? 0 : random.Next(span + 1)));
        return Parse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>A day 10 to 30 years from every listed date.</summary>
    private static BirthDate Away(IReadOnlyList<BirthDate> listed, Random random)
    {
        var sign = random.Next(2) == 0 ? -1 : 1;
        var from = sign < 0 ? listed.Min(d => d.From) : listed.Max(d => d.To);
        var day = from.AddYears(sign * random.Next(11, 31)).AddDays(sign * random.Next(0, 365));
        return Parse(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static BirthDate Parse(string text) => BirthDate.TryParse(text, out var d, out var e) ? d! : throw new InvalidOperationException(e);

    /// <summary>The report as markdown: one table per list set, dev and test side by side.</summary>
    public static string Format(FactsEvaluationReport report, string? commandLine = null, string? commit = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Screening by example (algorithm {report.AlgorithmVersion}){(commit is null ? "" : $", commit {commit}")}");
        if (commandLine is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"`{commandLine}`");
        }

        foreach (var set in report.Results.GroupBy(r => r.ListSet))
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {set.Key}: family | measure | dev | test |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var family in set.GroupBy(r => r.Family))
            {
                var dev = family.Single(r => r.Split == "dev");
                var test = family.Single(r => r.Split == "test");
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {family.Key} | {dev.Measure} | {dev.Met}/{dev.Queries} = {dev.Rate:0.000} | {test.Met}/{test.Queries} = {test.Rate:0.000} |");
            }
        }

        foreach (var set in report.Calibration.GroupBy(c => c.ListSet))
        {
            sb.AppendLine();
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {set.Key}: day lift L | dev: variants found with the right date | dev: other person reported | test: variants found | test: other person reported |");
            sb.AppendLine("|---|---|---|---|---|");
            foreach (var lift in set.GroupBy(c => c.Lift))
            {
                var dev = lift.Single(c => c.Split == "dev");
                var test = lift.Single(c => c.Split == "test");
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"| {lift.Key:0.0} | {dev.VariantsFound}/{dev.Variants} = {Rate(dev.VariantsFound, dev.Variants):0.000} | {dev.OthersReported}/{dev.Others} = {Rate(dev.OthersReported, dev.Others):0.000} | {test.VariantsFound}/{test.Variants} = {Rate(test.VariantsFound, test.Variants):0.000} | {test.OthersReported}/{test.Others} = {Rate(test.OthersReported, test.Others):0.000} |");
            }
        }

        return sb.ToString();
    }

    private static double Rate(int a, int b) => b == 0 ? 0 : (double)a / b;

    /// <summary>The misses kept per family (they quote listed values: console only).</summary>
    public static string FormatExamples(FactsEvaluationReport report, string split = "dev")
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        foreach (var r in report.Results.Where(r => r.Split == split && r.Examples.Count > 0))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{r.ListSet} {r.Family}:");
            foreach (var e in r.Examples)
            {
                sb.AppendLine("  " + e);
            }
        }

        return sb.ToString();
    }
}
