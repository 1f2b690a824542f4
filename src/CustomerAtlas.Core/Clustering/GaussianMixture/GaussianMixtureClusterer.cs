using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// Gaussian mixture fitted by expectation–maximization (Dempster, Laird &amp; Rubin 1977), started
/// from a k-means partition (the shared <see cref="KMeans.KMeans"/>), restarted <see cref="GaussianMixtureOptions.InitCount"/> times
/// (keeping the highest log-likelihood). Training labels are the most probable components
/// under the final parameters.
/// </summary>
public sealed class GaussianMixtureClusterer : IClusterer
{
    /// <summary>Creates the clusterer; options are validated when fitting.</summary>
    public GaussianMixtureClusterer(GaussianMixtureOptions? options = null) => Options = options ?? new GaussianMixtureOptions();

    /// <summary>The settings.</summary>
    public GaussianMixtureOptions Options { get; }

    /// <inheritdoc />
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Fits the mixture to <paramref name="data"/>.</summary>
    public GaussianMixtureModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data);
        int k = Options.ComponentCount;
        DataChecks.EnsureClusterCount(data.Rows, k, nameof(GaussianMixtureOptions.ComponentCount));

        ExpectationMaximization.Run? best = null;
        for (int init = 0; init < Options.InitCount; init++)
        {
            var labels = KMeansStart.Labels(data, k, Options.Seed, init, Options.MaxDegreeOfParallelism, cancellationToken);
            var run = ExpectationMaximization.Fit(data, labels, Options, cancellationToken);
            if (best is null || run.LowerBound > best.LowerBound)
            {
                best = run;
            }
        }

        var responsibilities = new double[data.Rows * k];
        ExpectationStep.Run(
            data, best!.Components, ExpectationMaximization.LogWeights(best.Weights), responsibilities, null, Options.MaxDegreeOfParallelism);
        var finalLabels = ExpectationStep.ArgMax(responsibilities, data.Rows, k);
        return new GaussianMixtureModel(
            data.Cols,
            Options.CovarianceType,
            best.Weights,
            best.Components.Means,
            best.Components.Covariances,
            finalLabels,
            best.LowerBound,
            best.History,
            best.Converged,
            best.Iterations);
    }
}
