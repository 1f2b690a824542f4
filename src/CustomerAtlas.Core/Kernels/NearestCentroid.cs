using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// Picks each row's nearest centroid from a <see cref="DistanceTile"/> result so that the answer is the
/// argmin of the direct distance Σ(x−c)² (lowest index on exact ties) — not of the expanded form,
/// whose rounding error could flip near-ties. Any centroid within twice the expanded form's error bound
/// of the best is a candidate; when there is more than one, the candidates are re-measured directly.
/// This makes labels independent of how distances were batched (Lloyd vs Hamerly, tile shapes).
/// </summary>
public static class NearestCentroid
{
    /// <summary>The result for one row.</summary>
    /// <param name="Label">Index of the nearest centroid.</param>
    /// <param name="SecondLowerBound">A lower bound on the squared distance to any other centroid.</param>
    public readonly record struct Choice(int Label, double SecondLowerBound);

    /// <summary>
    /// Bound on the absolute error of the expanded squared distance for a row of squared norm
    /// <paramref name="rowNorm"/>: a generous multiple of (d + 4)·ε·(‖x‖² + max‖c‖²).
    /// </summary>
    public static double ErrorBound<T>(double rowNorm, CentroidPanel<T> panel)
        where T : unmanaged, IFloatingPointIeee754<T>
        => 2 * (panel.Dimension + 4) * Precision<T>.Epsilon * (rowNorm + panel.MaxNorm);

    /// <summary>Chooses the nearest centroid for row <paramref name="x"/> given its expanded distances (padded to whole vectors).</summary>
    public static Choice Choose<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> distances, T rowNorm, CentroidPanel<T> panel)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Smallest and second-smallest expanded distance, vectorized: padding entries are +∞.
        var (best, bestValue, secondValue) = TwoSmallest(distances, panel.PaddedCount);

        double slack = ErrorBound(Widen.ToDouble(rowNorm), panel);
        double bestD = Widen.ToDouble(bestValue);
        double secondD = Widen.ToDouble(secondValue);
        if (secondD - bestD > 2 * slack)
        {
            return new Choice(best, Math.Max(0, secondD - slack));
        }

        return ResolveNearTie(x, distances, panel, bestD + (2 * slack), slack);
    }

    /// <summary>
    /// Index (lowest on ties) and value of the smallest of the first <paramref name="count"/> entries (a
    /// multiple of the vector width), and the second smallest value (equal to the smallest on a tie). Each
    /// lane keeps its own two smallest, so one pass suffices; the native min/max are fine as there is no NaN.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Index, T Best, T Second) TwoSmallest<T>(ReadOnlySpan<T> values, int count)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // Each lane tracks its smallest value, the index where it first occurred, and its second smallest;
        // everything is branch-free because the position of the minimum is unpredictable.
        int w = Vector<T>.Count;
        ref T v = ref MemoryMarshal.GetReference(values);
        var first = Vector.LoadUnsafe(ref v);
        var second = new Vector<T>(T.PositiveInfinity);
        var firstIndex = Vector<T>.Indices;
        var chunkIndex = Vector<T>.Indices;
        var step = new Vector<T>(T.CreateTruncating(w));
        for (int c = w; c < count; c += w)
        {
            var x = Vector.LoadUnsafe(ref v, (nuint)c);
            chunkIndex += step;
            firstIndex = Vector.ConditionalSelect(Vector.LessThan(x, first), chunkIndex, firstIndex);
            second = Vector.MinNative(second, Vector.MaxNative(first, x));
            first = Vector.MinNative(first, x);
        }

        Span<T> firstLanes = stackalloc T[Vector<T>.Count];
        Span<T> indexLanes = stackalloc T[Vector<T>.Count];
        Span<T> secondLanes = stackalloc T[Vector<T>.Count];
        first.CopyTo(firstLanes);
        firstIndex.CopyTo(indexLanes);
        second.CopyTo(secondLanes);
        int bestLane = 0;
        for (int lane = 1; lane < w; lane++)
        {
            T value = firstLanes[lane];
            T held = firstLanes[bestLane];
            bool better = value < held || (value == held && indexLanes[lane] < indexLanes[bestLane]);
            bestLane = better ? lane : bestLane;
        }

        T secondBest = secondLanes[bestLane];
        for (int lane = 0; lane < w; lane++)
        {
            T candidate = lane == bestLane ? secondLanes[lane] : firstLanes[lane];
            secondBest = candidate < secondBest ? candidate : secondBest;
        }

        return (int.CreateTruncating(indexLanes[bestLane]), firstLanes[bestLane], secondBest);
    }

    private static Choice ResolveNearTie<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> distances, CentroidPanel<T> panel, double threshold, double slack)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int k = panel.Count;
        int label = -1;
        T exactBest = T.PositiveInfinity;
        for (int c = 0; c < k; c++)
        {
            if (Widen.ToDouble(distances[c]) <= threshold)
            {
                T exact = SimdMath.SquaredDistance(x, panel.Row(c));
                if (label < 0 || exact < exactBest)
                {
                    exactBest = exact;
                    label = c;
                }
            }
        }

        double second = double.PositiveInfinity;
        for (int c = 0; c < k; c++)
        {
            if (c != label)
            {
                second = Math.Min(second, Widen.ToDouble(distances[c]));
            }
        }

        return new Choice(label, Math.Max(0, second - slack));
    }
}
