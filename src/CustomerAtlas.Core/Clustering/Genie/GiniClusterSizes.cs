using CustomerAtlas.Core.Graphs;

namespace CustomerAtlas.Core.Clustering.Genie;

/// <summary>
/// Union-find over n points that also tracks the multiset of cluster sizes (a sorted list of the
/// distinct sizes with their counts) and the normalised Gini index of the sizes,
/// <c>Σ_{i&lt;j} |c_i − c_j| / ((k − 1) Σ c_i)</c>, recomputed after every merge in O(number of
/// distinct sizes) = O(√n). The pair sum is accumulated in integers, so it is exact.
/// </summary>
internal sealed class GiniClusterSizes
{
    private readonly int[] _parent;
    private readonly int[] _size;
    private readonly int[] _clustersOfSize;
    private readonly int[] _nextSize;
    private readonly int[] _previousSize;
    private readonly int _tail;

    public GiniClusterSizes(int n)
    {
        PointCount = n;
        ClusterCount = n;
        _parent = new int[n];
        _size = new int[n];
        for (int i = 0; i < n; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }

        // Sizes 1..n live in a doubly linked list between sentinels 0 and n + 1.
        _tail = n + 1;
        _clustersOfSize = new int[n + 2];
        _nextSize = new int[n + 2];
        _previousSize = new int[n + 2];
        _nextSize[0] = _tail;
        _previousSize[_tail] = 0;
        if (n > 0)
        {
            InsertSize(1);
            _clustersOfSize[1] = n;
        }
    }

    public int PointCount { get; }

    public int ClusterCount { get; private set; }

    /// <summary>Normalised Gini index of the current cluster sizes (0 when all are equal).</summary>
    public double Gini { get; private set; }

    /// <summary>Size of the smallest current cluster.</summary>
    public int SmallestSize => _nextSize[0];

    public int Find(int x) => DisjointSets.FindRoot(_parent, x);

    public int SizeOf(int x) => _size[Find(x)];

    /// <summary>Merges the clusters of <paramref name="a"/> and <paramref name="b"/> (must differ).</summary>
    public void Merge(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b)
        {
            throw new InvalidOperationException("Both points are already in one cluster.");
        }

        if (b < a)
        {
            (a, b) = (b, a);
        }

        int sizeA = _size[a];
        int sizeB = _size[b];
        _parent[b] = a;
        _size[a] = sizeA + sizeB;
        _size[b] = 0;
        ClusterCount--;
        RemoveOne(sizeA);
        RemoveOne(sizeB);
        AddOne(sizeA + sizeB);
        Gini = ComputeGini();
    }

    private double ComputeGini()
    {
        int k = ClusterCount;
        if (k <= 1)
        {
            return 0;
        }

        // Walking sizes upwards, each gap (v - w) separates `below` clusters from k - below ones.
        long pairSum = 0;
        long below = 0;
        int w = _nextSize[0];
        for (int v = _nextSize[w]; v != _tail; w = v, v = _nextSize[v])
        {
            below += _clustersOfSize[w];
            pairSum += (v - w) * below * (k - below);
        }

        return Math.Clamp(pairSum / (PointCount * (k - 1.0)), 0.0, 1.0);
    }

    private void RemoveOne(int size)
    {
        if (--_clustersOfSize[size] == 0)
        {
            _nextSize[_previousSize[size]] = _nextSize[size];
            _previousSize[_nextSize[size]] = _previousSize[size];
        }
    }

    private void AddOne(int size)
    {
        if (_clustersOfSize[size]++ == 0)
        {
            InsertSize(size);
        }
    }

    private void InsertSize(int size)
    {
        int before = 0;
        while (_nextSize[before] < size)
        {
            before = _nextSize[before];
        }

        int after = _nextSize[before];
        _nextSize[before] = size;
        _previousSize[size] = before;
        _nextSize[size] = after;
        _previousSize[after] = size;
    }
}
