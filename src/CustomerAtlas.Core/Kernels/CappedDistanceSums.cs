using System.Numerics;
using System.Runtime.InteropServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>
/// Accumulates weight × min(cap, distance) for every column of one padded distance row at once, widened to
/// double. k-means++ scores all its candidate centroids in one pass with it: the cap is the row's distance
/// to the centroids already chosen, each column a candidate. Each column is its own running sum, added in
/// row order exactly as a scalar loop would, so totals do not depend on the vector width.
/// </summary>
public static class CappedDistanceSums
{
    /// <summary>
    /// sums[c] += weight × min(<paramref name="cap"/>, row[c]) for every c; <paramref name="row"/> and
    /// <paramref name="sums"/> have the same length, a multiple of <see cref="Vector{T}.Count"/>.
    /// </summary>
    public static void Add<T>(ReadOnlySpan<T> row, T cap, double weight, Span<double> sums)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int w = Vector<T>.Count;
        if (row.Length % w != 0 || sums.Length != row.Length)
        {
            throw new ArgumentException($"Row and sums must have the same length, a multiple of {w}.", nameof(row));
        }

        var capVector = new Vector<T>(cap);
        var weightVector = new Vector<double>(weight);
        ref T source = ref MemoryMarshal.GetReference(row);
        ref double target = ref MemoryMarshal.GetReference(sums);
        for (int c = 0; c < row.Length; c += w)
        {
            var capped = Vector.Min(capVector, Vector.LoadUnsafe(ref source, (nuint)c));
            if (typeof(T) == typeof(float))
            {
                Vector.Widen(capped.As<T, float>(), out var low, out var high);
                nuint upper = (nuint)(c + Vector<double>.Count);
                (Vector.LoadUnsafe(ref target, (nuint)c) + (low * weightVector)).StoreUnsafe(ref target, (nuint)c);
                (Vector.LoadUnsafe(ref target, upper) + (high * weightVector)).StoreUnsafe(ref target, upper);
            }
            else
            {
                var wide = capped.As<T, double>();
                (Vector.LoadUnsafe(ref target, (nuint)c) + (wide * weightVector)).StoreUnsafe(ref target, (nuint)c);
            }
        }
    }
}
