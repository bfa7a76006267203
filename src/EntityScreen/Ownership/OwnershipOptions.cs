namespace EntityScreen;

/// <summary>The ownership rules EntityScreen computes.</summary>
public enum OwnershipRule
{
    /// <summary>
    /// OFAC's 50 Percent Rule (Revised Guidance on Entities Owned by Persons Whose Property and Interests in Property Are
    /// Blocked, 2014-08-13): fed by SDN parties; an entity covered is blocked.
    /// </summary>
    Ofac50Percent = 0,

    /// <summary>
    /// BIS's Affiliates Rule (interim final rule "Expansion of End-User Controls to Cover Affiliates of Certain Listed
    /// Entities", 90 FR 47201, effective 2025-09-29; suspended 2025-11-10 to 2026-11-09): fed by Entity List and MEU parties.
    /// </summary>
    BisAffiliates = 1,

    /// <summary>
    /// The same 50 percent test for the Sectoral Sanctions Identifications directives: fed by SSI parties; an entity
    /// covered is subject to its owners' directives, not blocked. Computed apart from <see cref="Ofac50Percent"/>, so SSI
    /// and SDN shares are never summed into one cover.
    /// </summary>
    OfacSsiDirectives = 2,
}

/// <summary>How the share of a range (<c>25-50%</c>) counts.</summary>
public enum ShareRangeBound
{
    /// <summary>
    /// Both bounds are kept and summed apart: an entity is covered when the low sum reaches 50%, clear when the high sum
    /// does not, and undetermined (a red flag) in between: a range that spans 50% is never a silent cover or clear.
    /// </summary>
    Undetermined = 0,

    /// <summary>A range counts as its low bound (<c>25-50%</c> is 25%).</summary>
    Low = 1,

    /// <summary>A range counts as its high bound (<c>25-50%</c> is 50%; <c>&lt;50%</c> stays under 50%).</summary>
    High = 2,
}

/// <summary>Defaults for ownership rules, gathered in one place.</summary>
public static class OwnershipDefaults
{
    /// <summary>The share covered owners must hold in aggregate for an entity to be covered: 50%.</summary>
    public const decimal CoverShare = 50m;

    /// <summary>Default significant-minority red-flag share: covered owners holding at least this (and under 50%).</summary>
    public const decimal MinorityShare = 25m;

    /// <summary>The score a name must reach to resolve an owner to a listed party by screening.</summary>
    public const double ResolutionThreshold = 0.97;

    /// <summary>Paths listed per covered entity or red flag at most (the count of paths can grow exponentially).</summary>
    public const int MaxPaths = 16;

    /// <summary>Steps a walk for paths takes at most per entity (a step: one holding looked at).</summary>
    public const int PathStepBudget = 100_000;

    /// <summary>Hops kept in a truncated path (a chain too long to follow to its listed owner): those nearest the entity.</summary>
    public const int MaxTruncatedPathHops = 1_000;

    /// <summary>The date of OFAC's revised guidance (aggregation across blocked owners): 2014-08-13.</summary>
    public static readonly DateOnly OfacEffective = new(2014, 8, 13);

    /// <summary>The BIS Affiliates Rule's effective date: 2025-09-29 (published 2025-09-30).</summary>
    public static readonly DateOnly BisEffective = new(2025, 9, 29);

    /// <summary>The first day of the BIS Affiliates Rule's suspension: 2025-11-10.</summary>
    public static readonly DateOnly BisSuspendedFrom = new(2025, 11, 10);

    /// <summary>The last day of the BIS Affiliates Rule's suspension, unless BIS extends it: 2026-11-09.</summary>
    public static readonly DateOnly BisSuspendedUntil = new(2026, 11, 9);

    /// <summary>The lists whose parties feed OFAC's rule: SDN.</summary>
    public static IReadOnlyList<string> OfacLists { get; } = ["SDN"];

    /// <summary>The lists whose parties feed the SSI directives' 50 percent test: SSI.</summary>
    public static IReadOnlyList<string> OfacSsiLists { get; } = ["SSI"];

