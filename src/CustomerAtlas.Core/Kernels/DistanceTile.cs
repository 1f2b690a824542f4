using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// Squared Euclidean distances from a tile of rows to every centroid of a <see cref="CentroidPanel{T}"/>
/// as a small matrix product: ‖x‖² + ‖c‖² − 2 x·c. The inner kernel keeps a 4-row × 2-vector block of
/// dot products in registers and streams the transposed centroids (<see cref="TileProduct"/>), which turns
/// the O(rows·k·d) work into fused multiply-adds at close to the core's peak. The result has the rounding error of the expanded
/// form (absolute, proportional to ‖x‖² + ‖c‖²); <see cref="NearestCentroid"/> repairs near-ties.
/// </summary>
public static class DistanceTile
{
    /// <summary>Rows per tile that callers should use: keeps the tile's distances in L1/L2.</summary>
    public const int TileRows = 64;

    /// <summary>
    /// Fills <paramref name="distances"/> (row-major rowCount × PaddedCount) and <paramref name="rowNorms"/>
    /// for the <paramref name="rowCount"/> contiguous rows in <paramref name="rows"/>.
    /// </summary>
    public static void Compute<T>(ReadOnlySpan<T> rows, int rowCount, CentroidPanel<T> panel, Span<T> distances, Span<T> rowNorms)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int d = panel.Dimension;
        int kPad = panel.PaddedCount;
        int w = Vector<T>.Count;
        if (rows.Length < rowCount * d || distances.Length < rowCount * kPad || rowNorms.Length < rowCount)
        {
            throw new ArgumentException("Tile buffers are too small for the requested rows.", nameof(rows));
        }

        TileProduct.Multiply(rows, rowCount, d, panel.Transposed, kPad, distances);

        // Expand the dot products into squared distances, clamped at 0 (rounding can go below).
        var two = new Vector<T>(T.CreateTruncating(2));
        ref T norms = ref MemoryMarshal.GetArrayDataReference(panel.Norms);
        ref T dist = ref MemoryMarshal.GetReference(distances);
        for (int r = 0; r < rowCount; r++)
        {
            T xn = SimdMath.SquaredNorm(rows.Slice(r * d, d));
            rowNorms[r] = xn;
            var vxn = new Vector<T>(xn);
            ref T row = ref Unsafe.Add(ref dist, r * kPad);
            for (int c = 0; c < kPad; c += w)
            {
                var dot = Vector.LoadUnsafe(ref row, (nuint)c);
                var sq = vxn + Vector.LoadUnsafe(ref norms, (nuint)c) - (two * dot);
                Vector.MaxNative(sq, Vector<T>.Zero).StoreUnsafe(ref row, (nuint)c);
            }
        }
    }
}
