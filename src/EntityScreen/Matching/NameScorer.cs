using EntityScreen.Text;

namespace EntityScreen.Matching;

/// <summary>
/// Scores a query name against a listed name. Latin tokens: a one-to-one alignment (exact pairs first, then typos,
/// then tokens written together on one side), scored as a weighted Dice coefficient: every aligned pair adds its
/// similarity times both tokens' weights, and every unaligned token on either side costs its weight by staying in
/// the denominator. Chinese: weighted character overlap and character-bigram overlap of the cores. The better of
/// the two, times a weak legal-form factor, rounded to 4 decimals.
/// </summary>
internal static class NameScorer
{
    /// <summary>Scores without building an explanation; allocation-free.</summary>
    internal static double Score(CompiledName q, CompiledName c) => Score(q, c, null, out _);

    /// <summary>Scores and, when <paramref name="alignment"/> is given, records the alignment.</summary>
    internal static double Score(CompiledName q, CompiledName c, List<TokenAlignment>? alignment, out string method)
    {
        method = "none";
        if (q.IsEmpty || c.IsEmpty)
        {
            return 0;
        }

        var latin = q.Tokens.Length > 0 && c.Tokens.Length > 0 ? LatinScore(q, c, null) : 0;
        var han = q.HanChars.Length > 0 && c.HanChars.Length > 0 ? HanScore(q, c) : 0;
        if (latin <= 0 && han <= 0)
        {
            return 0;
        }

        var factor = LegalForms.Factor(q.Forms, c.Forms);
        if (han > latin)
        {
            method = "han";
            if (alignment is not null)
            {
                HanAlignment(q, c, alignment);
            }

            return Round(han * factor);
        }

        method = q.Normalized.Transliterated || c.Normalized.Transliterated ? "transliterated" : "latin";
        if (alignment is not null)
        {
            LatinScore(q, c, alignment);
        }

        return Round(latin * factor);
    }

    internal static double Round(double score) => Math.Round(Math.Clamp(score, 0, 1), 4, MidpointRounding.AwayFromZero);

    /// <summary>The Latin token score before the legal-form factor.</summary>
    internal static double LatinScore(CompiledName q, CompiledName c, List<TokenAlignment>? alignment)
    {
        var n = q.Tokens.Length;
        var m = c.Tokens.Length;
        Span<float> sim = stackalloc float[n * m];
        Span<bool> qUsed = stackalloc bool[n];
        Span<bool> cUsed = stackalloc bool[m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                sim[(i * m) + j] = q.Ids[i] >= 0 && q.Ids[i] == c.Ids[j]
                    ? 1f
                    : q.Ids[i] >= 0 && c.Ids[j] >= 0 && q.Tokens[i].Length < TokenSimilarity.MinFuzzyLength
                        ? 0f
                        : TokenSimilarity.Similarity(q.Tokens[i], c.Tokens[j]);
            }
        }

        double numerator = 0;

        // Greedy one-to-one alignment: highest similarity first (exact pairs always win), heavier pairs on ties.
        while (true)
        {
            var best = -1;
            var bestSim = 0f;
            var bestWeight = 0f;
            for (var i = 0; i < n; i++)
            {
                if (qUsed[i])
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    var s = sim[(i * m) + j];
                    if (s <= 0 || cUsed[j])
                    {
                        continue;
                    }

                    var w = q.Weights[i] + c.Weights[j];
                    if (s > bestSim || (s == bestSim && w > bestWeight))
                    {
                        best = (i * m) + j;
                        bestSim = s;
                        bestWeight = w;
                    }
                }
            }

            if (best < 0)
            {
                break;
            }

