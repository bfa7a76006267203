using System.Globalization;

namespace EntityScreen;

/// <summary>
/// How the facts a query gives beside its name move a name match's score (docs/design.md, "Facts beyond the name"): an equal
/// identifier is a match on its own; a date of birth that agrees lifts the score toward 1; one disjoint from every
/// listed date, or a vessel's different IMO number, takes the match out of the strong band; a nationality or gender
/// that differs lowers it a little. By default a contradiction demotes and never hides: a name match at or above the
/// threshold stays reported.
/// </summary>
internal static class EvidenceScorer
{
    /// <summary>The share of the distance to 1 a date of birth that agrees closes, by the coarser precision of the two dates.</summary>
    internal const double DayLift = 0.5, MonthLift = 0.35, YearLift = 0.2, RangeLift = 0.1;

    /// <summary>What a date of birth disjoint from every listed one costs: same year, 1 to 9 years apart, 10 or more.</summary>
    internal const double DobNearCost = 0.05, DobCost = 0.10, DobFarCost = 0.15;

    /// <summary>What a nationality or a gender that differs costs (less than a date: both are shared by many, and nationalities change).</summary>
    internal const double NationalityCost = 0.03, GenderCost = 0.03;

    /// <summary>What a vessel's different (valid) IMO number costs, besides leaving the strong band.</summary>
    internal const double ImoCost = 0.05;

    /// <summary>The score of a typed identifier that equals a listed one of a compatible kind (at least the strong threshold).</summary>
    internal const double TypedIdentifierScore = 0.98;

    /// <summary>How far below the strong threshold a contradicted match is capped.</summary>
    internal const double StrongCapMargin = 0.01;

    /// <summary>The share of its name's margin above the threshold a floored match keeps (0.1: an exact name floors at t + 0.015).</summary>
    internal const double FloorShare = 0.1;

    /// <summary>
    /// The weakest name score a date of birth could lift to the threshold: s + 0.5(1 − s) ≥ t when s ≥ (t − 0.5)/0.5,
    /// and never below <see cref="MinLiftedNameScore"/> (0.70 at t = 0.85).
    /// </summary>
    internal static double LiftReach(double threshold) => Math.Max((threshold - DayLift) / (1 - DayLift), Math.Min(threshold, MinLiftedNameScore));

    /// <summary>The weakest name score a date of birth lifts.</summary>
    internal const double MinLiftedNameScore = 0.5;


