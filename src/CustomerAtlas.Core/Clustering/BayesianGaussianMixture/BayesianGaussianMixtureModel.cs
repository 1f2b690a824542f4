using System.Text.Json.Serialization;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Clustering.BayesianGaussianMixture;

/// <summary>
/// A fitted variational Dirichlet-process mixture. Of its <see cref="MaxComponents"/> components,
/// the <see cref="ActiveComponents"/> (those that own at least one training row) are the clusters,
/// numbered 0..<see cref="ClusterCount"/>−1 in component order; new rows go to the most probable
/// active component. Saved as "bgmm"; the posterior parameters are stored and re-factored on load,
/// so a loaded model computes exactly what the saved one did.
/// </summary>
public sealed class BayesianGaussianMixtureModel : IRuleAssignedModel
{
    private readonly VariationalPosterior _posterior;
    private readonly double[] _offsets;

    /// <summary>Creates a model from its parameters (used by fitting and by loading).</summary>
    [JsonConstructor]
    public BayesianGaussianMixtureModel(
        int featureCount,
        CovarianceType covarianceType,
        IReadOnlyList<double> weightConcentrationAlpha,
        IReadOnlyList<double> weightConcentrationBeta,
        IReadOnlyList<double> meanPrecision,
        IReadOnlyList<double> means,
        IReadOnlyList<double> degreesOfFreedom,
        IReadOnlyList<double> covariances,
        IReadOnlyList<int> activeComponents,
        IReadOnlyList<int> labels,
        double lowerBound,
        IReadOnlyList<double> lowerBoundHistory,
        bool converged,
        int iterations)
    {
        int k = weightConcentrationAlpha.Count;
        bool consistent = k > 0 && weightConcentrationBeta.Count == k && meanPrecision.Count == k && degreesOfFreedom.Count == k
            && means.Count == k * featureCount
            && covariances.Count == GaussianComponents.CovarianceLength(covarianceType, k, featureCount)
            && activeComponents.Count > 0 && activeComponents.All(c => c >= 0 && c < k);
        var posterior = consistent
            ? VariationalPosterior.Create(
                covarianceType, featureCount, [.. weightConcentrationAlpha], [.. weightConcentrationBeta], [.. meanPrecision],
                [.. means], [.. degreesOfFreedom], [.. covariances])
            : null;
        _posterior = posterior ?? throw new InvalidDataException("The variational mixture's parameters do not fit together.");
        // Switched-off components get log weight −∞, so normalizing in log space spreads each row
        // over the active components only (no underflow for rows far from all of them).
        _offsets = posterior.Offsets();
        for (int c = 0; c < k; c++)
        {
            if (!activeComponents.Contains(c))
            {
                _offsets[c] = double.NegativeInfinity;
            }
        }

        FeatureCount = featureCount;
        CovarianceType = covarianceType;
        WeightConcentrationAlpha = [.. weightConcentrationAlpha];
        WeightConcentrationBeta = [.. weightConcentrationBeta];
        MeanPrecision = [.. meanPrecision];
        Means = [.. means];
        DegreesOfFreedom = [.. degreesOfFreedom];
        Covariances = [.. covariances];
        ActiveComponents = [.. activeComponents];
        Labels = [.. labels];
        LowerBound = lowerBound;
        LowerBoundHistory = [.. lowerBoundHistory];
        Converged = converged;
        Iterations = iterations;
        Weights = StickBreaking.ExpectedWeights([.. weightConcentrationAlpha], [.. weightConcentrationBeta]);
    }

    /// <inheritdoc />
    public string Algorithm => "bgmm";

    /// <summary>Number of clusters found: the active components.</summary>
    public int ClusterCount => ActiveComponents.Count;

    /// <summary>The truncation level: components available to the fit.</summary>
    public int MaxComponents => WeightConcentrationAlpha.Count;

    /// <inheritdoc />
    public int FeatureCount { get; }

    /// <summary>Shape of the component covariances.</summary>
    public CovarianceType CovarianceType { get; }

    /// <summary>Posterior Beta parameters α_c of the stick fractions.</summary>
    public IReadOnlyList<double> WeightConcentrationAlpha { get; }

    /// <summary>Posterior Beta parameters β_c of the stick fractions.</summary>
    public IReadOnlyList<double> WeightConcentrationBeta { get; }

    /// <summary>Posterior mean precisions β_c.</summary>
    public IReadOnlyList<double> MeanPrecision { get; }

    /// <summary>Posterior means m_c of every component, k × d row-major.</summary>
    public IReadOnlyList<double> Means { get; }

    /// <summary>Posterior Wishart degrees of freedom ν_c.</summary>
    public IReadOnlyList<double> DegreesOfFreedom { get; }

    /// <summary>Expected covariances W_c⁻¹/ν_c: k×d×d (Full) or k×d (Diagonal).</summary>
    public IReadOnlyList<double> Covariances { get; }

    /// <summary>Components that own training rows; cluster j is component ActiveComponents[j].</summary>
    public IReadOnlyList<int> ActiveComponents { get; }

    /// <summary>Expected mixing weights E[π_c] of every component (switched-off ones are near 0).</summary>
    [JsonIgnore]
    public IReadOnlyList<double> Weights { get; }

    /// <inheritdoc />
    public IReadOnlyList<int> Labels { get; }

    /// <summary>The variational lower bound (up to a constant) at the last iteration.</summary>
    public double LowerBound { get; }

    /// <summary>The lower bound at each iteration.</summary>
    public IReadOnlyList<double> LowerBoundHistory { get; }

    /// <summary>Whether the lower bound met the tolerance before the iteration cap.</summary>
    public bool Converged { get; }

    /// <summary>Iterations run by the kept initialization.</summary>
    public int Iterations { get; }

    /// <inheritdoc />
    public int[] Predict(Matrix<double> data)
    {
        var p = PredictProbabilities(data);
        return ExpectationStep.ArgMax(p.Values, p.Rows, p.Cols);
    }

    /// <inheritdoc />
    public AssignmentRule? ExplicitRule() => _posterior.Components.ScoreRule(_offsets, ActiveComponents);

    /// <summary>P(cluster | row) over the active components, n × <see cref="ClusterCount"/>; each row sums to 1.</summary>
    public Matrix<double> PredictProbabilities(Matrix<double> data)
    {
        MixtureIterations.EnsureScorable(data, FeatureCount);

        int k = MaxComponents;
        var all = new double[data.Rows * k];
        ExpectationStep.Run(data, _posterior.Components, _offsets, all, null, -1);
        var result = new Matrix<double>(data.Rows, ClusterCount);
        for (int i = 0; i < data.Rows; i++)
        {
            for (int j = 0; j < ClusterCount; j++)
            {
                result[i, j] = all[(i * k) + ActiveComponents[j]];
            }
        }

        return result;
    }
}
