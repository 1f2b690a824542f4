namespace CustomerAtlas.Core.Graphs;

/// <summary>
/// Union-find over <c>0..n-1</c> with path halving and union by size (equal sizes: the smaller
/// root wins, so the structure evolves identically on every run).
/// </summary>
internal sealed class DisjointSets
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public DisjointSets(int n)
    {
        _parent = new int[n];
        _size = new int[n];
        for (int i = 0; i < n; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }

        SetCount = n;
    }

    /// <summary>Number of disjoint sets.</summary>
    public int SetCount { get; private set; }

    public int Find(int x) => FindRoot(_parent, x);

    /// <summary>Root of <paramref name="x"/> in a parent array, halving the path on the way.</summary>
    public static int FindRoot(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    public int SizeOf(int x) => _size[Find(x)];

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>; false when already joined.</summary>
    public bool Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b)
        {
            return false;
        }

        if (_size[a] < _size[b] || (_size[a] == _size[b] && b < a))
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        _size[a] += _size[b];
        SetCount--;
        return true;
    }
}
