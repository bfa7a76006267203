using FuzzySharp;

namespace EntityScreen.Benchmarks;

/// <summary>
/// The baseline as people write it first: every listed name lower-cased once, FuzzySharp <c>TokenSetRatio</c> of the
/// (lower-cased) query against each, best per party, parties at or above the cut-off counted.
/// </summary>
internal sealed class FuzzyBruteForce
{
    private const int Cutoff = 85;

    private readonly string[] _names;
    private readonly int[] _party;
    private readonly int _partyCount;

    public FuzzyBruteForce(IEnumerable<ListedParty> parties)
    {
        var names = new List<string>();
        var party = new List<int>();
        var p = 0;
        foreach (var listed in parties)
        {
            foreach (var n in listed.Names)
            {
                names.Add(n.Value.ToLowerInvariant());
                party.Add(p);
            }

            p++;
        }

        _names = [.. names];
        _party = [.. party];
        _partyCount = p;
    }

    /// <summary>Screens each query against every name; returns the number of parties matched, summed over the queries.</summary>
    public int ScreenAll(string[] lowerCasedQueries)
    {
        var matches = 0;
        var best = new int[_partyCount];
        foreach (var q in lowerCasedQueries)
        {
            Array.Clear(best);
            for (var i = 0; i < _names.Length; i++)
            {
                var score = Fuzz.TokenSetRatio(q, _names[i]);
                if (score > best[_party[i]])
                {
                    best[_party[i]] = score;
                }
            }

            foreach (var score in best)
            {
                if (score >= Cutoff)
                {
                    matches++;
                }
            }
        }

        return matches;
    }
}
