namespace CustomerAtlas.Core.Clustering.Agglomerative;

/// <summary>Root lookup with path halving over a parent array.</summary>
internal static class UnionFind
{
    public static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }
}
