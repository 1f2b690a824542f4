using System.Runtime.CompilerServices;

namespace CustomerAtlas.Core.Neighbors;

/// <summary>
/// Squared Euclidean distances between points and axis-aligned boxes (given by their lower and upper
/// corners): the pruning bounds of every spatial search (k-d tree nodes, DBSCAN grid cells).
/// </summary>
internal static class BoxDistances
{
    /// <summary>
    /// Smallest and largest squared distance from <paramref name="point"/> to the box
    /// [<paramref name="lower"/>, <paramref name="upper"/>], in one pass over the bounds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (double Min, double Max) PointToBox(ReadOnlySpan<double> point, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        double min = 0;
        double max = 0;
        for (int j = 0; j < point.Length; j++)
        {
            double below = lower[j] - point[j];
            double above = point[j] - upper[j];
            // Branch-free: at most one of the two gaps is positive; the farther face is the larger of their negations.
            double gap = Math.Max(below, 0) + Math.Max(above, 0);
            double far = Math.Max(-below, -above);
            min += gap * gap;
            max += far * far;
        }

        return (min, max);
    }

    /// <summary>Smallest squared distance from <paramref name="point"/> to the box (0 inside it): the bound nearest-neighbour searches need.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double PointToBoxMin(ReadOnlySpan<double> point, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        double min = 0;
        for (int j = 0; j < point.Length; j++)
        {
            double gap = Math.Max(lower[j] - point[j], 0) + Math.Max(point[j] - upper[j], 0);
            min += gap * gap;
        }

        return min;
    }

    /// <summary>Smallest squared distance between a point of box A and a point of box B (0 when they overlap).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double BoxToBoxMin(
        ReadOnlySpan<double> lowerA, ReadOnlySpan<double> upperA, ReadOnlySpan<double> lowerB, ReadOnlySpan<double> upperB)
    {
        double min = 0;
        for (int j = 0; j < lowerA.Length; j++)
        {
            double gap = Math.Max(lowerB[j] - upperA[j], 0) + Math.Max(lowerA[j] - upperB[j], 0);
            min += gap * gap;
        }

        return min;
    }
}
