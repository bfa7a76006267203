using BenchmarkDotNet.Attributes;

namespace EntityScreen.Benchmarks;

/// <summary>
/// Screening by example (issue 16) against the full real lists, one query per operation: a listed person's name alone,
/// with the right date of birth, with a date 20 years off (the name search then reaches down to where a date could lift a
/// name), a vessel's IMO number alone, and its name with the IMO. The parties are the first of the lists with those
/// facts (read at setup, never stored). Baseline: FuzzySharp <c>TokenSetRatio</c> of the query's name (the number, when
/// there is none) against every name, which cannot use the facts at all.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(1)]
[IterationCount(5)]
public class ScreeningByExample
{
    private Screener _screener = null!;
    private ScreeningQuery _query = null!;
    private string[] _fuzzyQuery = null!;
    private FuzzyBruteForce _fuzzy = null!;

    /// <summary>The kind of query.</summary>
    [Params("person name", "person name + right dob", "person name + dob 20y off", "imo alone", "vessel name + imo")]
    public string Case { get; set; } = "person name";

    [GlobalSetup]
    public void Setup()
    {
        var parties = RealLists.Parties.ToList();
        var person = parties.First(p => p.Type == PartyType.Person && p.BirthDates.Count > 0 && p.PrimaryName.Split(' ').Length >= 3);
        var vessel = parties.First(p => p.Type == PartyType.Vessel && p.Identifiers.Any(i => i.Kind == IdentifierKind.Imo));
        var dob = person.BirthDates[0];
        var off = BirthDate.TryParse(dob.From.AddYears(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), out var o, out _) ? o! : dob;
        var imo = new QueryIdentifier(IdentifierKind.Imo, vessel.Identifiers.First(i => i.Kind == IdentifierKind.Imo).Number);
        _query = Case switch
        {
            "person name" => new ScreeningQuery(person.PrimaryName),
            "person name + right dob" => new ScreeningQuery(person.PrimaryName) { DatesOfBirth = [dob] },
            "person name + dob 20y off" => new ScreeningQuery(person.PrimaryName) { DatesOfBirth = [off] },
            "imo alone" => new ScreeningQuery(string.Empty) { Identifiers = [imo] },
            _ => new ScreeningQuery(vessel.PrimaryName) { Identifiers = [imo] },
        };
        _screener = Screener.Create(RealLists.Snapshots);
        IndexCheck.AssertSame(_screener, [_query]);
        if (_screener.Screen(_query).Matches.Count == 0)
        {
            throw new InvalidOperationException($"{Case}: the query found nothing");
        }

        _fuzzyQuery = [(_query.Name.Length > 0 ? _query.Name : imo.Number).ToLowerInvariant()];
        _fuzzy = new FuzzyBruteForce(RealLists.Parties);
    }

    /// <summary>FuzzySharp token-set ratio over every name; best per party; matches at ≥ 85.</summary>
    [Benchmark(Baseline = true)]
    public int FuzzySharpTokenSetRatio() => _fuzzy.ScreenAll(_fuzzyQuery);

    /// <summary>EntityScreen: the name index, the identifier hash probe, the evidence.</summary>
    [Benchmark]
    public int IndexedEntityScreen() => _screener.Screen(_query).Matches.Count;
}
