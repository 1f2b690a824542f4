using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.BayesianGaussianMixture;

/// <summary>
/// One coordinate-ascent run of the variational mixture from a k-means partition: alternate the
/// E-step (responsibilities under the expected parameters) and the M-step (posterior from the
/// responsibilities) until the lower bound changes by less than the tolerance.
/// </summary>
internal static class VariationalInference
{
    public sealed record Run(VariationalPosterior Posterior, double LowerBound, double[] History, bool Converged, int Iterations);

    public static Run Fit(
        Matrix<double> data, MixturePriors prior, int[] initialLabels, BayesianGaussianMixtureOptions options, CancellationToken cancellationToken)
    {
        int k = options.MaxComponents;
        var responsibilities = KMeansStart.OneHot(initialLabels, k);
        var statistics = new SufficientStatistics(data, k, options.CovarianceType, options.RegCovar, options.MaxDegreeOfParallelism);
        VariationalPosterior Maximize() =>
            VariationalPosterior.Update(statistics.Estimate(responsibilities), prior, options.CovarianceType, data.Cols);

        var posterior = Maximize();
        var (bound, history, converged) = MixtureIterations.Iterate(
            options.MaxIterations,
            options.Tolerance,
            () =>
            {
                // As scikit-learn: the bound of the updated posterior with the responsibilities that produced it.
                var totals = ExpectationStep.Run(
                    data, posterior.Components, posterior.Offsets(), responsibilities, null, options.MaxDegreeOfParallelism);
                posterior = Maximize();
                return posterior.LowerBound(totals.NegativeEntropy);
            },
            cancellationToken);
        return new Run(posterior, bound, history, converged, history.Length);
    }
}
