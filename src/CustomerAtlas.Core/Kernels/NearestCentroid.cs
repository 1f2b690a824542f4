using System.Numerics;

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

    /// <summary>Chooses the nearest centroid for row <paramref name="x"/> given its expanded distances.</summary>
    public static Choice Choose<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> distances, T rowNorm, CentroidPanel<T> panel)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        // One pass for the smallest and second-smallest expanded distance.
        var (best, bestValue, secondValue) = SmallestTwo.Find(distances[..panel.Count]);

        double slack = ErrorBound(double.CreateTruncating(rowNorm), panel);
        double bestD = double.CreateTruncating(bestValue);
        double secondD = double.CreateTruncating(secondValue);
        if (secondD - bestD > 2 * slack)
        {
            return new Choice(best, Math.Max(0, secondD - slack));
        }

        return ResolveNearTie(x, distances, panel, bestD + (2 * slack), slack);
    }

    private static Choice ResolveNearTie<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> distances, CentroidPanel<T> panel, double threshold, double slack)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int k = panel.Count;
        int label = -1;
        T exactBest = T.PositiveInfinity;
        for (int c = 0; c < k; c++)
        {
            if (double.CreateTruncating(distances[c]) <= threshold)
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
                second = Math.Min(second, double.CreateTruncating(distances[c]));
            }
        }

        return new Choice(label, Math.Max(0, second - slack));
    }
}
