using System.Text.Json.Serialization;

namespace CustomerAtlas.Core.Clustering.Hdbscan;

/// <summary>
/// HDBSCAN's condensed cluster tree. Row <c>r</c> says that <c>Child[r]</c> leaves cluster
/// <c>Parent[r]</c> at density <c>Lambda[r]</c> = 1 / mutual-reachability distance, carrying
/// <c>ChildSize[r]</c> points. A child below <see cref="PointCount"/> is a point falling out
/// of its cluster; otherwise it is a cluster (ids from <see cref="RootCluster"/> = n upwards,
/// a child always numbered after its parent) born from a split into two parts of at least
/// the minimum cluster size.
/// </summary>
public sealed class CondensedTree
{
    /// <summary>Creates a tree (used by the builder and by deserialisation).</summary>
    [JsonConstructor]
    public CondensedTree(int pointCount, IReadOnlyList<int> parent, IReadOnlyList<int> child, IReadOnlyList<double> lambda, IReadOnlyList<int> childSize)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(lambda);
        ArgumentNullException.ThrowIfNull(childSize);
        if (child.Count != parent.Count || lambda.Count != parent.Count || childSize.Count != parent.Count)
        {
            throw new ArgumentException("The condensed tree columns differ in length.", nameof(parent));
        }

        PointCount = pointCount;
        Parent = parent;
        Child = child;
        Lambda = lambda;
        ChildSize = childSize;
        int maxCluster = pointCount;
        foreach (int c in child)
        {
            maxCluster = Math.Max(maxCluster, c);
        }

        ClusterCount = maxCluster - pointCount + 1;
    }

    /// <summary>Number of points (n).</summary>
    public int PointCount { get; }

    /// <summary>Cluster a row's child leaves.</summary>
    public IReadOnlyList<int> Parent { get; }

    /// <summary>The point (&lt; n) or cluster (≥ n) leaving.</summary>
    public IReadOnlyList<int> Child { get; }

    /// <summary>Density at which it leaves (1 / distance; +∞ for distance 0).</summary>
    public IReadOnlyList<double> Lambda { get; }

    /// <summary>Points carried by the child.</summary>
    public IReadOnlyList<int> ChildSize { get; }

    /// <summary>Id of the root cluster (= <see cref="PointCount"/>).</summary>
    [JsonIgnore]
    public int RootCluster => PointCount;

    /// <summary>Number of clusters in the tree, the root included.</summary>
    [JsonIgnore]
    public int ClusterCount { get; }

    /// <summary>Condenses a single-linkage tree: splits smaller than <paramref name="minClusterSize"/> are points falling out.</summary>
    internal static CondensedTree Build(SingleLinkageTree tree, int minClusterSize)
    {
        int n = tree.PointCount;
        var parent = new List<int>();
        var child = new List<int>();
        var lambda = new List<double>();
        var childSize = new List<int>();
        if (n == 1)
        {
            return new CondensedTree(1, [n], [0], [double.PositiveInfinity], [1]);
        }

        int root = tree.Root;
        var relabel = new int[root + 1];
        var ignore = new bool[root + 1];
        relabel[root] = n;
        int nextLabel = n + 1;
        var subtree = new List<int>();

        void Row(int p, int c, double l, int s)
        {
            parent.Add(p);
            child.Add(c);
            lambda.Add(l);
            childSize.Add(s);
        }

        void PointsFallOut(int node, int cluster, double l)
        {
            BreadthFirst(tree, node, subtree);
            foreach (int sub in subtree)
            {
                if (sub < n)
                {
                    Row(cluster, sub, l, 1);
                }

                ignore[sub] = true;
            }
        }

        var order = new List<int>();
        BreadthFirst(tree, root, order);
        foreach (int node in order)
        {
            if (node < n || ignore[node])
            {
                continue;
            }

            int m = node - n;
            int left = tree.Left[m];
            int right = tree.Right[m];
            double d = tree.Distance[m];
            double l = d > 0 ? 1.0 / d : double.PositiveInfinity;
            int leftCount = tree.SizeOf(left);
            int rightCount = tree.SizeOf(right);
            int cluster = relabel[node];
            bool leftBig = leftCount >= minClusterSize;
            bool rightBig = rightCount >= minClusterSize;
            if (leftBig && rightBig)
            {
                relabel[left] = nextLabel++;
                Row(cluster, relabel[left], l, leftCount);
                relabel[right] = nextLabel++;
                Row(cluster, relabel[right], l, rightCount);
            }
            else if (!leftBig && !rightBig)
            {
                PointsFallOut(left, cluster, l);
                PointsFallOut(right, cluster, l);
            }
            else if (!leftBig)
            {
                relabel[right] = cluster;
                PointsFallOut(left, cluster, l);
            }
            else
            {
                relabel[left] = cluster;
                PointsFallOut(right, cluster, l);
            }
        }

        return new CondensedTree(n, parent, child, lambda, childSize);
    }

    private static void BreadthFirst(SingleLinkageTree tree, int start, List<int> result)
    {
        result.Clear();
        result.Add(start);
        for (int head = 0; head < result.Count; head++)
        {
            int node = result[head];
            if (node >= tree.PointCount)
            {
                result.Add(tree.Left[node - tree.PointCount]);
                result.Add(tree.Right[node - tree.PointCount]);
            }
        }
    }
}
