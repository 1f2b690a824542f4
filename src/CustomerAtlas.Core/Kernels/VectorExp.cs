using System.Numerics;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// exp over a span of doubles, a SIMD vector at a time: exp(x) = 2ⁿ·e^r with n = round(x / ln 2) and
/// |r| ≤ ln 2 / 2, e^r from its Taylor series to degree 13 (truncation below 2e-16 relative), 2ⁿ built
/// directly in the exponent bits. Accurate to a few ulp over the whole range; arguments below −708 give
/// exactly 0 (as the mixtures need for −∞ log weights) and above 709 give +∞. The scalar tail uses
/// <see cref="Math.Exp"/>. It exists because responsibilities need k exponentials per row and both the
/// scalar library call and the library's span version cost several times more than this loop.
/// </summary>
public static class VectorExp
{
    private const double Log2E = 1.4426950408889634;
    private const double Ln2High = 0.693147180369123816490; // ln 2 with its low bits cleared, so n·Ln2High is exact.
    private const double Ln2Low = 1.90821492927058770002e-10;
    private const double Underflow = -708.0;
    private const double Overflow = 709.0;

    /// <summary>
    /// result_i = exp(values_i − <paramref name="subtract"/>); returns Σ result_i (summed lane-wise, then the
    /// lanes left to right, then the tail: a fixed order). This is the inner step of a log-sum-exp.
    /// </summary>
    public static double ExpOfDifferences(ReadOnlySpan<double> values, double subtract, Span<double> result)
    {
        if (result.Length < values.Length)
        {
            throw new ArgumentException("The result span is shorter than the values.", nameof(result));
        }

        int w = Vector<double>.Count;
        ref double source = ref MemoryMarshal.GetReference(values);
        ref double target = ref MemoryMarshal.GetReference(result);
        var shift = new Vector<double>(subtract);
        var sums = Vector<double>.Zero;
        int i = 0;
        for (; i + w <= values.Length; i += w)
        {
            var e = Exp(Vector.LoadUnsafe(ref source, (nuint)i) - shift);
            e.StoreUnsafe(ref target, (nuint)i);
            sums += e;
        }

        double sum = Vector.Sum(sums);
        for (; i < values.Length; i++)
        {
            result[i] = Math.Exp(values[i] - subtract);
            sum += result[i];
        }

        return sum;
    }

    private static Vector<double> Exp(Vector<double> x)
    {
        var tooSmall = Vector.LessThan(x, new Vector<double>(Underflow));
        var tooLarge = Vector.GreaterThan(x, new Vector<double>(Overflow));
        var clamped = Vector.Min(Vector.Max(x, new Vector<double>(Underflow)), new Vector<double>(Overflow));
        var n = Vector.Floor((clamped * new Vector<double>(Log2E)) + new Vector<double>(0.5));
        var r = Vector.FusedMultiplyAdd(n, new Vector<double>(-Ln2High), clamped);
        r = Vector.FusedMultiplyAdd(n, new Vector<double>(-Ln2Low), r);

        // Horner over 1/13!, 1/12!, …, 1/1!, 1.
        var p = new Vector<double>(1.0 / 6227020800.0);
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 479001600.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 39916800.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 3628800.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 362880.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 40320.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 5040.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 720.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 120.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 24.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(1.0 / 6.0));
        p = Vector.FusedMultiplyAdd(p, r, new Vector<double>(0.5));
        p = Vector.FusedMultiplyAdd(p, r, Vector<double>.One);
        p = Vector.FusedMultiplyAdd(p, r, Vector<double>.One);

        // 2ⁿ from the exponent field; n is in [−1021, 1023] after the clamp.
        var bits = Vector.ShiftLeft(Vector.ConvertToInt64(n) + new Vector<long>(1023), 52);
        var result = p * bits.As<long, double>();
        result = Vector.ConditionalSelect(tooSmall, Vector<double>.Zero, result);
        return Vector.ConditionalSelect(tooLarge, new Vector<double>(double.PositiveInfinity), result);
    }
}
