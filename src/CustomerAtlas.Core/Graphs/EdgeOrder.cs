using System.Runtime.CompilerServices;

namespace CustomerAtlas.Core.Graphs;

/// <summary>
/// The strict total order on edges used by every spanning-tree builder: by weight, then by
/// the smaller endpoint, then by the larger one. With it the minimum spanning tree is unique,
/// so Borůvka and Prim return the same edges and ties never depend on scheduling.
/// </summary>
internal static class EdgeOrder
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Precedes(double w1, int a1, int b1, double w2, int a2, int b2)
    {
        if (w1 != w2)
        {
            return w1 < w2;
        }

        int lo1 = Math.Min(a1, b1);
        int lo2 = Math.Min(a2, b2);
        if (lo1 != lo2)
        {
            return lo1 < lo2;
        }

        return Math.Max(a1, b1) < Math.Max(a2, b2);
    }
}