    /// <summary>The lists whose parties feed BIS's rule: the Entity List and the MEU List.</summary>
    public static IReadOnlyList<string> BisLists { get; } = ["EL", "MEU"];

    /// <summary>
    /// The SDN programs whose parties feed BIS's rule (Supplement No. 8 to part 744: "SDNs designated under programs
    /// listed in § 744.8(a)(1)"), as OFAC tags them: the fourteen programs BIS's rule of 2024-03-21 (89 FR 20107)
    /// consolidated into § 744.8, read from a secondary summary (see docs/ownership.md): BELARUS (E.O. 13405),
    /// UKRAINE-EO13660, -EO13661, -EO13662, -EO13685, RUSSIA-EO14024, BELARUS-EO14038, FTO, SDGT, NPWMD, TCO
    /// (E.O. 13581), ILLICIT-DRUGS-EO14059, SDNT, SDNTK.
    /// </summary>
    public static IReadOnlyList<string> BisOwnerPrograms { get; } =
    [
        "BELARUS", "UKRAINE-EO13660", "UKRAINE-EO13661", "UKRAINE-EO13662", "UKRAINE-EO13685", "RUSSIA-EO14024",
        "BELARUS-EO14038", "FTO", "SDGT", "NPWMD", "TCO", "ILLICIT-DRUGS-EO14059", "SDNT", "SDNTK",
    ];

    /// <summary>The lists whose parties feed a rule by their programs (<see cref="OwnershipRuleSchedule.OwnerPrograms"/>): SDN.</summary>
    public static IReadOnlyList<string> ProgramLists { get; } = ["SDN"];

    /// <summary>
    /// The licence requirement a covered entity inherits under BIS's rule from an SDN owner that feeds it by its program
    /// (the SDN list publishes none): § 744.8 requires a licence for all items subject to the EAR.
    /// </summary>
    public const string SdnProgramLicenseRequirement = "For all items subject to the EAR (15 CFR 744.8)";

    /// <summary>Lists that never feed a rule, whatever the options say: CMIC (its restrictions do not reach subsidiaries).</summary>
    public static IReadOnlyList<string> NeverOwnerLists { get; } = ["CMIC"];
}

/// <summary>
/// When a rule is in force: on from <see cref="EffectiveFrom"/> (inclusive), except from <see cref="SuspendedFrom"/> to
/// <see cref="SuspendedUntil"/> (both inclusive; no end: suspended from then on), and never when <see cref="Enabled"/> is false.
/// </summary>
public sealed class OwnershipRuleSchedule
{
    /// <summary>Whether the rule is computed at all. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The first day the rule applies; null: always.</summary>
    public DateOnly? EffectiveFrom { get; set; }

    /// <summary>The first day of a suspension; null: none.</summary>
    public DateOnly? SuspendedFrom { get; set; }

    /// <summary>The last day of the suspension; null with <see cref="SuspendedFrom"/> set: suspended indefinitely.</summary>
    public DateOnly? SuspendedUntil { get; set; }

    /// <summary>
    /// The list codes whose parties feed the rule (e.g. <c>SDN</c>, <c>EL</c>). <see cref="OwnershipDefaults.NeverOwnerLists"/>
    /// (CMIC) are not allowed.
    /// </summary>
    public IList<string> OwnerLists { get; set; } = [];

    /// <summary>
    /// Program tags (<c>NPWMD</c>, <c>SDGT</c>; case-insensitive, brackets ignored) whose parties on one of
    /// <see cref="ProgramLists"/> also feed the rule, whatever their list: a party of <see cref="OwnerLists"/> feeds it
    /// anyway. Empty (the default but for BIS): none. BIS: <see cref="OwnershipDefaults.BisOwnerPrograms"/>.
    /// </summary>
    public IList<string> OwnerPrograms { get; set; } = [];

    /// <summary>The list codes whose parties feed the rule when one of their programs is in <see cref="OwnerPrograms"/>. Default SDN.</summary>
    public IList<string> ProgramLists { get; set; } = [.. OwnershipDefaults.ProgramLists];

