using System.Collections.Frozen;

namespace EntityScreen;

/// <summary>Which authority publishes a list.</summary>
public enum ListAuthority
{
    /// <summary>Unknown or in-house.</summary>
    Other = 0,

    /// <summary>A United States agency (BIS, OFAC, State).</summary>
    UnitedStates = 1,

    /// <summary>A People's Republic of China authority (MOFCOM, MFA).</summary>
    China = 2,
}

/// <summary>A list: short code and full name.</summary>
/// <param name="Code">Short code, e.g. <c>EL</c>, <c>SDN</c>, <c>UEL</c>.</param>
/// <param name="Name">Full name, e.g. <c>Entity List (EL) - Bureau of Industry and Security</c>.</param>
/// <param name="Authority">Who publishes it.</param>
public sealed record ListInfo(string Code, string Name, ListAuthority Authority)
{
    private static readonly FrozenDictionary<string, ListInfo> s_known = new ListInfo[]
    {
        new("SDN", "Specially Designated Nationals (SDN) - Treasury Department", ListAuthority.UnitedStates),
        new("EL", "Entity List (EL) - Bureau of Industry and Security", ListAuthority.UnitedStates),
        new("DPL", "Denied Persons List (DPL) - Bureau of Industry and Security", ListAuthority.UnitedStates),
        new("UVL", "Unverified List (UVL) - Bureau of Industry and Security", ListAuthority.UnitedStates),
        new("MEU", "Military End User (MEU) List - Bureau of Industry and Security", ListAuthority.UnitedStates),
        new("ISN", "Nonproliferation Sanctions (ISN) - State Department", ListAuthority.UnitedStates),
        new("DTC", "ITAR Debarred (DTC) - State Department", ListAuthority.UnitedStates),
        new("FSE", "Foreign Sanctions Evaders (FSE) - Treasury Department", ListAuthority.UnitedStates),
        new("SSI", "Sectoral Sanctions Identifications List (SSI) - Treasury Department", ListAuthority.UnitedStates),
        new("PLC", "Palestinian Legislative Council List (PLC) - Treasury Department", ListAuthority.UnitedStates),
        new("CAP", "Capta List (CAP) - Treasury Department", ListAuthority.UnitedStates),
        new("NS-MBS", "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department", ListAuthority.UnitedStates),
        new("CMIC", "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department", ListAuthority.UnitedStates),
        new("CONS", "OFAC Consolidated (non-SDN) Sanctions List - Treasury Department", ListAuthority.UnitedStates),
        new("UEL", "Unreliable Entity List (不可靠实体清单) - Ministry of Commerce of the PRC", ListAuthority.China),
        new("ECCL", "Export Control Control List (出口管制管控名单) - Ministry of Commerce of the PRC", ListAuthority.China),
        new("ECWL", "Export Control Watch List (关注名单) - Ministry of Commerce of the PRC", ListAuthority.China),
        new("AFSL", "Countermeasures under the Anti-Foreign Sanctions Law (反外国制裁法) - PRC", ListAuthority.China),
    }.ToFrozenDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);

    /// <summary>The lists EntityScreen knows by code.</summary>
    public static IReadOnlyCollection<ListInfo> Known => s_known.Values;

    /// <summary>Returns the known list for <paramref name="code"/>, or a new in-house list with that code.</summary>
    /// <param name="code">A list code (case-insensitive).</param>
    /// <param name="name">Full name to use when the code is not known.</param>
    /// <returns>The list.</returns>
    public static ListInfo FromCode(string code, string? name = null) =>
        s_known.TryGetValue(code, out var known)
            ? known
            : new ListInfo(code.ToUpperInvariant(), name ?? code, ListAuthority.Other);

    /// <summary>
    /// Maps a CSL <c>source</c> value such as <c>Entity List (EL) - Bureau of Industry and Security</c> to its list,
    /// taking the short code from the parentheses.
    /// </summary>
    /// <param name="source">The CSL source column.</param>
    /// <returns>The list.</returns>
    public static ListInfo FromCslSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var open = source.IndexOf('(', StringComparison.Ordinal);
        var close = open >= 0 ? source.IndexOf(')', open + 1) : -1;
        if (open < 0 || close < 0)
        {
            return new ListInfo(source.Trim(), source.Trim(), ListAuthority.Other);
        }

        var code = source[(open + 1)..close].Trim();
        if (code.EndsWith(" List", StringComparison.OrdinalIgnoreCase))
        {
            code = code[..^5];
        }

        return s_known.TryGetValue(code, out var known)
            ? known with { Name = source.Trim() }
            : new ListInfo(code, source.Trim(), ListAuthority.UnitedStates);
    }
}
