using System.Numerics;
using System.Runtime.CompilerServices;

namespace CustomerAtlas.Core.Kernels;

/// <summary>The smallest and second-smallest of a set of distances in one pass.</summary>
public static class SmallestTwo
{
    /// <summary>
    /// Index and value of the smallest entry of <paramref name="values"/> (lowest index on ties) and
    /// the second-smallest value (+∞ when there is one entry). <paramref name="values"/> must not be empty.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (int Index, T First, T Second) Find<T>(ReadOnlySpan<T> values)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        int best = 0;
        T first = values[0];
        T second = T.PositiveInfinity;
        for (int c = 1; c < values.Length; c++)
        {
            T v = values[c];
            if (v < first)
            {
                second = first;
                first = v;
                best = c;
            }
            else if (v < second)
            {
                second = v;
            }
        }

        return (best, first, second);
    }
}
