using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>A normalized name bound to a <see cref="TokenTable"/>: token ids and weights, Chinese characters and bigrams.</summary>
internal sealed class CompiledName
{
    internal CompiledName(NormalizedName normalized, TokenTable table)
    {
        Normalized = normalized;
        Tokens = normalized.Tokens;
        Ids = new int[Tokens.Length];
        Weights = new float[Tokens.Length];
        for (var i = 0; i < Tokens.Length; i++)
        {
            Ids[i] = table.Id(Tokens[i]);
            Weights[i] = table.Weight(Ids[i]);
            TotalWeight += Weights[i];
        }

        var han = normalized.HanCore;
        HanChars = [.. han.Distinct().Order()];
        HanWeights = new float[HanChars.Length];
        for (var i = 0; i < HanChars.Length; i++)
        {
            HanWeights[i] = table.HanWeight(HanChars[i]);
            HanTotalWeight += HanWeights[i];
        }

        var bigrams = new SortedSet<int>();
        for (var i = 0; i + 1 < han.Length; i++)
        {
            bigrams.Add(Bigram(han[i], han[i + 1]));
        }

        HanBigrams = [.. bigrams];
    }

    internal NormalizedName Normalized { get; }

    internal string[] Tokens { get; }

    internal int[] Ids { get; }

    internal float[] Weights { get; }

    internal float TotalWeight { get; }

    /// <summary>Distinct Chinese characters of the core, sorted.</summary>
    internal char[] HanChars { get; }

    internal float[] HanWeights { get; }

    internal float HanTotalWeight { get; }

    /// <summary>Distinct character bigrams of the Chinese core, as (first &lt;&lt; 16 | second), sorted.</summary>
    internal int[] HanBigrams { get; }

    internal LegalForms.Form Forms => Normalized.Forms;

    internal bool IsEmpty => Tokens.Length == 0 && HanChars.Length == 0;

    internal static int Bigram(char a, char b) => (a << 16) | b;
}
