namespace CustomerAtlas.Core.Selection;

/// <summary>
/// Estimated running time of the automatic search's steps, in <em>reference seconds</em>: seconds on the
/// machine the estimates were calibrated on (a 2-core x64 box, the smallest the product supports). The
/// search plans its work with these estimates instead of a clock, so the same data, options and seed
/// give the same candidates and the same winner on any machine and under any load; a faster machine
/// simply finishes sooner.
/// </summary>
/// <remarks>
/// Calibrated from traced searches (demo shop 3 000 × 10, telco 7 043 × 34, CDNOW 23 570 × 9): per algorithm
/// the median of measured seconds over <see cref="CandidateGenerator"/>'s growth term, which the
/// algorithms' <see cref="AlgorithmSpec.CostFactor"/>s are set to match. Estimates are typically within a
/// factor of two of the measured time; the wall-clock <see cref="SelectionOptions.TimeLimit"/> catches the rest.
/// </remarks>
public static class SearchCost
{
    /// <summary>
    /// Reference seconds per unit of the growth term (rows × k × columns for k-means with three restarts,
    /// whose <see cref="AlgorithmSpec.CostFactor"/> is 1): k-means measured 1.3–1.9 × 10⁻⁸.
    /// </summary>
    public const double SecondsPerUnit = 2e-8;

    /// <summary>
    /// Reference seconds per evaluation row² × column for measuring one partition (silhouette dominates
    /// Calinski–Harabasz, Davies–Bouldin and the neighbour-graph terms): 0.015 s at 3 000 × 10, 0.05 s at 3 000 × 34.
    /// </summary>
    public const double MeasureSecondsPerUnit = 1.7e-10;

    /// <summary>
    /// Labelling the rows a sampled fit left out, per row × k × column, as a share of <see cref="SecondsPerUnit"/>: one
    /// nearest-centre pass, where a k-means fit unit covers three restarts of many passes. Measured on the 2-core box
    /// (100,000 × 2 and × 10, k = 10 to 100): 0.07–0.5 × 10⁻⁹ s for k-means centres and 3–5.4 × 10⁻⁹ s for agglomerative
    /// centroids, so 0.25 (5 × 10⁻⁹ s) covers both. At 1 (before) the 100,000-row sets spent most of the planned
    /// budget on labelling that takes a few hundredths of a second, and the k sweeps stopped short of k = 100.
    /// </summary>
    public const double LabellingShare = 0.25;

    /// <summary>
    /// Estimated time to fit <paramref name="algorithm"/> with <paramref name="k"/> clusters on data with
    /// <paramref name="rows"/> rows and <paramref name="cols"/> columns (on a sample when it caps the rows)
    /// and to label every row. Orders candidates cheap first and plans the budget.
    /// </summary>
    public static double Fit(AlgorithmSpec algorithm, int rows, int cols, int k)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        double fitted = Math.Min(rows, algorithm.MaxFitRows);
        double growth = algorithm.Growth switch
        {
            CostGrowth.Linear => fitted * Math.Max(k, 1),
            CostGrowth.Linearithmic => fitted * Math.Log2(Math.Max(fitted, 2)),
            _ => fitted * fitted,
        };
        double fit = growth * Math.Max(cols, 1) * algorithm.CostFactor;

        // A fit on a sample labels the other rows too: one nearest-centre (or nearest-row) pass.
        double labelling = rows > fitted ? (double)rows * Math.Max(k, 1) * Math.Max(cols, 1) * LabellingShare : 0;
        return (fit + labelling) * SecondsPerUnit;
    }

    /// <summary>Estimated time to measure one partition's indices on an evaluation sample of <paramref name="rows"/> × <paramref name="cols"/>.</summary>
    public static double Measure(int rows, int cols) => (double)rows * rows * Math.Max(cols, 1) * MeasureSecondsPerUnit;

    /// <summary>
    /// Estimated time of a bootstrap stability estimate: a reference fit on <paramref name="rows"/> rows and
    /// <paramref name="resamples"/> refits on <paramref name="fraction"/> of them (the comparisons are small beside those).
    /// </summary>
    public static double Stability(AlgorithmSpec algorithm, int rows, int cols, int k, int resamples, double fraction)
    {
        ArgumentNullException.ThrowIfNull(algorithm);
        int resampled = Math.Max(2, (int)Math.Round(rows * fraction));
        return Fit(algorithm, rows, cols, k) + (resamples * Fit(algorithm, resampled, cols, k));
    }
}
