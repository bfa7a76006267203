namespace EntityScreen.Text;

/// <summary>A name reduced to what matching compares: Latin core tokens, a Chinese core, and legal forms.</summary>
internal sealed class NormalizedName
{
    internal static readonly NormalizedName Empty = new([], [], Text.LegalForms.Form.None, string.Empty, false);

    internal NormalizedName(string[] tokens, string[] rawTokens, Text.LegalForms.Form legalForms, string hanCore, bool transliterated)
    {
        Tokens = tokens;
        RawTokens = rawTokens;
        Forms = legalForms;
        HanCore = hanCore;
        Transliterated = transliterated;
    }

    /// <summary>Core tokens (ASCII, lower case, abbreviations folded), legal forms removed.</summary>
    internal string[] Tokens { get; }

    /// <summary>The same tokens before abbreviation folding, for explanations.</summary>
    internal string[] RawTokens { get; }

    /// <summary>Legal forms found (Latin and Chinese).</summary>
    internal Text.LegalForms.Form Forms { get; }

    /// <summary>Chinese characters folded to simplified, separators and legal-form suffixes removed.</summary>
    internal string HanCore { get; }

    /// <summary>True when the Latin tokens came from transliterating another script (Cyrillic, Arabic ...).</summary>
    internal bool Transliterated { get; }

    internal bool IsEmpty => Tokens.Length == 0 && HanCore.Length == 0;

    /// <inheritdoc />
    public override string ToString() =>
        HanCore.Length == 0 ? string.Join(' ', Tokens) : Tokens.Length == 0 ? HanCore : string.Join(' ', Tokens) + " | " + HanCore;
}