    /// <summary>True when <paramref name="party"/> feeds the rule: its list is one of <see cref="OwnerLists"/>, or one of <see cref="ProgramLists"/> with a program in <see cref="OwnerPrograms"/>.</summary>
    /// <param name="party">A listed party.</param>
    /// <returns>Whether it feeds the rule.</returns>
    internal bool Feeds(ListedParty party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return Contains(OwnerLists, party.List.Code) || IsProgramOwner(party);
    }

    /// <summary>True when <paramref name="party"/> is on one of <see cref="ProgramLists"/> under a program of <see cref="OwnerPrograms"/>.</summary>
    internal bool IsProgramOwner(ListedParty party) =>
        OwnerPrograms is { Count: > 0 } && Contains(ProgramLists, party.List.Code)
        && party.Programs.Any(p => OwnerPrograms.Any(o => string.Equals(Tag(o), Tag(p), StringComparison.OrdinalIgnoreCase)));

    private static bool Contains(IList<string>? codes, string code) => codes is not null && codes.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>A program tag without brackets and spaces around it: <c>[SDGT]</c> is <c>SDGT</c>.</summary>
    private static ReadOnlySpan<char> TagSpan(string? tag) => (tag ?? string.Empty).AsSpan().Trim().Trim('[').Trim(']').Trim();

    private static string Tag(string? tag) => TagSpan(tag).ToString();

    /// <summary>Whether the rule is in force on <paramref name="date"/>, and if not, why.</summary>
    /// <param name="date">The day.</param>
    /// <param name="reason">Why not, or empty.</param>
    /// <returns>True when in force.</returns>
    public bool InForce(DateOnly date, out string reason)
    {
        reason = string.Empty;
        if (!Enabled)
        {
            reason = "switched off in the options";
            return false;
        }

        if (EffectiveFrom is { } from && date < from)
        {
            reason = $"not yet effective on {date:yyyy-MM-dd} (effective {from:yyyy-MM-dd})";
            return false;
        }

        if (SuspendedFrom is { } start && date >= start && (SuspendedUntil is not { } end || date <= end))
        {
            reason = SuspendedUntil is { } until
                ? $"suspended on {date:yyyy-MM-dd} (suspended from {start:yyyy-MM-dd} to {until:yyyy-MM-dd})"
                : $"suspended on {date:yyyy-MM-dd} (suspended from {start:yyyy-MM-dd}, no end date)";
            return false;
        }

        return true;
    }
}

/// <summary>
/// Which ownership rules apply, on which day, and how red flags and ranges are read. Mutable POCO, validated once when a
/// covered set is computed (<see cref="Validate"/>).
/// </summary>
public sealed class OwnershipOptions
{
    /// <summary>The SSI directives' 50 percent test: on, effective 2014-08-13, fed by SSI.</summary>
    public OwnershipRuleSchedule OfacSsiDirectives { get; set; } = new()
    {
        EffectiveFrom = OwnershipDefaults.OfacEffective,
        OwnerLists = [.. OwnershipDefaults.OfacSsiLists],
    };

    /// <summary>OFAC's 50 Percent Rule: on, effective 2014-08-13, fed by SDN.</summary>
    public OwnershipRuleSchedule Ofac50Percent { get; set; } = new()
    {
        EffectiveFrom = OwnershipDefaults.OfacEffective,
        OwnerLists = [.. OwnershipDefaults.OfacLists],
    };

    /// <summary>
    /// BIS's Affiliates Rule: on, effective 2025-09-29, suspended 2025-11-10 to 2026-11-09, fed by EL and MEU, and by SDN
    /// parties of the programs of § 744.8(a)(1) (<see cref="OwnershipDefaults.BisOwnerPrograms"/>).
    /// </summary>
    public OwnershipRuleSchedule BisAffiliates { get; set; } = new()
    {
        EffectiveFrom = OwnershipDefaults.BisEffective,
        SuspendedFrom = OwnershipDefaults.BisSuspendedFrom,
        SuspendedUntil = OwnershipDefaults.BisSuspendedUntil,
        OwnerLists = [.. OwnershipDefaults.BisLists],
        OwnerPrograms = [.. OwnershipDefaults.BisOwnerPrograms],
    };

    /// <summary>The day the rules are applied on; null: today (UTC).</summary>
    public DateOnly? AsOf { get; set; }