            var bi = best / m;
            var bj = best % m;
            qUsed[bi] = true;
            cUsed[bj] = true;
            numerator += bestSim * bestWeight;
            alignment?.Add(new TokenAlignment(
                q.Normalized.RawTokens[bi],
                c.Normalized.RawTokens[bj],
                bestSim < 1 ? AlignmentKind.Fuzzy : string.Equals(q.Normalized.RawTokens[bi], c.Normalized.RawTokens[bj], StringComparison.Ordinal) ? AlignmentKind.Exact : AlignmentKind.Equivalent,
                bestSim,
                q.Weights[bi],
                c.Weights[bj]));
        }

        // Two adjacent tokens on one side written as one token on the other (Hua Wei / Huawei): exact joins only.
        numerator += Joins(q, c, qUsed, cUsed, alignment, queryJoined: true);
        numerator += Joins(c, q, cUsed, qUsed, alignment, queryJoined: false);

        if (alignment is not null)
        {
            for (var i = 0; i < n; i++)
            {
                if (!qUsed[i])
                {
                    alignment.Add(new TokenAlignment(q.Normalized.RawTokens[i], null, AlignmentKind.QueryOnly, 0, q.Weights[i], 0));
                }
            }

            for (var j = 0; j < m; j++)
            {
                if (!cUsed[j])
                {
                    alignment.Add(new TokenAlignment(null, c.Normalized.RawTokens[j], AlignmentKind.NameOnly, 0, 0, c.Weights[j]));
                }
            }
        }

        return numerator / (q.TotalWeight + c.TotalWeight);
    }

    /// <summary>Pairs adjacent unaligned tokens of <paramref name="split"/> whose concatenation equals an unaligned token of <paramref name="whole"/>.</summary>
    private static double Joins(CompiledName split, CompiledName whole, Span<bool> splitUsed, Span<bool> wholeUsed, List<TokenAlignment>? alignment, bool queryJoined)
    {
        double numerator = 0;
        for (var i = 0; i + 1 < split.Tokens.Length; i++)
        {
            if (splitUsed[i] || splitUsed[i + 1])
            {
                continue;
            }

            var a = split.Tokens[i];
            var b = split.Tokens[i + 1];
            for (var j = 0; j < whole.Tokens.Length; j++)
            {
                var t = whole.Tokens[j];
                if (wholeUsed[j] || t.Length != a.Length + b.Length || !t.AsSpan().StartsWith(a) || !t.AsSpan().EndsWith(b))
                {
                    continue;
                }

                splitUsed[i] = splitUsed[i + 1] = wholeUsed[j] = true;
                var splitWeight = split.Weights[i] + split.Weights[i + 1];
                numerator += splitWeight + whole.Weights[j];
                if (alignment is not null)
                {
                    var joined = split.Normalized.RawTokens[i] + " " + split.Normalized.RawTokens[i + 1];
                    alignment.Add(queryJoined
                        ? new TokenAlignment(joined, whole.Normalized.RawTokens[j], AlignmentKind.Joined, 1, splitWeight, whole.Weights[j])
                        : new TokenAlignment(whole.Normalized.RawTokens[j], joined, AlignmentKind.Joined, 1, whole.Weights[j], splitWeight));
                }

                i++;
                break;
            }
        }

        return numerator;
    }

    /// <summary>Chinese score: half weighted character Dice, half character-bigram Dice (character Dice alone for one-character cores).</summary>
    internal static double HanScore(CompiledName q, CompiledName c)
    {
        double shared = 0;
        int i = 0, j = 0;
        while (i < q.HanChars.Length && j < c.HanChars.Length)
        {
            var d = q.HanChars[i].CompareTo(c.HanChars[j]);
            if (d == 0)
            {
                shared += q.HanWeights[i] + c.HanWeights[j];
                i++;
                j++;
            }
            else if (d < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var charDice = shared / (q.HanTotalWeight + c.HanTotalWeight);
        if (q.HanBigrams.Length == 0 || c.HanBigrams.Length == 0)
        {
            return q.HanBigrams.Length == c.HanBigrams.Length ? charDice : charDice * 0.5;
        }

        var common = CountCommon(q.HanBigrams, c.HanBigrams);
        var bigramDice = 2.0 * common / (q.HanBigrams.Length + c.HanBigrams.Length);
        return (0.5 * charDice) + (0.5 * bigramDice);
    }

    internal static int CountCommon(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    private static void HanAlignment(CompiledName q, CompiledName c, List<TokenAlignment> alignment)
    {
        var cSet = new HashSet<char>(c.HanChars);
        for (var i = 0; i < q.HanChars.Length; i++)
        {
            var ch = q.HanChars[i];
            if (cSet.Remove(ch))
            {
                var w = q.HanWeights[i];
                alignment.Add(new TokenAlignment(ch.ToString(), ch.ToString(), AlignmentKind.Exact, 1, w, w));
            }
            else
            {
                alignment.Add(new TokenAlignment(ch.ToString(), null, AlignmentKind.QueryOnly, 0, q.HanWeights[i], 0));
            }
        }

        for (var j = 0; j < c.HanChars.Length; j++)
        {
            if (cSet.Contains(c.HanChars[j]))
            {
                alignment.Add(new TokenAlignment(null, c.HanChars[j].ToString(), AlignmentKind.NameOnly, 0, 0, c.HanWeights[j]));
            }
        }
    }

    /// <summary>Builds the full explanation of a score.</summary>
    internal static MatchExplanation Explain(CompiledName q, CompiledName c)
    {
        var alignment = new List<TokenAlignment>();
        var score = Score(q, c, alignment, out var method);
        var tokenScore = method == "han" ? HanScore(q, c) : q.Tokens.Length > 0 && c.Tokens.Length > 0 ? LatinScore(q, c, null) : 0;
        var factor = LegalForms.Factor(q.Forms, c.Forms);
        var aligned = alignment.Where(a => a.Kind is not AlignmentKind.QueryOnly and not AlignmentKind.NameOnly)
            .Select(a => a.QueryToken == a.NameToken ? a.QueryToken : $"{a.QueryToken}~{a.NameToken}");
        var missing = alignment.Where(a => a.Kind is AlignmentKind.QueryOnly or AlignmentKind.NameOnly).Select(a => a.QueryToken ?? a.NameToken);
        var summary = $"{method}: aligned [{string.Join(", ", aligned)}]"
            + (missing.Any() ? $"; unmatched [{string.Join(", ", missing)}]" : string.Empty)
            + (factor < 1 ? $"; legal forms differ (x{factor:0.##})" : string.Empty);
        return new MatchExplanation
        {
            Score = score,
            Method = method,
            NormalizedQuery = q.Normalized.ToString(),
            NormalizedName = c.Normalized.ToString(),
            Tokens = alignment,
            TokenScore = Round(tokenScore),
            QueryLegalForms = LegalForms.Names(q.Forms),
            NameLegalForms = LegalForms.Names(c.Forms),
            LegalFormFactor = factor,
            Summary = summary,
        };
    }
}
