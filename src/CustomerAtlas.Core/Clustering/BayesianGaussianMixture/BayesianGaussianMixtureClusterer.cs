using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.BayesianGaussianMixture;

/// <summary>
/// Variational Bayesian Gaussian mixture with a Dirichlet-process (stick-breaking) prior on the
/// weights, truncated at <see cref="BayesianGaussianMixtureOptions.MaxComponents"/>: components the
/// data does not need get vanishing weight and no rows, so the number of clusters is chosen by
/// the fit. Follows Bishop (2006) ch. 10 and Blei &amp; Jordan (2006), with scikit-learn's priors.
/// </summary>
public sealed class BayesianGaussianMixtureClusterer : IClusterer
{
    /// <summary>Creates the clusterer; options are validated when fitting.</summary>
    public BayesianGaussianMixtureClusterer(BayesianGaussianMixtureOptions? options = null) =>
        Options = options ?? new BayesianGaussianMixtureOptions();

    /// <summary>The settings.</summary>
    public BayesianGaussianMixtureOptions Options { get; }

    /// <inheritdoc />
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Fits the mixture to <paramref name="data"/>.</summary>
    public BayesianGaussianMixtureModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data);
        int k = Options.MaxComponents;
        DataChecks.EnsureClusterCount(data.Rows, k, nameof(BayesianGaussianMixtureOptions.MaxComponents));

        var prior = MixturePriors.From(data, Options);
        VariationalInference.Run? best = null;
        for (int init = 0; init < Options.InitCount; init++)
        {
            var labels = KMeansStart.Labels(data, k, Options.Seed, init, Options.MaxDegreeOfParallelism, cancellationToken);
            var run = VariationalInference.Fit(data, prior, labels, Options, cancellationToken);
            if (best is null || run.LowerBound > best.LowerBound)
            {
                best = run;
            }
        }

        var posterior = best!.Posterior;
        var responsibilities = new double[data.Rows * k];
        ExpectationStep.Run(data, posterior.Components, posterior.Offsets(), responsibilities, null, Options.MaxDegreeOfParallelism);
        var component = ExpectationStep.ArgMax(responsibilities, data.Rows, k);
        int[] active = [.. component.Distinct().Order()];
        var clusterOf = active.Select((c, index) => (c, index)).ToDictionary(x => x.c, x => x.index);
        return new BayesianGaussianMixtureModel(
            data.Cols,
            Options.CovarianceType,
            posterior.Alpha,
            posterior.Beta,
            posterior.MeanPrecision,
            posterior.Components.Means,
            posterior.DegreesOfFreedom,
            posterior.Components.Covariances,
            active,
            [.. component.Select(c => clusterOf[c])],
            best.LowerBound,
            best.History,
            best.Converged,
            best.Iterations);
    }
}
