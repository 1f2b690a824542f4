using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// Density-Based Clustering Validation, DBCV (Moulavi, Jaskowiak, Campello, Zimek &amp; Sander 2014):
/// an internal index for density-shaped clusters and noise, where centroid indices (silhouette,
/// Calinski–Harabasz) favour convex blobs. Within each cluster, every point gets an all-points
/// core distance (an inverse-distance power mean over its cluster), distances become mutual
/// reachability, and the cluster's minimum spanning tree gives its density sparseness (its
/// heaviest internal edge). The separation of two clusters is the smallest mutual-reachability
/// distance between their internal MST nodes. A cluster scores (separation − sparseness) /
/// max(both); the index is the size-weighted mean over clusters with noise rows counted in the
/// total, in [−1, 1], higher is better. Labels below 0 are noise; singleton clusters count as noise.
/// O(n²) time: above <c>maxRows</c> rows it is computed on a seeded uniform sample.
/// </summary>
public static class DensityBasedValidity
{
    /// <summary>Default row cap beyond which a seeded sample is scored (O(n²) work on at most this many rows).</summary>
    public const int DefaultMaxRows = 4000;

    /// <summary>DBCV of <paramref name="labels"/> on <paramref name="data"/> (Euclidean); 0 when fewer than two clusters remain.</summary>
    /// <param name="data">The rows.</param>
    /// <param name="labels">Cluster of each row (negative = noise).</param>
    /// <param name="maxRows">Score a seeded sample of this many rows when there are more.</param>
    /// <param name="seed">Seed of the sample (default <see cref="Seeds.Default"/>).</param>
    /// <param name="maxDegreeOfParallelism">Threads to use; -1 = all cores. The result does not depend on it.</param>
    public static double Score(
        Matrix<double> data, IReadOnlyList<int> labels, int maxRows = DefaultMaxRows, int? seed = null, int maxDegreeOfParallelism = -1)
    {
        DataChecks.EnsureUsable(data, nameof(data));
        ArgumentNullException.ThrowIfNull(labels);
        new ParameterErrors()
            .Require(labels.Count == data.Rows, nameof(labels), $"has {labels.Count} entries for {data.Rows} rows.")
            .Require(maxRows >= 2, nameof(maxRows), $"must be at least 2 (got {maxRows}).")
            .Require(ParallelismCheck.IsValid(maxDegreeOfParallelism), nameof(maxDegreeOfParallelism), "must be -1 (all cores) or at least 1.")
            .ThrowIfAny();
        if (data.Rows <= maxRows)
        {
            return ScoreAll(data, [.. labels], maxDegreeOfParallelism);
        }

        var rng = Seeds.Create(seed);
        var rows = Enumerable.Range(0, data.Rows).ToArray();
        for (int i = 0; i < maxRows; i++)
        {
            int j = rng.Next(i, rows.Length);
            (rows[i], rows[j]) = (rows[j], rows[i]);
        }

        var sample = rows[..maxRows];
        Array.Sort(sample);
        return ScoreAll(data.SelectRows(sample), [.. sample.Select(r => labels[r])], maxDegreeOfParallelism);
    }

    private static double ScoreAll(Matrix<double> data, int[] labels, int maxDegreeOfParallelism)
    {
        var members = labels.Select((label, row) => (label, row)).Where(p => p.label >= 0)
            .GroupBy(p => p.label).Where(g => g.Count() >= 2).OrderBy(g => g.Key)
            .Select(g => g.Select(p => p.row).ToArray()).ToArray();
        if (members.Length < 2)
        {
            return 0;
        }

        var core2 = new double[data.Rows];
        var sparseness = new double[members.Length];
        var internalNodes = new int[members.Length][];
        for (int c = 0; c < members.Length; c++)
        {
            var cluster = data.SelectRows(members[c]);
            var clusterCore2 = AllPointsCoreDistances(cluster, maxDegreeOfParallelism);
            for (int i = 0; i < clusterCore2.Length; i++)
            {
                core2[members[c][i]] = clusterCore2[i];
            }

            var mst = PrimSpanningTree.Build(cluster, clusterCore2, maxDegreeOfParallelism, CancellationToken.None);
            (sparseness[c], var inner) = InternalStructure(mst);
            internalNodes[c] = [.. inner.Select(i => members[c][i])];
        }

        var separation = Separations(data, core2, internalNodes, maxDegreeOfParallelism);
        double score = 0;
        for (int c = 0; c < members.Length; c++)
        {
            double nearest = double.PositiveInfinity;
            for (int other = 0; other < members.Length; other++)
            {
                if (other != c)
                {
                    nearest = Math.Min(nearest, separation[(c * members.Length) + other]);
                }
            }

            double denominator = Math.Max(nearest, sparseness[c]);
            double validity = denominator > 0 ? (nearest - sparseness[c]) / denominator : 0;
            score += validity * members[c].Length / data.Rows;
        }

        return score;
    }

