using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// A fitted Gaussian mixture: weights, means and covariances of k components, with soft
/// (posterior) memberships, log-likelihoods and the information criteria used to choose k.
/// Saved as "gmm"; the covariances are stored and re-factored on load, so a loaded model
/// computes exactly what the saved one did.
/// </summary>
public sealed class GaussianMixtureModel : IRuleAssignedModel
{
    private readonly GaussianComponents _components;
    private readonly double[] _logWeights;

    /// <summary>Creates a model from its parameters (used by fitting and by loading).</summary>
    [JsonConstructor]
    public GaussianMixtureModel(
        int featureCount,
        CovarianceType covarianceType,
        IReadOnlyList<double> weights,
        IReadOnlyList<double> means,
        IReadOnlyList<double> covariances,
        IReadOnlyList<int> labels,
        double lowerBound,
        IReadOnlyList<double> lowerBoundHistory,
        bool converged,
        int iterations)
    {
        int k = weights.Count;
        if (k == 0 || means.Count != k * featureCount
            || covariances.Count != GaussianComponents.CovarianceLength(covarianceType, k, featureCount))
        {
            throw new InvalidDataException("The mixture's weights, means and covariances do not fit together.");
        }

        if (!GaussianComponents.TryCreate(covarianceType, k, featureCount, [.. means], [.. covariances], out var components))
        {
            throw new InvalidDataException("A mixture covariance is not positive definite.");
        }

        FeatureCount = featureCount;
        CovarianceType = covarianceType;
        Weights = [.. weights];
        Means = [.. means];
        Covariances = [.. covariances];
        Labels = [.. labels];
        LowerBound = lowerBound;
        LowerBoundHistory = [.. lowerBoundHistory];
        Converged = converged;
        Iterations = iterations;
        _components = components;
        _logWeights = ExpectationMaximization.LogWeights([.. weights]);
    }

    /// <inheritdoc />
    public string Algorithm => "gmm";

    /// <summary>Number of components k (every component counts, even one that ended up without rows).</summary>
    public int ClusterCount => Weights.Count;

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <summary>Shape of the component covariances.</summary>
    public CovarianceType CovarianceType { get; }

    /// <summary>Mixing weights π_c (sum to 1).</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>Component means, k × d row-major.</summary>
    public IReadOnlyList<double> Means { get; }

    /// <summary>Covariances: k×d×d (Full), k×d variances (Diagonal) or k variances (Spherical), row-major.</summary>
    public IReadOnlyList<double> Covariances { get; }

    /// <inheritdoc />
    public IReadOnlyList<int> Labels { get; }

    /// <summary>Mean log-likelihood per training row at the last EM iteration of the kept initialization.</summary>
    public double LowerBound { get; }

    /// <summary>Mean log-likelihood per training row at each EM iteration (non-decreasing up to rounding and RegCovar).</summary>
    public IReadOnlyList<double> LowerBoundHistory { get; }

    /// <summary>Whether EM met the tolerance before the iteration cap.</summary>
    public bool Converged { get; }

    /// <summary>EM iterations run by the kept initialization.</summary>
    public int Iterations { get; }

    /// <summary>Free parameters: covariances + means (k·d) + weights (k − 1).</summary>
    [JsonIgnore]
    public int ParameterCount =>
        GaussianComponents.CovarianceParameters(CovarianceType, ClusterCount, FeatureCount) + (ClusterCount * FeatureCount) + ClusterCount - 1;

    /// <inheritdoc />
    public int[] Predict(Matrix<double> data)
    {
        var responsibilities = Posterior(data);
        return ExpectationStep.ArgMax(responsibilities, data.Rows, ClusterCount);
    }

    /// <inheritdoc />
    public AssignmentRule? ExplicitRule() => _components.ScoreRule(_logWeights, [.. Enumerable.Range(0, ClusterCount)]);

    /// <summary>Posterior membership probabilities P(component | row), n × k; each row sums to 1.</summary>
    public Matrix<double> PredictProbabilities(Matrix<double> data) => new(data.Rows, ClusterCount, Posterior(data));

    /// <summary>log p(x) of each row under the mixture.</summary>
    public double[] ScoreSamples(Matrix<double> data)
    {
        var perRow = new double[CheckedRows(data)];
        ExpectationStep.Run(data, _components, _logWeights, null, perRow, -1);
        return perRow;
    }

    /// <summary>Mean log-likelihood per row of <paramref name="data"/>.</summary>
    public double Score(Matrix<double> data) => ScoreSamples(data).Average();

    /// <summary>Bayesian information criterion on <paramref name="data"/>: −2 log L + p ln n (lower is better).</summary>
    public double Bic(Matrix<double> data) => (-2 * Score(data) * data.Rows) + (ParameterCount * Math.Log(data.Rows));

    /// <summary>Akaike information criterion on <paramref name="data"/>: −2 log L + 2p (lower is better).</summary>
    public double Aic(Matrix<double> data) => (-2 * Score(data) * data.Rows) + (2 * ParameterCount);

    private double[] Posterior(Matrix<double> data)
    {
        var responsibilities = new double[CheckedRows(data) * ClusterCount];
        ExpectationStep.Run(data, _components, _logWeights, responsibilities, null, -1);
        return responsibilities;
    }

    private int CheckedRows(Matrix<double> data)
    {
        MixtureIterations.EnsureScorable(data, FeatureCount);
        return data.Rows;
    }
}