    /// <summary>The final score and the evidence, or null when <paramref name="clear"/> clears a contradicted match.</summary>
    internal static (double Score, MatchEvidence[] Evidence)? Apply(
        double nameScore, ScreeningQuery query, ListedParty party, List<IdentifierHit>? hits, double threshold, double strong, bool clear)
    {
        var evidence = new List<MatchEvidence>();
        var score = nameScore;
        var cost = 0.0;
        var outOfStrong = false;

        if (query.DatesOfBirth.Count > 0 && party.BirthDates.Count > 0 && party.Type is PartyType.Person or PartyType.Unknown)
        {
            var (lift, q, l, gap) = CompareDates(query.DatesOfBirth, party.BirthDates);
            if (lift > 0 && score < MinLiftedNameScore)
            {
                lift = 0;
                evidence.Add(new("date-of-birth", q.Text, l.Text, EvidenceEffect.Supports, 0,
                    $"date of birth {q.Text} agrees with the listed {l.Text} (the name is too different for it to count)"));
            }
            else if (lift > 0)
            {
                var change = lift * (1 - score);
                score += change;
                evidence.Add(new("date-of-birth", q.Text, l.Text, EvidenceEffect.Supports, change,
                    $"date of birth {q.Text} agrees with the listed {l.Text}"));
            }
            else if (NearMiss(query.DatesOfBirth, party.BirthDates) is { } near)
            {
                // A day or two off, or day and month swapped: a slip of the pen as likely as another person.
                evidence.Add(new("date-of-birth", near.Query.Text, near.Listed.Text, EvidenceEffect.NotComparable, 0,
                    $"date of birth {near.Query.Text} is close to the listed {near.Listed.Text} (a typing slip or another person: no effect)"));
            }
            else
            {
                var dobCost = gap >= 10 ? DobFarCost : gap >= 1 ? DobCost : DobNearCost;
                cost += dobCost;
                outOfStrong = true;
                var apart = gap >= 1 ? string.Create(CultureInfo.InvariantCulture, $"is {gap} year{(gap == 1 ? "" : "s")} from") : "disagrees with";
                evidence.Add(new("date-of-birth", q.Text, Joined(party.BirthDates.Select(d => d.Text)), EvidenceEffect.Contradicts, -dobCost,
                    $"date of birth {q.Text} {apart} every listed one ({Joined(party.BirthDates.Select(d => d.Text))})"));
            }
        }

        if (query.Nationalities.Count > 0 && party.Nationalities.Count > 0)
        {
            var shared = query.Nationalities.FirstOrDefault(n => party.Nationalities.Contains(n, StringComparer.OrdinalIgnoreCase));
            var listed = Joined(party.Nationalities);
            if (shared is not null)
            {
                evidence.Add(new("nationality", shared.ToUpperInvariant(), listed, EvidenceEffect.Supports, 0, $"nationality {shared.ToUpperInvariant()} agrees"));
            }
            else
            {
                cost += NationalityCost;
                var given = Joined(query.Nationalities.Select(n => n.ToUpperInvariant()));
                evidence.Add(new("nationality", given, listed, EvidenceEffect.Contradicts, -NationalityCost, $"nationality {given} differs from the listed {listed}"));
            }
        }

        if (query.Gender != Gender.Unknown && party.Gender != Gender.Unknown)
        {
            var (given, listed) = (GenderName(query.Gender), GenderName(party.Gender));
            if (query.Gender == party.Gender)
            {
                evidence.Add(new("gender", given, listed, EvidenceEffect.Supports, 0, $"gender {given} agrees"));
            }
            else
            {
                cost += GenderCost;
                evidence.Add(new("gender", given, listed, EvidenceEffect.Contradicts, -GenderCost, $"gender {given} differs from the listed {listed}"));
            }
        }

        var floor = 0.0;
        if (hits is not null)
        {
            foreach (var hit in hits)
            {
                // Strong on its own: a typed number of a compatible kind, from no other issuing country.
                var countryDiffers = hit.Query.Country is { } qc && hit.Listed.Country is { Length: 2 } lc && !qc.Equals(lc, StringComparison.OrdinalIgnoreCase);
                var typed = hit.Typed && !countryDiffers;
                floor = Math.Max(floor, Math.Max(threshold, typed ? Math.Max(strong, TypedIdentifierScore) : (threshold + strong) / 2));
                var listedKind = QueryIdentifier.LabelOf(hit.Listed.Kind);
                var detail = hit.Query.Kind is null
                    ? $"{hit.Query.Number} equals the listed {listedKind} {hit.Listed.Number} (a number given without its kind: review)"
                    : typed ? $"{hit.Query} equals the listed {listedKind}"
                    : countryDiffers ? $"{hit.Query} ({hit.Query.Country}) equals the listed {listedKind} {hit.Listed.Number} issued by {hit.Listed.Country}: review"
                    : $"{hit.Query} equals the listed {listedKind} {hit.Listed.Number}, another kind: review";
                evidence.Add(new("identifier:" + hit.Listed.Kind.ToName(), hit.Query.ToString(), hit.Listed.ToString(), EvidenceEffect.IdentifierMatch, 0, detail));
            }
        }

        foreach (var id in query.Identifiers)
        {
            if (id.Kind is not { } kind || (hits is not null && hits.Exists(h => h.Query == id)))
            {
                continue;
            }

            var sameKind = party.Identifiers.Where(l => l.Kind == kind).ToList();
            if (sameKind.Count == 0)
            {
                continue;
            }

            var listed = Joined(sameKind.Select(l => l.Number));
            if (kind == IdentifierKind.Imo && party.Type is PartyType.Vessel or PartyType.Unknown
                && IdentifierNumbers.ImoCheckDigitValid(IdentifierNumbers.Key(id.Number, caseSensitive: false)))
            {
                // A ship keeps its IMO number for life: another valid one is another ship, or a wrong number.
                cost += ImoCost;
                outOfStrong = true;
                evidence.Add(new("identifier:imo", id.ToString(), listed, EvidenceEffect.Contradicts, -ImoCost, $"{id} differs from the listed IMO {listed}: review"));
            }
            else if (kind != IdentifierKind.Imo)
            {
                evidence.Add(new("identifier:" + kind.ToName(), id.ToString(), listed, EvidenceEffect.NotComparable, 0,
                    $"{id} differs from the listed {QueryIdentifier.LabelOf(kind)} {listed} (parties hold several: no effect)"));
            }
        }

        var lifted = score;
        score -= cost;
        if (outOfStrong)
        {
            score = Math.Min(score, strong - StrongCapMargin);
        }

        if (floor > 0)
        {
            score = Math.Max(score, floor);
        }
        else if (outOfStrong && clear)
        {
            return null;
        }
        else if (lifted >= threshold)
        {
            // A contradiction demotes; it never hides a name match by default. Floored matches keep the order of their
            // names (an exact name above a weak one), a tenth of the way from the threshold, below the strong band.
            score = Math.Max(score, threshold + (FloorShare * (lifted - threshold)));
        }

        return (Math.Clamp(score, 0, 1), evidence.ToArray());
    }

