using System.Numerics;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KMeans;

/// <summary>
/// One assignment pass fused with the centroid update: each block assigns its tiles and, while the tile
/// is still in cache, adds its rows into that block's own weighted sums; the block sums are then
/// combined in block order.
/// </summary>
internal sealed class CentroidSums<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly KMeansProblem<T> _problem;
    private readonly int _k;
    private readonly double[] _blockSums;
    private readonly double[] _blockWeights;
    private readonly long[] _blockChanged;
    private readonly TileScratch<T>?[] _blockScratch;

    public CentroidSums(KMeansProblem<T> problem, int k)
    {
        _problem = problem;
        _k = k;
        _blockSums = new double[problem.Blocks.Count * k * problem.Cols];
        _blockWeights = new double[problem.Blocks.Count * k];
        _blockChanged = new long[problem.Blocks.Count];
        _blockScratch = new TileScratch<T>?[problem.Blocks.Count];
        Sums = new double[k * problem.Cols];
        ClusterWeights = new double[k];
    }

    /// <summary>Weighted sum of the rows of each cluster, k × d.</summary>
    public double[] Sums { get; }

    /// <summary>Total weight of each cluster.</summary>
    public double[] ClusterWeights { get; }

    /// <summary>Labels that changed in the last pass.</summary>
    public long Changed { get; private set; }

    /// <summary>Assigns every row with <paramref name="assigner"/> and accumulates the cluster sums.</summary>
    public void AssignAndSum(ITileAssigner<T> assigner, CentroidPanel<T> panel, int[] labels)
    {
        int d = _problem.Cols;
        assigner.BeginPass(panel);
        _problem.ForEachBlock(b =>
        {
            var sums = _blockSums.AsSpan(b * _k * d, _k * d);
            var weights = _blockWeights.AsSpan(b * _k, _k);
            sums.Clear();
            weights.Clear();
            // One scratch per block for the whole fit: passes allocate nothing, so the GC's young
            // generation stays small (it counts in peak memory on multi-million-row fits).
            var scratch = _blockScratch[b] ??= new TileScratch<T>(panel.PaddedCount, d);
            long changed = 0;
            int end = _problem.Blocks.Start(b) + _problem.Blocks.Length(b);
            for (int start = _problem.Blocks.Start(b); start < end; start += DistanceTile.TileRows)
            {
                int count = Math.Min(DistanceTile.TileRows, end - start);
                changed += assigner.AssignTile(start, count, panel, scratch);
                for (int i = start; i < start + count; i++)
                {
                    int label = labels[i];
                    double w = _problem.Weight(i);
                    SimdMath.AddScaledToDouble(_problem.RowRange(i, 1), w, sums.Slice(label * d, d));
                    weights[label] += w;
                }
            }

            _blockChanged[b] = changed;
        });

        BlockParallel.SumInBlockOrder(_blockSums, _problem.Blocks.Count, _k * d, Sums);
        BlockParallel.SumInBlockOrder(_blockWeights, _problem.Blocks.Count, _k, ClusterWeights);
        Changed = _blockChanged.Sum();
    }
}
