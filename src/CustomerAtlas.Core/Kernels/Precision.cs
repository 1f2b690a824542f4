using System.Numerics;

namespace CustomerAtlas.Core.Kernels;

/// <summary>Constants of a floating-point type, computed once.</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public static class Precision<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Machine epsilon: the gap between 1 and the next representable value (2⁻²³ for float, 2⁻⁵² for double).</summary>
    public static readonly double Epsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);
}
