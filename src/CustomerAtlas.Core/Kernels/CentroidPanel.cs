using System.Numerics;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// Centroids laid out for the blocked distance kernel: transposed (feature-major, so one vector load
/// reads the same feature of several centroids), padded to a whole number of vectors, with their
/// squared norms. Also keeps the row-major copy that exact recomputes read. Built once per iteration.
/// </summary>
/// <typeparam name="T">The precision the distances are computed in.</typeparam>
public sealed class CentroidPanel<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Lays out <paramref name="count"/> centroids of <paramref name="dimension"/> features (row-major doubles).</summary>
    public CentroidPanel(ReadOnlySpan<double> centroids, int count, int dimension)
    {
        if (centroids.Length != count * dimension)
        {
            throw new ArgumentException($"Expected {count * dimension} centroid values but got {centroids.Length}.", nameof(centroids));
        }

        Count = count;
        Dimension = dimension;
        int w = Vector<T>.Count;
        PaddedCount = ((count + w - 1) / w) * w;
        Rows = new T[count * dimension];
        Transposed = new T[dimension * PaddedCount];
        Norms = new T[PaddedCount];
        for (int c = 0; c < count; c++)
        {
            for (int j = 0; j < dimension; j++)
            {
                T v = T.CreateTruncating(centroids[(c * dimension) + j]);
                Rows[(c * dimension) + j] = v;
                Transposed[(j * PaddedCount) + c] = v;
            }

            Norms[c] = SimdMath.SquaredNorm<T>(Rows.AsSpan(c * dimension, dimension));
        }

        // Padding columns are all-zero centroids at infinite distance, so they never win.
        for (int c = count; c < PaddedCount; c++)
        {
            Norms[c] = T.PositiveInfinity;
        }

        MaxNorm = double.CreateTruncating(Norms.AsSpan(0, count).ToArray().Max());
    }

    /// <summary>Number of real centroids.</summary>
    public int Count { get; }

    /// <summary>Features per centroid.</summary>
    public int Dimension { get; }

    /// <summary><see cref="Count"/> rounded up to a multiple of the vector width.</summary>
    public int PaddedCount { get; }

    /// <summary>Row-major centroids in precision T (what every distance in this iteration is measured to).</summary>
    public T[] Rows { get; }

    /// <summary>Feature-major, padded: element (feature j, centroid c) at <c>j * PaddedCount + c</c>.</summary>
    public T[] Transposed { get; }

    /// <summary>Squared norms, padded with +∞.</summary>
    public T[] Norms { get; }

    /// <summary>Largest squared centroid norm (scales the rounding-error bound of the blocked kernel).</summary>
    public double MaxNorm { get; }

    /// <summary>Centroid <paramref name="c"/> in precision T.</summary>
    public ReadOnlySpan<T> Row(int c) => Rows.AsSpan(c * Dimension, Dimension);
}
