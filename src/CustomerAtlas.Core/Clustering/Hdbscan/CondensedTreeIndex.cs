namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>
/// Lookup tables over a <see cref="CondensedTree"/>: where each point falls out and at what
/// density, each cluster's parent, birth density and largest finite density of its direct rows.
/// Clusters are indexed from 0 (= the root) by <c>id − n</c>.
/// </summary>
internal sealed class CondensedTreeIndex
{
    public CondensedTreeIndex(CondensedTree tree)
    {
        int n = tree.PointCount;
        int clusters = tree.ClusterCount;
        PointCluster = new int[n];
        PointLambda = new double[n];
        ClusterParent = new int[clusters];
        ClusterBirth = new double[clusters];
        MaxLambda = new double[clusters];
        ClusterParent[0] = -1;
        for (int r = 0; r < tree.Parent.Count; r++)
        {
            int p = tree.Parent[r] - n;
            int c = tree.Child[r];
            double l = tree.Lambda[r];
            if (c < n)
            {
                PointCluster[c] = p;
                PointLambda[c] = l;
            }
            else
            {
                ClusterParent[c - n] = p;
                ClusterBirth[c - n] = l;
            }

            if (double.IsFinite(l) && l > MaxLambda[p])
            {
                MaxLambda[p] = l;
            }
        }
    }

    /// <summary>Cluster index each point falls out of.</summary>
    public int[] PointCluster { get; }

    /// <summary>Density at which each point falls out.</summary>
    public double[] PointLambda { get; }

    /// <summary>Parent cluster index (-1 for the root).</summary>
    public int[] ClusterParent { get; }

    /// <summary>Density at which each cluster is born (0 for the root).</summary>
    public double[] ClusterBirth { get; }

    /// <summary>Largest finite density among the rows whose parent is the cluster (its "death").</summary>
    public double[] MaxLambda { get; }

    public int ClusterCount => ClusterParent.Length;

    /// <summary>
    /// Stability of each cluster: Σ over its rows of (λ − birth) × size (Campello et al. 2013).
    /// Rows at infinite density (duplicate points) count as infinitely stable.
    /// </summary>
    public double[] Stability(CondensedTree tree)
    {
        var stability = new double[ClusterCount];
        int n = tree.PointCount;
        for (int r = 0; r < tree.Parent.Count; r++)
        {
            int p = tree.Parent[r] - n;
            double excess = tree.Lambda[r] == ClusterBirth[p] ? 0 : tree.Lambda[r] - ClusterBirth[p];
            stability[p] += excess * tree.ChildSize[r];
        }

        return stability;
    }

    /// <summary>For each cluster, the nearest selected cluster at or above it (-1 when none).</summary>
    public int[] SelectedAncestor(bool[] selected)
    {
        // Parents are numbered before their children, so one forward sweep suffices.
        var result = new int[ClusterCount];
        for (int c = 0; c < ClusterCount; c++)
        {
            result[c] = selected[c] ? c : ClusterParent[c] >= 0 ? result[ClusterParent[c]] : -1;
        }

        return result;
    }
}
