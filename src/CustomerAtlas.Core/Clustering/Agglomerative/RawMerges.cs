namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>
/// Merges as the merge algorithms find them: each names one training row of either cluster
/// and the height, in discovery order (not yet sorted or relabelled).
/// </summary>
internal sealed class RawMerges
{
    private readonly int[] _a;
    private readonly int[] _b;
    private readonly double[] _height;

    public RawMerges(int rows)
    {
        Rows = rows;
        int count = Math.Max(rows - 1, 0);
        _a = new int[count];
        _b = new int[count];
        _height = new double[count];
    }

    public int Rows { get; }

    public int Count { get; private set; }

    public void Add(int memberOfA, int memberOfB, double height)
    {
        _a[Count] = memberOfA;
        _b[Count] = memberOfB;
        _height[Count] = height;
        Count++;
    }

    /// <summary>
    /// Sorts the merges by height (stable, so equal heights keep discovery order) and names
    /// clusters the scipy way: rows are 0..n-1, merge i creates n + i.
    /// </summary>
    public DendrogramMerge[] ToDendrogram()
    {
        var order = Enumerable.Range(0, Count).ToArray();
        var keys = _height.AsSpan(0, Count).ToArray();
        Array.Sort(keys, order);
        // Array.Sort is unstable; restore discovery order among equal heights.
        int start = 0;
        while (start < Count)
        {
            int end = start + 1;
            while (end < Count && keys[end] == keys[start])
            {
                end++;
            }

            Array.Sort(order, start, end - start);
            start = end;
        }

        var parent = new int[(2 * Rows) - 1];
        var size = new int[(2 * Rows) - 1];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
            size[i] = 1;
        }

        var merges = new DendrogramMerge[Count];
        for (int i = 0; i < Count; i++)
        {
            int m = order[i];
            int x = UnionFind.Find(parent, _a[m]);
            int y = UnionFind.Find(parent, _b[m]);
            int created = Rows + i;
            parent[x] = created;
            parent[y] = created;
            size[created] = size[x] + size[y];
            merges[i] = new DendrogramMerge(Math.Min(x, y), Math.Max(x, y), _height[m], size[created]);
        }

        return merges;
    }
}
