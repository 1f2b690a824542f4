using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// Element kernels shared by every distance computation, generic over <see cref="float"/> and
/// <see cref="double"/>. Each one sums in a fixed order (vector lanes, then lanes left to right, then the
/// scalar tail), so a given input always gives the same bits whatever thread runs it.
/// </summary>
public static class SimdMath
{
    /// <summary>a·b + c, fused where the hardware has FMA (the JIT removes the type tests).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<T> MulAdd<T>(Vector<T> a, Vector<T> b, Vector<T> c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return Vector.FusedMultiplyAdd(a.As<T, float>(), b.As<T, float>(), c.As<T, float>()).As<float, T>();
        }

        if (typeof(T) == typeof(double))
        {
            return Vector.FusedMultiplyAdd(a.As<T, double>(), b.As<T, double>(), c.As<T, double>()).As<double, T>();
        }

        return (a * b) + c;
    }

    /// <summary>Σ (a_i − b_i)², computed directly (no cancellation): the reference distance for ties and inertia.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T SquaredDistance<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = a.Length;
        int w = Vector<T>.Count;
        ref T ra = ref MemoryMarshal.GetReference(a);
        ref T rb = ref MemoryMarshal.GetReference(b);
        var acc = Vector<T>.Zero;
        int i = 0;
        for (; i + w <= n; i += w)
        {
            var diff = Vector.LoadUnsafe(ref ra, (nuint)i) - Vector.LoadUnsafe(ref rb, (nuint)i);
            acc = MulAdd(diff, diff, acc);
        }

        T sum = Vector.Sum(acc);
        for (; i < n; i++)
        {
            T diff = Unsafe.Add(ref ra, i) - Unsafe.Add(ref rb, i);
            sum += diff * diff;
        }

        return sum;
    }

    /// <summary>Σ a_i², in the same fixed order as <see cref="SquaredDistance{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T SquaredNorm<T>(ReadOnlySpan<T> a)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int n = a.Length;
        int w = Vector<T>.Count;
        ref T ra = ref MemoryMarshal.GetReference(a);
        var acc = Vector<T>.Zero;
        int i = 0;
        for (; i + w <= n; i += w)
        {
            var v = Vector.LoadUnsafe(ref ra, (nuint)i);
            acc = MulAdd(v, v, acc);
        }

        T sum = Vector.Sum(acc);
        for (; i < n; i++)
        {
            T v = Unsafe.Add(ref ra, i);
            sum += v * v;
        }

        return sum;
    }

    /// <summary>acc_i += weight · x_i, widening x to double (centroid sums are always kept in double).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void AddScaledToDouble<T>(ReadOnlySpan<T> x, double weight, Span<double> acc)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(double))
        {
            var xd = MemoryMarshal.Cast<T, double>(x);
            if (weight == 1)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(acc, xd, acc);
            }
            else
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(xd, weight, acc, acc);
            }

            return;
        }

        var xf = MemoryMarshal.Cast<T, float>(x);
        int n = xf.Length;
        int w = Vector<float>.Count;
        ref float rx = ref MemoryMarshal.GetReference(xf);
        ref double racc = ref MemoryMarshal.GetReference(acc);
        var vw = new Vector<double>(weight);
        int i = 0;
        for (; i + w <= n; i += w)
        {
            Vector.Widen(Vector.LoadUnsafe(ref rx, (nuint)i), out var lo, out var hi);
            var a0 = Vector.LoadUnsafe(ref racc, (nuint)i);
            var a1 = Vector.LoadUnsafe(ref racc, (nuint)(i + Vector<double>.Count));
            (a0 + (lo * vw)).StoreUnsafe(ref racc, (nuint)i);
            (a1 + (hi * vw)).StoreUnsafe(ref racc, (nuint)(i + Vector<double>.Count));
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref racc, i) += weight * Unsafe.Add(ref rx, i);
        }
    }

    /// <summary>z = x − shift and squares = z², element by element (the features of axis-aligned Gaussian kernels).</summary>
    public static void ShiftAndSquare(ReadOnlySpan<double> x, ReadOnlySpan<double> shift, Span<double> z, Span<double> squares)
    {
        int n = x.Length;
        if (shift.Length < n || z.Length < n || squares.Length < n)
        {
            throw new ArgumentException("The shift and output spans must be at least as long as x.", nameof(shift));
        }

        int w = Vector<double>.Count;
        ref double rx = ref MemoryMarshal.GetReference(x);
        ref double rs = ref MemoryMarshal.GetReference(shift);
        ref double rz = ref MemoryMarshal.GetReference(z);
        ref double rq = ref MemoryMarshal.GetReference(squares);
        int i = 0;
        for (; i + w <= n; i += w)
        {
            var v = Vector.LoadUnsafe(ref rx, (nuint)i) - Vector.LoadUnsafe(ref rs, (nuint)i);
            v.StoreUnsafe(ref rz, (nuint)i);
            (v * v).StoreUnsafe(ref rq, (nuint)i);
        }

        for (; i < n; i++)
        {
            double v = Unsafe.Add(ref rx, i) - Unsafe.Add(ref rs, i);
            Unsafe.Add(ref rz, i) = v;
            Unsafe.Add(ref rq, i) = v * v;
        }
    }
}