    /// <summary>
    /// Squared all-points core distance of every row within its cluster:
    /// (mean over the other rows of (1/d)^D)^(−1/D), computed in log space for large D.
    /// </summary>
    private static double[] AllPointsCoreDistances(Matrix<double> cluster, int maxDegreeOfParallelism)
    {
        int m = cluster.Rows;
        double dims = cluster.Cols;
        var core2 = new double[m];
        var blocks = RowBlocks.OfSize(m, 64);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            for (int i = blocks.Start(b); i < blocks.Start(b) + blocks.Length(b); i++)
            {
                // log((1/d)^D) = -D/2 · log(d²); log-sum-exp over the others in row order.
                double max = double.NegativeInfinity;
                for (int j = 0; j < m; j++)
                {
                    if (j != i)
                    {
                        max = Math.Max(max, -0.5 * dims * Math.Log(SimdMath.SquaredDistance(cluster.RowReadOnly(i), cluster.RowReadOnly(j))));
                    }
                }

                if (double.IsPositiveInfinity(max))
                {
                    core2[i] = 0;
                    continue;
                }

                double sum = 0;
                for (int j = 0; j < m; j++)
                {
                    if (j != i)
                    {
                        sum += Math.Exp((-0.5 * dims * Math.Log(SimdMath.SquaredDistance(cluster.RowReadOnly(i), cluster.RowReadOnly(j)))) - max);
                    }
                }

                double meanLog = max + Math.Log(sum) - Math.Log(m - 1);
                core2[i] = Math.Exp(-2 * meanLog / dims);
            }
        });
        return core2;
    }

    /// <summary>The heaviest edge between internal MST nodes (degree ≥ 2), and those nodes; all edges/nodes when none are internal.</summary>
    private static (double Sparseness, int[] Nodes) InternalStructure(SpanningTree mst)
    {
        var degree = new int[mst.PointCount];
        for (int e = 0; e < mst.EdgeCount; e++)
        {
            degree[mst.From[e]]++;
            degree[mst.To[e]]++;
        }

        var nodes = Enumerable.Range(0, mst.PointCount).Where(v => degree[v] >= 2).ToArray();
        double heaviestInternal = double.NegativeInfinity;
        double heaviest = 0;
        for (int e = 0; e < mst.EdgeCount; e++)
        {
            heaviest = Math.Max(heaviest, mst.Weight[e]);
            if (degree[mst.From[e]] >= 2 && degree[mst.To[e]] >= 2)
            {
                heaviestInternal = Math.Max(heaviestInternal, mst.Weight[e]);
            }
        }

        return (double.IsNegativeInfinity(heaviestInternal) ? heaviest : heaviestInternal,
            nodes.Length > 0 ? nodes : [.. Enumerable.Range(0, mst.PointCount)]);
    }

    /// <summary>Smallest mutual-reachability distance between the internal nodes of every pair of clusters (row-major C×C).</summary>
    private static double[] Separations(Matrix<double> data, double[] core2, int[][] internalNodes, int maxDegreeOfParallelism)
    {
        int clusters = internalNodes.Length;
        var owner = internalNodes.SelectMany((nodes, c) => nodes.Select(row => (row, c))).ToArray();
        var nearest = new double[owner.Length * clusters];
        var blocks = RowBlocks.OfSize(owner.Length, 64);
        BlockParallel.For(blocks, maxDegreeOfParallelism, b =>
        {
            for (int i = blocks.Start(b); i < blocks.Start(b) + blocks.Length(b); i++)
            {
                var (row, c) = owner[i];
                var x = data.RowReadOnly(row);
                for (int other = 0; other < clusters; other++)
                {
                    double best = double.PositiveInfinity;
                    if (other != c)
                    {
                        foreach (int q in internalNodes[other])
                        {
                            best = Math.Min(best, Math.Max(SimdMath.SquaredDistance(x, data.RowReadOnly(q)), Math.Max(core2[row], core2[q])));
                        }
                    }

                    nearest[(i * clusters) + other] = best;
                }
            }
        });

        var separation = new double[clusters * clusters];
        Array.Fill(separation, double.PositiveInfinity);
        for (int i = 0; i < owner.Length; i++)
        {
            int c = owner[i].c;
            for (int other = 0; other < clusters; other++)
            {
                double d = Math.Sqrt(nearest[(i * clusters) + other]);
                separation[(c * clusters) + other] = Math.Min(separation[(c * clusters) + other], d);
                separation[(other * clusters) + c] = Math.Min(separation[(other * clusters) + c], d);
            }
        }

        return separation;
    }
}
