using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.KMedoids;

/// <summary>
/// k-medoids (PAM class): BUILD then FasterPAM swaps, over any <see cref="Distances.IDistance"/>.
/// Medoids are training rows, so the clusters stay interpretable (each has a real exemplar
/// customer) and any dissimilarity works, Gower on mixed data included. Deterministic: no
/// random choices. Memory: the n × n float32 distance matrix up to
/// <see cref="KMedoidsOptions.MaxPrecomputedRows"/> rows, O(n·k) above.
/// </summary>
public sealed class KMedoidsClusterer : IClusterer
{
    /// <summary>Creates the clusterer; options are validated when fitting.</summary>
    public KMedoidsClusterer(KMedoidsOptions? options = null) => Options = options ?? new KMedoidsOptions();

    /// <summary>The options.</summary>
    public KMedoidsOptions Options { get; }

    /// <inheritdoc/>
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Finds <see cref="KMedoidsOptions.ClusterCount"/> medoids among the rows of <paramref name="data"/>.</summary>
    /// <remarks>NaN is allowed only where the distance handles it (Gower skips missing values).</remarks>
    public KMedoidsModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        ArgumentNullException.ThrowIfNull(data);
        if (Options.Distance is not Distances.GowerDistance)
        {
            DataChecks.EnsureUsable(data);
        }
        else if (data.Rows == 0)
        {
            throw new ArgumentException("The data has zero rows.", nameof(data));
        }

        DataChecks.EnsureClusterCount(data.Rows, Options.ClusterCount, nameof(KMedoidsOptions.ClusterCount));

        var rows = new DissimilarityRows(data, Options.Distance, Options.MaxDegreeOfParallelism, cancellationToken);
        var (medoids, labels, cost, swaps) = FasterPam.Run(
            rows, Options.ClusterCount, Options.MaxSwapPasses, Options.MaxDegreeOfParallelism, cancellationToken);
        var medoidRows = data.SelectRows(medoids).Values;
        return new KMedoidsModel(Options.Distance, data.Cols, labels, medoids, medoidRows, cost, swaps);
    }
}