    /// <summary>The best agreement between the query's and the listed dates, or the smallest gap when none agrees.</summary>
    private static (double Lift, BirthDate Query, BirthDate Listed, int Gap) CompareDates(IReadOnlyList<BirthDate> query, IReadOnlyList<BirthDate> listed)
    {
        var best = (Lift: 0.0, Query: query[0], Listed: listed[0], Gap: int.MaxValue);
        foreach (var q in query)
        {
            foreach (var l in listed)
            {
                if (q.Overlaps(l))
                {
                    var lift = (DatePrecision)Math.Max((int)q.Precision, (int)l.Precision) switch
                    {
                        DatePrecision.Day => DayLift,
                        DatePrecision.Month => MonthLift,
                        DatePrecision.Year => YearLift,
                        _ => RangeLift,
                    };
                    if (lift > best.Lift)
                    {
                        best = (lift, q, l, 0);
                    }
                }
                else if (best.Lift == 0 && q.YearsApart(l) < best.Gap)
                {
                    best = (0, q, l, q.YearsApart(l));
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Two day-precise dates that differ as a slip of the pen does: at most <see cref="NearMissDays"/> days apart, or
    /// day and month swapped in the same year (03 Jul and 07 Mar); null when no pair does.
    /// </summary>
    private static (BirthDate Query, BirthDate Listed)? NearMiss(IReadOnlyList<BirthDate> query, IReadOnlyList<BirthDate> listed)
    {
        foreach (var q in query)
        {
            foreach (var l in listed)
            {
                if (q.Precision == DatePrecision.Day && l.Precision == DatePrecision.Day
                    && (Math.Abs(q.From.DayNumber - l.From.DayNumber) <= NearMissDays
                        || (q.From.Year == l.From.Year && q.From.Day == l.From.Month && q.From.Month == l.From.Day)))
                {
                    return (q, l);
                }
            }
        }

        return null;
    }

    /// <summary>The days two exact dates of birth may differ by and count as a slip, not a contradiction.</summary>
    internal const int NearMissDays = 2;

    private static string Joined(IEnumerable<string> values) => string.Join("; ", values);

    private static string GenderName(Gender gender) => gender == Gender.Male ? "male" : "female";
}
