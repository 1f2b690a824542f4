using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// One EM run from a starting partition: M-step from the hard labels, then alternate E- and
/// M-steps until the mean log-likelihood changes by less than the tolerance. All arithmetic is
/// in log space (log-sum-exp normalization, Cholesky log-determinants).
/// </summary>
internal static class ExpectationMaximization
{
    public sealed record Run(
        GaussianComponents Components, double[] Weights, double LowerBound, double[] History, bool Converged, int Iterations);

    public static Run Fit(Matrix<double> data, int[] initialLabels, GaussianMixtureOptions options, CancellationToken cancellationToken)
    {
        int n = data.Rows, k = options.ComponentCount;
        var responsibilities = KMeansStart.OneHot(initialLabels, k);
        var statistics = new SufficientStatistics(data, k, options.CovarianceType, options.RegCovar, options.MaxDegreeOfParallelism);

        var (components, weights) = Maximize(statistics, responsibilities, data.Cols, options);
        var (bound, history, converged) = MixtureIterations.Iterate(
            options.MaxIterations,
            options.Tolerance,
            () =>
            {
                // The log-likelihood of the current parameters, then the parameters that raise it.
                var totals = ExpectationStep.Run(
                    data, components, LogWeights(weights), responsibilities, null, options.MaxDegreeOfParallelism);
                (components, weights) = Maximize(statistics, responsibilities, data.Cols, options);
                return totals.LogLikelihood / n;
            },
            cancellationToken);
        return new Run(components, weights, bound, history, converged, history.Length);
    }

    /// <summary>log π_c (−∞ for a weight of 0).</summary>
    public static double[] LogWeights(double[] weights) => [.. weights.Select(w => Math.Log(w))];

    private static (GaussianComponents Components, double[] Weights) Maximize(
        SufficientStatistics statistics, double[] responsibilities, int featureCount, GaussianMixtureOptions options)
    {
        int k = options.ComponentCount;
        var stats = statistics.Estimate(responsibilities);
        if (!GaussianComponents.TryCreate(options.CovarianceType, k, featureCount, stats.Means, stats.Covariances, out var components))
        {
            throw new ArgumentException(
                "A mixture component collapsed (its covariance is not positive definite, e.g. from duplicated rows or a "
                + "singleton component). Use fewer components or a larger RegCovar.",
                nameof(GaussianMixtureOptions.RegCovar));
        }

        double total = stats.Counts.Sum();
        return (components, [.. stats.Counts.Select(c => c / total)]);
    }
}
