using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// Squared Euclidean distances from a tile of rows to every centroid of a <see cref="CentroidPanel{T}"/>
/// as a small matrix product: ‖x‖² + ‖c‖² − 2 x·c. The inner kernel keeps a 4-row × 2-vector block of
/// dot products in registers and streams the transposed centroids, which turns the O(rows·k·d) work into
/// fused multiply-adds at close to the core's peak. The result has the rounding error of the expanded
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

        ref T x = ref MemoryMarshal.GetReference(rows);
        ref T ct = ref MemoryMarshal.GetArrayDataReference(panel.Transposed);
        ref T dist = ref MemoryMarshal.GetReference(distances);

        int r = 0;
        for (; r + 4 <= rowCount; r += 4)
        {
            int c = 0;
            for (; c + (2 * w) <= kPad; c += 2 * w)
            {
                Dot4x2(ref Unsafe.Add(ref x, r * d), d, ref Unsafe.Add(ref ct, c), kPad, ref Unsafe.Add(ref dist, (r * kPad) + c), kPad);
            }

            for (; c < kPad; c += w)
            {
                Dot4x1(ref Unsafe.Add(ref x, r * d), d, ref Unsafe.Add(ref ct, c), kPad, ref Unsafe.Add(ref dist, (r * kPad) + c), kPad);
            }
        }

        for (; r < rowCount; r++)
        {
            for (int c = 0; c < kPad; c += w)
            {
                Dot1x1(ref Unsafe.Add(ref x, r * d), d, ref Unsafe.Add(ref ct, c), kPad, ref Unsafe.Add(ref dist, (r * kPad) + c));
            }
        }

        // Expand the dot products into squared distances, clamped at 0 (rounding can go below).
        var two = new Vector<T>(T.CreateTruncating(2));
        ref T norms = ref MemoryMarshal.GetArrayDataReference(panel.Norms);
        for (r = 0; r < rowCount; r++)
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Dot4x2<T>(ref T x, int d, ref T ct, int kPad, ref T output, int outStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int w = Vector<T>.Count;
        Vector<T> a00 = default, a01 = default, a10 = default, a11 = default;
        Vector<T> a20 = default, a21 = default, a30 = default, a31 = default;
        ref T x1 = ref Unsafe.Add(ref x, d);
        ref T x2 = ref Unsafe.Add(ref x, 2 * d);
        ref T x3 = ref Unsafe.Add(ref x, 3 * d);
        for (int j = 0; j < d; j++)
        {
            ref T cj = ref Unsafe.Add(ref ct, j * kPad);
            var c0 = Vector.LoadUnsafe(ref cj);
            var c1 = Vector.LoadUnsafe(ref cj, (nuint)w);
            var b0 = new Vector<T>(Unsafe.Add(ref x, j));
            var b1 = new Vector<T>(Unsafe.Add(ref x1, j));
            var b2 = new Vector<T>(Unsafe.Add(ref x2, j));
            var b3 = new Vector<T>(Unsafe.Add(ref x3, j));
            a00 = SimdMath.MulAdd(b0, c0, a00);
            a01 = SimdMath.MulAdd(b0, c1, a01);
            a10 = SimdMath.MulAdd(b1, c0, a10);
            a11 = SimdMath.MulAdd(b1, c1, a11);
            a20 = SimdMath.MulAdd(b2, c0, a20);
            a21 = SimdMath.MulAdd(b2, c1, a21);
            a30 = SimdMath.MulAdd(b3, c0, a30);
            a31 = SimdMath.MulAdd(b3, c1, a31);
        }

        a00.StoreUnsafe(ref output);
        a01.StoreUnsafe(ref output, (nuint)w);
        a10.StoreUnsafe(ref output, (nuint)outStride);
        a11.StoreUnsafe(ref output, (nuint)(outStride + w));
        a20.StoreUnsafe(ref output, (nuint)(2 * outStride));
        a21.StoreUnsafe(ref output, (nuint)((2 * outStride) + w));
        a30.StoreUnsafe(ref output, (nuint)(3 * outStride));
        a31.StoreUnsafe(ref output, (nuint)((3 * outStride) + w));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Dot4x1<T>(ref T x, int d, ref T ct, int kPad, ref T output, int outStride)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Vector<T> a0 = default, a1 = default, a2 = default, a3 = default;
        ref T x1 = ref Unsafe.Add(ref x, d);
        ref T x2 = ref Unsafe.Add(ref x, 2 * d);
        ref T x3 = ref Unsafe.Add(ref x, 3 * d);
        for (int j = 0; j < d; j++)
        {
            var c0 = Vector.LoadUnsafe(ref Unsafe.Add(ref ct, j * kPad));
            a0 = SimdMath.MulAdd(new Vector<T>(Unsafe.Add(ref x, j)), c0, a0);
            a1 = SimdMath.MulAdd(new Vector<T>(Unsafe.Add(ref x1, j)), c0, a1);
            a2 = SimdMath.MulAdd(new Vector<T>(Unsafe.Add(ref x2, j)), c0, a2);
            a3 = SimdMath.MulAdd(new Vector<T>(Unsafe.Add(ref x3, j)), c0, a3);
        }

        a0.StoreUnsafe(ref output);
        a1.StoreUnsafe(ref output, (nuint)outStride);
        a2.StoreUnsafe(ref output, (nuint)(2 * outStride));
        a3.StoreUnsafe(ref output, (nuint)(3 * outStride));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Dot1x1<T>(ref T x, int d, ref T ct, int kPad, ref T output)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Vector<T> a0 = default;
        for (int j = 0; j < d; j++)
        {
            a0 = SimdMath.MulAdd(new Vector<T>(Unsafe.Add(ref x, j)), Vector.LoadUnsafe(ref Unsafe.Add(ref ct, j * kPad)), a0);
        }

        a0.StoreUnsafe(ref output);
    }
}
