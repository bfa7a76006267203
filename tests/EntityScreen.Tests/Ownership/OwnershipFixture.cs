using EntityScreen.Tests.Loading;

namespace EntityScreen.Tests.Ownership;

/// <summary>
/// Invented listed parties (no row of the real lists) and helpers that load an ownership CSV written in the test and
/// compute a rule on a fixed day, on which both rules are in force.
/// </summary>
internal static class OwnershipFixture
{
    /// <summary>A day on which both rules are in force (after the BIS suspension ends).</summary>
    public static readonly DateOnly InForce = new(2026, 12, 1);

    /// <summary>X: an SDN company.</summary>
    public static readonly ListedParty X = TestLists.Party("SDN:9001", "SDN", PartyType.Organization, "Xandor Holdings Limited");

    /// <summary>Y: an SDN person.</summary>
    public static readonly ListedParty Y = TestLists.Party("SDN:9002", "SDN", PartyType.Person, "YEVRAN, Tomas");

    /// <summary>W: a third SDN company.</summary>
    public static readonly ListedParty W = TestLists.Party("SDN:9003", "SDN", PartyType.Organization, "Wendal Maritime SA");

    /// <summary>Z: an Entity List company, presumption of denial for all items subject to the EAR.</summary>
    public static readonly ListedParty Z = TestLists.Party("EL:9101", "EL", PartyType.Organization, "Zentrix Microelectronics Co., Ltd.") with
    {
        LicenseRequirement = "For all items subject to the EAR.",
        LicensePolicy = "Presumption of denial.",
    };

    /// <summary>Q: an Entity List institute, case-by-case review.</summary>
    public static readonly ListedParty Q = TestLists.Party("EL:9102", "EL", PartyType.Organization, "Quorvane Optics Research Institute") with
    {
        LicenseRequirement = "For all items subject to the EAR.",
        LicensePolicy = "Case-by-case review for items needed for safety of flight.",
    };

    /// <summary>M: a Military End User.</summary>
    public static readonly ListedParty M = TestLists.Party("MEU:9201", "MEU", PartyType.Organization, "Morvath Aviation Plant") with
    {
        LicenseRequirement = "For items in supplement no. 2 to part 744.",
        LicensePolicy = "Presumption of denial.",
    };

    /// <summary>C: a non-SDN Chinese Military-Industrial Complex company.</summary>
    public static readonly ListedParty Cmic = TestLists.Party("CMIC:9301", "CMIC", PartyType.Organization, "Corvessa Aerospace Industry Corporation");

    /// <summary>S: an SSI company.</summary>
    public static readonly ListedParty S = TestLists.Party("SSI:9401", "SSI", PartyType.Organization, "Selvaro Energy Trading OAO");

    public static ListSnapshot Lists() => TestLists.Snapshot(X, Y, W, Z, Q, M, Cmic, S);

    /// <summary>Loads <paramref name="csv"/> (header included) from a temporary file.</summary>
    public static OwnershipFile Load(string csv)
    {
        using var temp = new TempFiles();
        return OwnershipFile.LoadCsv(temp.Write("ownership.csv", csv));
    }

    /// <summary>The graph of <paramref name="csv"/> against <see cref="Lists"/> (or the given snapshots).</summary>
    public static OwnershipGraph Graph(string csv, params ListSnapshot[] lists) =>
        OwnershipGraph.Build(Load(csv), lists.Length > 0 ? lists : [Lists()]);

    /// <summary>The covered set of <paramref name="rule"/> for <paramref name="csv"/> on <paramref name="asOf"/> (default <see cref="InForce"/>).</summary>
    public static CoveredSet Cover(string csv, OwnershipRule rule, DateOnly? asOf = null, OwnershipOptions? options = null)
    {
        options ??= new OwnershipOptions();
        options.AsOf = asOf ?? options.AsOf ?? InForce;
        return Graph(csv).Cover(rule, options);
    }

    public static CoveredEntity? CoveredEntity(this CoveredSet set, string name) =>
        set.Covered.SingleOrDefault(c => c.Entity.Name == name);

    public static OwnershipRedFlag? RedFlag(this CoveredSet set, string name) =>
        set.RedFlags.SingleOrDefault(f => f.Entity.Name == name);

    public static string[] CoveredNames(this CoveredSet set) => [.. set.Covered.Select(c => c.Entity.Name).Order(StringComparer.Ordinal)];

    public static string[] FlaggedNames(this CoveredSet set) => [.. set.RedFlags.Select(c => c.Entity.Name).Order(StringComparer.Ordinal)];

    /// <summary>A path as its names and shares: <c>X -50%-> A -50%-> B</c>, names only (no ids).</summary>
    public static string Plain(this OwnershipPath path) =>
        path.Hops[0].Owner.Name + string.Concat(path.Hops.Select(h => $" -{h.Share}-> {h.Owned.Name}"));
}
