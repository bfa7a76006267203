namespace EntityScreen;

/// <summary>What kind of party a list entry describes.</summary>
public enum PartyType
{
    /// <summary>The list does not say and nothing could be inferred.</summary>
    Unknown = 0,

    /// <summary>A company, institute, agency or other organization.</summary>
    Organization = 1,

    /// <summary>A natural person.</summary>
    Person = 2,

    /// <summary>A ship.</summary>
    Vessel = 3,

    /// <summary>An aircraft.</summary>
    Aircraft = 4,
}

/// <summary>How a name relates to the listed party.</summary>
public enum NameKind
{
    /// <summary>The party's primary (listed) name.</summary>
    Primary = 0,

    /// <summary>Also known as.</summary>
    Aka = 1,

    /// <summary>Formerly known as.</summary>
    Fka = 2,

    /// <summary>Now known as.</summary>
    Nka = 3,

    /// <summary>A weak, low-quality alias (OFAC's "weak a.k.a." in remarks).</summary>
    Weak = 4,
}

/// <summary>The dominant writing system of a name.</summary>
public enum NameScript
{
    /// <summary>Latin letters (and digits / punctuation only).</summary>
    Latin = 0,

    /// <summary>Chinese characters (Han), simplified or traditional; kana-mixed Japanese names count here too.</summary>
    Han = 1,

    /// <summary>Cyrillic.</summary>
    Cyrillic = 2,

    /// <summary>Arabic or Persian.</summary>
    Arabic = 3,

    /// <summary>Greek.</summary>
    Greek = 4,

    /// <summary>Korean Hangul.</summary>
    Hangul = 5,

    /// <summary>Another script.</summary>
    Other = 6,

    /// <summary>Letters from more than one script.</summary>
    Mixed = 7,
}
