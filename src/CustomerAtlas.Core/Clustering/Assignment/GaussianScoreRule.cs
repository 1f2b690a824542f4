namespace CustomerAtlas.Core.Clustering.Assignment;

/// <summary>
/// A row goes to the component c with the smallest <c>Offsets[c] + ‖W_c (x − μ_c)‖²</c>: for a Gaussian mixture
/// that is −2 × (log weight + log density) up to a constant, i.e. the most probable component. W_c is the
/// whitening matrix (the inverse of the covariance's Cholesky factor: lower triangular, diagonal for diagonal and
/// spherical covariances). Ties go to the lower label.
/// </summary>
public sealed record GaussianScoreRule : AssignmentRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="featureCount">Features per row (d).</param>
    /// <param name="offsets">Per component, log det Σ_c − 2 × its log weight (+∞ for a component that can never win).</param>
    /// <param name="means">Component means, k × d row-major.</param>
    /// <param name="whitening">Per component a d × d lower-triangular matrix, k × d × d row-major.</param>
    public GaussianScoreRule(int featureCount, double[] offsets, double[] means, double[] whitening)
        : base(featureCount, offsets?.Length ?? 0)
    {
        ArgumentNullException.ThrowIfNull(offsets);
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(whitening);
        int k = offsets.Length;
        if (featureCount < 1 || k == 0 || means.Length != k * featureCount || whitening.Length != k * featureCount * featureCount)
        {
            throw new ArgumentException($"Offsets ({k}), means ({means.Length}) and whitening ({whitening.Length}) do not fit {featureCount} features.", nameof(whitening));
        }

        Offsets = offsets;
        Means = means;
        Whitening = whitening;
    }

    /// <summary>Per component, log det Σ_c − 2 log π_c (or the model's equivalent constant).</summary>
    public double[] Offsets { get; }

    /// <summary>Component means, k × d row-major.</summary>
    public double[] Means { get; }

    /// <summary>Whitening matrices, k × d × d row-major, lower triangular.</summary>
    public double[] Whitening { get; }

    /// <summary>The mean of component <paramref name="component"/>.</summary>
    public ReadOnlySpan<double> Mean(int component) => Means.AsSpan(component * FeatureCount, FeatureCount);

    /// <summary>Row <paramref name="row"/> of component <paramref name="component"/>'s whitening matrix.</summary>
    public ReadOnlySpan<double> WhiteningRow(int component, int row) =>
        Whitening.AsSpan((component * FeatureCount * FeatureCount) + (row * FeatureCount), FeatureCount);
}
