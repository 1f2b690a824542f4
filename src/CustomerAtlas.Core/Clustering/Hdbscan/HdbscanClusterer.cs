using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>
/// HDBSCAN (Campello, Moulavi &amp; Sander 2013; McInnes &amp; Healy 2017): the minimum spanning
/// tree under mutual-reachability distance, its single-linkage hierarchy condensed by the
/// minimum cluster size, and flat clusters chosen by excess of mass (or leaves). Finds clusters
/// of varying density and labels sparse points as noise. Deterministic (no randomness; ties by index).
/// </summary>
public sealed class HdbscanClusterer(HdbscanOptions? options = null) : IClusterer
{
    /// <summary>The options in use.</summary>
    public HdbscanOptions Options { get; } = options ?? new HdbscanOptions();

    /// <summary>Fits HDBSCAN to <paramref name="data"/>.</summary>
    public HdbscanModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        DataChecks.EnsureUsable(data, nameof(data));
        int minSamples = Options.EffectiveMinSamples;
        if (minSamples > data.Rows)
        {
            throw new ArgumentException(
                $"MinSamples: must not exceed the row count {data.Rows} (got {minSamples}).", nameof(HdbscanOptions.MinSamples));
        }

        var (mst, core2) = MinimumSpanningTrees.MutualReachabilitySquared(
            data, minSamples, Options.SpanningTree, Options.MaxDegreeOfParallelism, cancellationToken);
        var condensed = CondensedTree.Build(SingleLinkageTree.FromSpanningTree(mst), Options.MinClusterSize);
        var index = new CondensedTreeIndex(condensed);
        var selected = ClusterSelection.Select(index, index.Stability(condensed), Options.ClusterSelection, Options.AllowSingleCluster);
        var selectedIds = new List<int>();
        for (int c = 0; c < selected.Length; c++)
        {
            if (selected[c])
            {
                selectedIds.Add(c + data.Rows);
            }
        }

        var labelling = new HdbscanLabelling(condensed, selectedIds);
        return new HdbscanModel(
            data.Cols,
            labelling.Labels(),
            labelling.Probabilities(),
            labelling.OutlierScores(),
            condensed,
            selectedIds,
            data.Values.ToArray(),
            core2,
            minSamples);
    }

    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);
}
