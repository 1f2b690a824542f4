using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>
/// Hierarchical agglomerative clustering (ward, complete, average, single). Builds the whole
/// dendrogram, exposed on the model, and cuts it at <see cref="AgglomerativeOptions.ClusterCount"/>.
/// Memory: ward O(n·d) (nearest-neighbour chain on centroids), single O(n) (Prim's spanning
/// tree), complete and average O(n²) float32 (limited to <see cref="AgglomerativeOptions.MaxMatrixRows"/> rows).
/// </summary>
public sealed class AgglomerativeClusterer : IClusterer
{
    /// <summary>Creates the clusterer; options are validated when fitting.</summary>
    public AgglomerativeClusterer(AgglomerativeOptions? options = null) => Options = options ?? new AgglomerativeOptions();

    /// <summary>The options.</summary>
    public AgglomerativeOptions Options { get; }

    /// <inheritdoc/>
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Builds the dendrogram of <paramref name="data"/> and cuts it.</summary>
    public AgglomerativeModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data);
        DataChecks.EnsureClusterCount(data.Rows, Options.ClusterCount, nameof(AgglomerativeOptions.ClusterCount));

        if (Options.Linkage is Linkage.Complete or Linkage.Average && data.Rows > AgglomerativeOptions.MaxMatrixRows)
        {
            throw new ArgumentException(
                $"{Options.Linkage} linkage keeps an n×n distance matrix and is limited to {AgglomerativeOptions.MaxMatrixRows} rows (got {data.Rows}); use ward or single linkage, or a sample.",
                nameof(data));
        }

        var distance = Distance.For(Options.Metric);
        int dop = Options.MaxDegreeOfParallelism;
        var raw = Options.Linkage switch
        {
            Linkage.Ward => WardChain.Run(data, dop, cancellationToken),
            Linkage.Single => SingleLinkageTree.Run(data, distance, dop, cancellationToken),
            _ => MatrixChain.Run(data, Options.Linkage, distance, dop, cancellationToken),
        };
        var merges = raw.ToDendrogram();
        var labels = DendrogramCut.Labels(merges, data.Rows, Options.ClusterCount);
        return new AgglomerativeModel(Options.Linkage, Options.Metric, data.Cols, labels, merges, Centroids.Of(data, labels, Options.ClusterCount));
    }
}
