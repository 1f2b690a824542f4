using System.Runtime.CompilerServices;

namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// Squared Euclidean distance between two equal-length spans. The spatial indexes, spanning
/// trees and density methods all compare squared distances so that every component orders
/// candidate pairs identically (a square root is taken only when a distance is reported).
/// </summary>
public static class SquaredEuclidean
{
    /// <summary>Sum of squared coordinate differences of <paramref name="a"/> and <paramref name="b"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Distance(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s0 = 0;
        double s1 = 0;
        int i = 0;
        for (; i + 1 < a.Length; i += 2)
        {
            double d0 = a[i] - b[i];
            double d1 = a[i + 1] - b[i + 1];
            s0 += d0 * d0;
            s1 += d1 * d1;
        }

        if (i < a.Length)
        {
            double d = a[i] - b[i];
            s0 += d * d;
        }

        return s0 + s1;
    }
}
