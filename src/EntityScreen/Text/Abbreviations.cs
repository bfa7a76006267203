using System.Collections.Frozen;

namespace EntityScreen.Text;

/// <summary>
/// Word variants folded to one canonical token: abbreviations (Tech, Intl, Elec, Univ ...) and inflections of the
/// same generic word (Technology / Technologies / Technological). Applied to both sides, so a name written either
/// way compares equal.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, string> s_map = Build();

    /// <summary>Alternate lookup by span, so the hot path need not allocate.</summary>
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_spanLookup =
        s_map.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Returns the canonical token for <paramref name="token"/>, or null if it has no variant.</summary>
    internal static string? Canonical(ReadOnlySpan<char> token) =>
        s_spanLookup.TryGetValue(token, out var canonical) ? canonical : null;

    private static FrozenDictionary<string, string> Build()
    {
        var groups = new (string Canonical, string[] Variants)[]
        {
            ("tech", ["technology", "technologies", "technological", "techn", "techs", "technik", "tekhnologii", "teknoloji"]),
            ("intl", ["international", "internacional", "internationale", "intern"]),
            ("elec", ["electronics", "electronic", "electrical", "electric", "electro", "elect", "elektronik", "electrics"]),
            ("univ", ["university", "universities", "uni", "universidad", "universitet", "universite"]),
            ("inst", ["institute", "institutes", "institution", "instituto", "institut", "instit"]),
            ("res", ["research", "researches"]),
            ("sci", ["science", "sciences", "scientific", "scien"]),
            ("eng", ["engineering", "engg", "engr", "engineers"]),
            ("mfg", ["manufacturing", "manufacture", "manufacturer", "manufacturers", "manuf", "mfr", "mfrs"]),
            ("ind", ["industries", "industry", "industrial", "inds", "indus", "indust"]),
            ("natl", ["national", "nacional", "nationale"]),
            ("assn", ["association", "assoc", "associates", "asso"]),
            ("dev", ["development", "devt", "developments"]),
            ("lab", ["laboratory", "laboratories", "labs", "labo", "laboratorio"]),
            ("acad", ["academy", "academia", "academie", "akademiya", "akademie"]),
            ("ctr", ["center", "centre", "centr", "centro", "cntr", "centers", "centres"]),
            ("dept", ["department"]),
            ("svc", ["services", "service", "svcs", "serv", "servicios"]),
            ("sys", ["systems", "system", "syst"]),
            ("comm", ["communications", "communication", "comms", "commun"]),
            ("equip", ["equipment", "eqpt", "equipments"]),
            ("bros", ["brothers"]),
            ("mgmt", ["management", "mgt"]),
            ("invest", ["investment", "investments", "inv"]),
            ("trade", ["trading", "traders", "trader"]),
            ("import", ["imports", "importing", "imp"]),
            ("export", ["exports", "exporting", "exp"]),
            ("petrol", ["petroleum"]),
            ("chem", ["chemical", "chemicals", "chemie"]),
            ("pharm", ["pharmaceutical", "pharmaceuticals", "pharma"]),
            ("aero", ["aeronautical", "aeronautics"]),
            ("aerosp", ["aerospace"]),
            ("assy", ["assembly"]),
            ("auto", ["automotive", "automobile", "automation"]),
            ("bldg", ["building"]),
            ("mach", ["machinery", "machine", "machines"]),
            ("prod", ["products", "product", "production", "productions"]),
            ("opt", ["optical", "optics", "optoelectronic", "optoelectronics", "optronics"]),
            ("transp", ["transport", "transportation"]),
            ("shipping", ["shipping"]),
            ("and", ["und"]),
            ("mohammed", ["mohammad", "muhammad", "mohamed", "muhammed", "mohamad", "mohammet", "mukhammed"]),
            ("abdul", ["abdel", "abd", "abdal", "abdol"]),
        };

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (canonical, variants) in groups)
        {
            foreach (var v in variants)
            {
                map.TryAdd(v, canonical);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
