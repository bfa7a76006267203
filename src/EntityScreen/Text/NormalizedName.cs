namespace EntityScreen.Text;

/// <summary>A name reduced to what matching compares: Latin core tokens, a Chinese core, and legal forms.</summary>
internal sealed class NormalizedName
{
    internal static readonly NormalizedName Empty = new([], [], Text.LegalForms.Form.None, string.Empty, false);

    internal NormalizedName(string[] tokens, string[] rawTokens, Text.LegalForms.Form legalForms, string hanCore, bool transliterated, bool syllabic = false)
    {
        Syllabic = syllabic;
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

    /// <summary>
    /// True when the tokens are the syllables of a name written in Hangul (김정은 → gim jeong eun): a token of one letter
    /// (이 → i) is a syllable, a whole name part, never an initial.
    /// </summary>
    internal bool Syllabic { get; }

    internal bool IsEmpty => Tokens.Length == 0 && HanCore.Length == 0;

    /// <inheritdoc />
    public override string ToString() =>
        HanCore.Length == 0 ? string.Join(' ', Tokens) : Tokens.Length == 0 ? HanCore : string.Join(' ', Tokens) + " | " + HanCore;

    /// <summary>True when <see cref="ToString"/> of both names is the same text, without building it.</summary>
    internal bool SameText(NormalizedName other)
    {
        var length = TextLength();
        if (length != other.TextLength())
        {
            return false;
        }

        if (Tokens.AsSpan().SequenceEqual(other.Tokens) && HanCore == other.HanCore)
        {
            return true;
        }

        var rented = length > 256 ? System.Buffers.ArrayPool<char>.Shared.Rent(2 * length) : null;
        try
        {
            var buffer = rented is null ? stackalloc char[2 * length] : rented.AsSpan(0, 2 * length);
            WriteText(buffer[..length]);
            other.WriteText(buffer[length..]);
            return buffer[..length].SequenceEqual(buffer[length..]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The length of <see cref="ToString"/>.</summary>
    private int TextLength()
    {
        var latin = Math.Max(0, Tokens.Length - 1);
        foreach (var t in Tokens)
        {
            latin += t.Length;
        }

        return HanCore.Length == 0 ? latin : Tokens.Length == 0 ? HanCore.Length : latin + 3 + HanCore.Length;
    }

    /// <summary>Writes <see cref="ToString"/> into <paramref name="destination"/>, which is <see cref="TextLength"/> long.</summary>
    private void WriteText(Span<char> destination)
    {
        var at = 0;
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (i > 0)
            {
                destination[at++] = ' ';
            }

            Tokens[i].CopyTo(destination[at..]);
            at += Tokens[i].Length;
        }

        if (HanCore.Length > 0)
        {
            if (Tokens.Length > 0)
            {
                " | ".CopyTo(destination[at..]);
                at += 3;
            }

            HanCore.CopyTo(destination[at..]);
        }
    }
}
