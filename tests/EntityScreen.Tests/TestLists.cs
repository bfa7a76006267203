namespace EntityScreen.Tests;

/// <summary>Builds small in-memory lists for unit tests.</summary>
internal static class TestLists
{
    internal static ListedParty Party(string id, string list, PartyType type, params string[] names) => new()
    {
        Id = id,
        List = ListInfo.FromCode(list),
        Type = type,
        Names = [.. names.Select((n, i) => ListedName.Create(n, i == 0 ? NameKind.Primary : NameKind.Aka))],
    };

    internal static ListSnapshot Snapshot(params ListedParty[] parties)
    {
        var identity = new ListIdentity("memory", ListFormat.Generic, new string('0', 64), new DateOnly(2026, 1, 1));
        var report = new LoadReport { Identity = identity, Files = [], PartiesLoaded = parties.Length };
        return new ListSnapshot(identity, parties, report);
    }

    /// <summary>A small mixed list: companies with aliases and Chinese names, persons, and common-word fillers so weights are realistic.</summary>
    internal static ListSnapshot Sample() => Snapshot(
        Party("EL:1", "EL", PartyType.Organization, "Huawei Technologies Co., Ltd.", "Shenzhen Huawei Technologies", "Huawei Technology", "华为技术有限公司"),
        Party("EL:2", "EL", PartyType.Organization, "China Electronics Technology Group Corporation 13th Research Institute", "Hebei Semiconductor Research Institute", "CETC 13"),
        Party("SDN:1", "SDN", PartyType.Person, "RIM, Ryong Nam"),
        Party("SDN:2", "SDN", PartyType.Organization, "BANK MARKAZI JOMHOURI ISLAMI IRAN", "Central Bank of Iran"),
        Party("SDN:3", "SDN", PartyType.Organization, "ROSNEFT OIL COMPANY", "Роснефть"),
        Party("UEL:1", "UEL", PartyType.Organization, "Lockheed Martin Corporation", "洛克希德·马丁公司"),
        Party("UEL:2", "UEL", PartyType.Organization, "Shield AI, Inc.", "护盾人工智能公司"),
        Party("EL:3", "EL", PartyType.Organization, "Shenzhen Technology Trading Co., Ltd."),
        Party("EL:4", "EL", PartyType.Organization, "Beijing Technology Electronics Co., Ltd."),
        Party("EL:5", "EL", PartyType.Organization, "Shanghai International Trading Company"),
        Party("EL:6", "EL", PartyType.Organization, "Ti-Tech Industries GmbH", "Titech Industries GmbH"),
        Party("DPL:1", "DPL", PartyType.Person, "Mohammed ABU JHEISHEH"));
}
