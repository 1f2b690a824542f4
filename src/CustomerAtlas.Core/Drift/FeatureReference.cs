namespace CustomerAtlas.Core.Drift;

/// <summary>
/// How one feature was distributed among the customers a model was fitted on: the quantile edges of its values and the
/// share of customers in each bin, with missing values as a bin of their own (last), so a change in missingness is drift too.
/// </summary>
/// <param name="Name">Feature name.</param>
/// <param name="Edges">Ascending, distinct inner bin edges: bin 0 is (−∞, Edges[0]], bin i is (Edges[i−1], Edges[i]], the last finite bin (Edges[^1], ∞).</param>
/// <param name="Shares">Share of customers per bin: Edges.Length + 1 finite bins, then the missing bin.</param>
/// <param name="Median">Median of the known values (NaN when none is known), to show how far a feature moved.</param>
public sealed record FeatureReference(string Name, double[] Edges, double[] Shares, double Median)
{
    /// <summary>
    /// The reference of <paramref name="values"/> (NaN or infinite = missing) with up to <paramref name="bins"/> quantile bins;
    /// fewer where values repeat (a constant feature has one bin, a binary one two).
    /// </summary>
    public static FeatureReference Build(string name, IReadOnlyList<double> values, int bins)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 2);
        var known = values.Where(double.IsFinite).Order().ToArray();
        var edges = new SortedSet<double>();
        for (int b = 1; b < bins && known.Length > 0; b++)
        {
            // The largest value of the lower b/bins of the customers; an edge at the maximum would leave the last bin empty.
            double edge = known[Math.Max(0, (int)Math.Ceiling((double)b * known.Length / bins) - 1)];
            if (edge < known[^1])
            {
                edges.Add(edge);
            }
        }

        var reference = new FeatureReference(name, [.. edges], new double[edges.Count + 2], DriftReference.QuantileOfSorted(known, 0.5));
        return reference with { Shares = reference.SharesOf(values) };
    }

    /// <summary>Share of <paramref name="values"/> in each of this reference's bins (the missing bin last); all zero when there are none.</summary>
    public double[] SharesOf(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var shares = new double[Edges.Length + 2];
        if (values.Count == 0)
        {
            return shares;
        }

        foreach (double v in values)
        {
            shares[BinOf(v)]++;
        }

        for (int b = 0; b < shares.Length; b++)
        {
            shares[b] /= values.Count;
        }

        return shares;
    }

    /// <summary>The bin of one value (the missing bin for NaN and infinities).</summary>
    public int BinOf(double value)
    {
        if (!double.IsFinite(value))
        {
            return Edges.Length + 1;
        }

        // The first edge at or above the value closes its bin.
        int index = Array.BinarySearch(Edges, value);
        return index >= 0 ? index : ~index;
    }
}
