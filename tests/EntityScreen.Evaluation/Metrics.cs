namespace EntityScreen.Evaluation;

/// <summary>Confusion counts at one threshold.</summary>
/// <param name="Threshold">The threshold.</param>
/// <param name="TruePositives">Positive queries whose expected party scored at least the threshold.</param>
/// <param name="Positives">Positive queries.</param>
/// <param name="FalsePositives">Negative queries with any match at least the threshold.</param>
/// <param name="Negatives">Negative queries.</param>
public readonly record struct Confusion(double Threshold, int TruePositives, int Positives, int FalsePositives, int Negatives)
{
    /// <summary>TP / positives.</summary>
    public double Recall => Positives == 0 ? double.NaN : (double)TruePositives / Positives;

    /// <summary>FP / negatives.</summary>
    public double FalseAlertRate => Negatives == 0 ? double.NaN : (double)FalsePositives / Negatives;

    /// <summary>TP / (TP + FP).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Harmonic mean of precision and recall (0 when either is 0 or undefined).</summary>
    public double F1
    {
        get
        {
            var p = Precision;
            var r = Recall;
            return double.IsNaN(p) || double.IsNaN(r) || p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

/// <summary>Threshold metrics and ROC AUC over one score per labelled item.</summary>
public static class Metrics
{
    /// <summary>Counts at a threshold: an item is flagged when its score is at least <paramref name="threshold"/> (and above 0).</summary>
    /// <param name="scores">One score per item.</param>
    /// <param name="positive">The label per item.</param>
    /// <param name="threshold">The threshold.</param>
    /// <returns>The counts.</returns>
    public static Confusion At(IReadOnlyList<double> scores, IReadOnlyList<bool> positive, double threshold)
    {
        int tp = 0, p = 0, fp = 0, n = 0;
        for (var i = 0; i < scores.Count; i++)
        {
            var flagged = scores[i] > 0 && scores[i] >= threshold - 1e-12;
            if (positive[i])
            {
                p++;
                tp += flagged ? 1 : 0;
            }
            else
            {
                n++;
                fp += flagged ? 1 : 0;
            }
        }

        return new Confusion(threshold, tp, p, fp, n);
    }

    /// <summary>The threshold with the best F1 among every distinct score (ties: the higher threshold).</summary>
    /// <param name="scores">One score per item.</param>
    /// <param name="positive">The label per item.</param>
    /// <returns>The counts at the best threshold.</returns>
    public static Confusion BestF1(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var best = At(scores, positive, 1.0);
        foreach (var t in scores.Where(s => s > 0).Distinct().OrderDescending())
        {
            var c = At(scores, positive, t);
            if (c.F1 > best.F1 + 1e-12)
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// ROC AUC by the Mann–Whitney statistic: the chance that a random positive scores above a random negative, ties
    /// counting one half.
    /// </summary>
    /// <param name="scores">One score per item.</param>
    /// <param name="positive">The label per item.</param>
    /// <returns>The AUC in [0, 1], or NaN when a class is empty.</returns>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var ranks = new double[order.Length];
        for (var i = 0; i < order.Length;)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            var rank = (i + j + 2) / 2.0;
            for (var k = i; k <= j; k++)
            {
                ranks[order[k]] = rank;
            }

            i = j + 1;
        }

        double sum = 0;
        long pos = 0;
        for (var i = 0; i < ranks.Length; i++)
        {
            if (positive[i])
            {
                sum += ranks[i];
                pos++;
            }
        }

        long neg = ranks.Length - pos;
        if (pos == 0 || neg == 0)
        {
            return double.NaN;
        }

        return (sum - (pos * (pos + 1) / 2.0)) / ((double)pos * neg);
    }
}
