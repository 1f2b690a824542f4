namespace CustomerAtlas.Core.Clustering.Dbscan;

/// <summary>
/// Union-find over <c>0..n-1</c> that several threads may update at once without locks: a root is
/// linked under another by compare-and-swap (retried when another thread moved it first), always the
/// larger index under the smaller, so links cannot form a cycle. The sets reached are the same for
/// every interleaving of the same unions (the partition is what the unions define); only the tree
/// shapes differ, which is why callers number sets by their smallest member, never by their root.
/// </summary>
internal sealed class ConcurrentDisjointSets
{
    private readonly int[] _parent;

    /// <summary>Every element in its own set.</summary>
    public ConcurrentDisjointSets(int n)
    {
        _parent = new int[n];
        for (int i = 0; i < n; i++)
        {
            _parent[i] = i;
        }
    }

    /// <summary>
    /// Puts every element of [<paramref name="start"/>, <paramref name="end"/>) in the set of
    /// <paramref name="start"/>; only before any concurrent use, on elements still in their own sets.
    /// </summary>
    public void JoinRange(int start, int end)
    {
        for (int i = start + 1; i < end; i++)
        {
            _parent[i] = start;
        }
    }

    /// <summary>Root of <paramref name="x"/>'s set, halving the path on the way.</summary>
    public int Find(int x)
    {
        while (true)
        {
            int parent = Volatile.Read(ref _parent[x]);
            if (parent == x)
            {
                return x;
            }

            int grandparent = Volatile.Read(ref _parent[parent]);
            if (grandparent != parent)
            {
                // Only non-roots are shortened, and only to an ancestor, so a lost race leaves a valid path.
                Interlocked.CompareExchange(ref _parent[x], grandparent, parent);
            }

            x = grandparent;
        }
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are in one set now (a later union may still join them).</summary>
    public bool Same(int a, int b) => Find(a) == Find(b);

    /// <summary>Joins the sets of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void Union(int a, int b)
    {
        while (true)
        {
            a = Find(a);
            b = Find(b);
            if (a == b)
            {
                return;
            }

            if (a > b)
            {
                (a, b) = (b, a);
            }

            if (Interlocked.CompareExchange(ref _parent[b], a, b) == b)
            {
                return;
            }
        }
    }
}
