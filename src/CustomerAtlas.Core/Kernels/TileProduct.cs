using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// The small matrix product every blocked kernel is built on: C = A·B for a tile A (rows×inner, row-major)
/// and a panel B (inner×columns, row-major; columns past the last whole SIMD vector are done one by one). A 4-row × 2-vector
/// block of C stays in registers while B streams through, so the work runs as fused multiply-adds at close
/// to the core's peak. Every element of C sums its <c>inner</c> terms in order 0, 1, …, so the bits depend
/// only on the inputs (not on the tile's position, the thread, or how rows are grouped).
/// </summary>
public static class TileProduct
{
    /// <summary>
    /// Writes A·B into <paramref name="product"/> (row-major rows × <paramref name="columns"/>), where A is
    /// <paramref name="rows"/>×<paramref name="inner"/> and B is <paramref name="inner"/>×<paramref name="columns"/>.
    /// </summary>
    public static void Multiply<T>(ReadOnlySpan<T> a, int rows, int inner, ReadOnlySpan<T> b, int columns, Span<T> product)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int w = Vector<T>.Count;
        if (a.Length < rows * inner || b.Length < inner * columns || product.Length < rows * columns)
        {
            throw new ArgumentException("Tile buffers are too small for the requested product.", nameof(a));
        }

        ref T x = ref MemoryMarshal.GetReference(a);
        ref T ct = ref MemoryMarshal.GetReference(b);
        ref T dist = ref MemoryMarshal.GetReference(product);
        int d = inner;
        int kPad = columns;
        int vectorColumns = columns / w * w;
        int r = 0;
        for (; r + 4 <= rows; r += 4)
        {
            int c = 0;
            for (; c + (2 * w) <= vectorColumns; c += 2 * w)
            {
                Dot4x2(ref Unsafe.Add(ref x, r * d), d, ref Unsafe.Add(ref ct, c), kPad, ref Unsafe.Add(ref dist, (r * kPad) + c), kPad);
            }

            for (; c < vectorColumns; c += w)
            {
                Dot4x1(ref Unsafe.Add(ref x, r * d), d, ref Unsafe.Add(ref ct, c), kPad, ref Unsafe.Add(ref dist, (r * kPad) + c), kPad);
            }
        }

        for (; r < rows; r++)
        {
            for (int c = 0; c < vectorColumns; c += w)
            {
                Dot1x1(ref Unsafe.Add(ref x, r * d), d, ref Unsafe.Add(ref ct, c), kPad, ref Unsafe.Add(ref dist, (r * kPad) + c));
            }
        }

        // Columns past the last whole vector: the same fused multiply-adds in the same order, one at a time.
        for (r = 0; r < rows && vectorColumns < columns; r++)
        {
            for (int c = vectorColumns; c < columns; c++)
            {
                T acc = T.Zero;
                for (int j = 0; j < d; j++)
                {
                    acc = T.FusedMultiplyAdd(a[(r * d) + j], b[(j * columns) + c], acc);
                }

                product[(r * columns) + c] = acc;
            }
        }
    }

    /// <summary>
    /// Adds Aᵀ·B to <paramref name="sum"/> (row-major inner × <paramref name="columns"/>), where A is
    /// <paramref name="rows"/>×<paramref name="inner"/> and B is <paramref name="rows"/>×<paramref name="columns"/>:
    /// the per-tile partial of a reduction such as XᵀQ. <paramref name="transposed"/> (inner × rows) and
    /// <paramref name="scratch"/> (inner × columns) are caller-owned work space, so nothing is allocated.
    /// Each element of the tile's product sums over the tile's rows in order.
    /// </summary>
    public static void AddTransposeTimes<T>(ReadOnlySpan<T> a, int rows, int inner, ReadOnlySpan<T> b, int columns, Span<T> sum, Span<T> transposed, Span<T> scratch)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (a.Length < rows * inner || transposed.Length < rows * inner || sum.Length < inner * columns)
        {
            throw new ArgumentException("Tile buffers are too small for the requested product.", nameof(a));
        }

        for (int r = 0; r < rows; r++)
        {
            var row = a.Slice(r * inner, inner);
            for (int j = 0; j < inner; j++)
            {
                transposed[(j * rows) + r] = row[j];
            }
        }

        var tile = scratch[..(inner * columns)];
        Multiply<T>(transposed, inner, rows, b, columns, tile);
        System.Numerics.Tensors.TensorPrimitives.Add<T>(sum[..(inner * columns)], tile, sum[..(inner * columns)]);
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
