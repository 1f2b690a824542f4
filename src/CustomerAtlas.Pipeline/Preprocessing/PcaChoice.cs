using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Pca;

namespace CustomerAtlas.Pipeline.Preprocessing;

/// <summary>
/// How many principal components the PCA preparation of the automatic search keeps: the fewest
/// whose cumulative explained variance reaches <see cref="VarianceTarget"/> (90 %), and at least
/// <see cref="MinComponents"/> (2). When that rule keeps every feature there is nothing to reduce
/// and no PCA preparation is offered.
/// </summary>
public static class PcaChoice
{
    /// <summary>Share of the scaled features' total variance the kept components must explain: 0.9, the usual "most of the signal" cut-off.</summary>
    public const double VarianceTarget = 0.9;

    /// <summary>Fewest components kept: 2, so a projection never collapses segments onto a line.</summary>
    public const int MinComponents = 2;

    /// <summary>Components kept for explained-variance ratios sorted largest first (the rule above).</summary>
    public static int ComponentsFor(IReadOnlyList<double> explainedVarianceRatio)
    {
        ArgumentNullException.ThrowIfNull(explainedVarianceRatio);
        double cumulative = 0;
        for (int c = 0; c < explainedVarianceRatio.Count; c++)
        {
            cumulative += explainedVarianceRatio[c];
            if (cumulative >= VarianceTarget - 1e-12)
            {
                return Math.Min(explainedVarianceRatio.Count, Math.Max(MinComponents, c + 1));
            }
        }

        return explainedVarianceRatio.Count;
    }

    /// <summary>
    /// The PCA of <paramref name="scaled"/> (the scaled features) cut by the rule above, or null when
    /// it would keep every feature (or there are fewer than 3 features or rows).
    /// </summary>
    public static PcaModel? Fit(Matrix<double> scaled, int? seed)
    {
        ArgumentNullException.ThrowIfNull(scaled);
        int all = Math.Min(scaled.Rows, scaled.Cols);
        if (all <= MinComponents)
        {
            return null;
        }

        var full = new Pca(new PcaOptions { Components = all, Solver = PcaSolver.Exact, Seed = seed }).Fit(scaled);
        int keep = ComponentsFor(full.ExplainedVarianceRatio);
        if (keep >= scaled.Cols)
        {
            return null;
        }

        return new PcaModel(full.Mean, full.Components[..keep], full.ExplainedVariance[..keep], full.ExplainedVarianceRatio[..keep], full.TotalVariance);
    }
}