    /// <summary>
    /// Significant-minority red flag: covered owners holding at least this share in aggregate (and under 50%). In [0, 50];
    /// default <see cref="OwnershipDefaults.MinorityShare"/> (25%).
    /// </summary>
    public decimal MinorityShare { get; set; } = OwnershipDefaults.MinorityShare;

    /// <summary>How a range counts. Default <see cref="ShareRangeBound.Undetermined"/>: a range spanning 50% is a red flag.</summary>
    public ShareRangeBound RangeBound { get; set; } = ShareRangeBound.Undetermined;

    /// <summary>The schedule of <paramref name="rule"/>.</summary>
    /// <param name="rule">A rule.</param>
    /// <returns>Its schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not a rule.</exception>
    public OwnershipRuleSchedule Schedule(OwnershipRule rule) => rule switch
    {
        OwnershipRule.Ofac50Percent => Ofac50Percent,
        OwnershipRule.BisAffiliates => BisAffiliates,
        OwnershipRule.OfacSsiDirectives => OfacSsiDirectives,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Not an ownership rule."),
    };

    /// <summary>The day the rules are applied on: <see cref="AsOf"/>, or today (UTC).</summary>
    /// <returns>The day.</returns>
    public DateOnly EffectiveDate() => AsOf ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Validates the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    /// <exception cref="ArgumentException">A schedule or its owner lists are missing (null), its suspension ends before it starts, or it names a list that never feeds a rule (CMIC).</exception>
    public void Validate()
    {
        if (MinorityShare is < 0m or > OwnershipDefaults.CoverShare)
        {
            throw new ArgumentOutOfRangeException(nameof(MinorityShare), MinorityShare, "OwnershipOptions.MinorityShare must be in [0, 50].");
        }

        if (!Enum.IsDefined(RangeBound))
        {
            throw new ArgumentOutOfRangeException(nameof(RangeBound), RangeBound, "OwnershipOptions.RangeBound is not a ShareRangeBound.");
        }

        Check(Ofac50Percent, nameof(Ofac50Percent));
        Check(BisAffiliates, nameof(BisAffiliates));
        Check(OfacSsiDirectives, nameof(OfacSsiDirectives));

        static void Check(OwnershipRuleSchedule? schedule, string name)
        {
            if (schedule is null)
            {
                throw new ArgumentException($"OwnershipOptions.{name} is null.", name);
            }

            if (schedule.SuspendedFrom is { } from && schedule.SuspendedUntil is { } until && until < from)
            {
                throw new ArgumentException($"OwnershipOptions.{name}: the suspension ends ({until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", name);
            }

            if (schedule.SuspendedFrom is null && schedule.SuspendedUntil is not null)
            {
                throw new ArgumentException($"OwnershipOptions.{name}: SuspendedUntil is set without SuspendedFrom.", name);
            }

            if (schedule.OwnerLists is null)
            {
                throw new ArgumentException($"OwnershipOptions.{name}.OwnerLists is null: give the list codes whose parties feed the rule, or an empty list.", name);
            }

            if (schedule.OwnerPrograms is null || schedule.ProgramLists is null)
            {
                throw new ArgumentException($"OwnershipOptions.{name}.{(schedule.OwnerPrograms is null ? "OwnerPrograms" : "ProgramLists")} is null: give the program tags (or list codes), or an empty list.", name);
            }

            if (schedule.OwnerPrograms.Any(p => p is null) || schedule.ProgramLists.Any(p => p is null))
            {
                throw new ArgumentException($"OwnershipOptions.{name}: OwnerPrograms or ProgramLists holds a null.", name);
            }

            foreach (var code in schedule.OwnerLists.Concat(schedule.ProgramLists))
            {
                if (code is null)
                {
                    throw new ArgumentException($"OwnershipOptions.{name}.OwnerLists holds a null list code.", name);
                }

                if (OwnershipDefaults.NeverOwnerLists.Contains(code, StringComparer.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"OwnershipOptions.{name}: {code} parties never feed an ownership rule (the list's restrictions do not extend to subsidiaries).", name);
                }
            }
        }
    }
}
