using System.Numerics;

namespace CustomerAtlas.Core.Kernels;

/// <summary>Constants of a floating-point type, computed once.</summary>
/// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
public static class Precision<T> where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>Machine epsilon: the gap between 1 and the next representable value (2⁻²³ for float, 2⁻⁵² for double).</summary>
    public static readonly double Epsilon = double.CreateTruncating(T.BitIncrement(T.One) - T.One);
}

/// <summary>Cheap conversions between the kernel precisions (the generic-math ones do not always inline).</summary>
public static class Widen
{
    /// <summary><paramref name="value"/> as a double.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static double ToDouble<T>(T value)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            return System.Runtime.CompilerServices.Unsafe.As<T, float>(ref value);
        }

        if (typeof(T) == typeof(double))
        {
            return System.Runtime.CompilerServices.Unsafe.As<T, double>(ref value);
        }

        return double.CreateTruncating(value);
    }

    /// <summary><paramref name="value"/> rounded to T.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static T FromDouble<T>(double value)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (typeof(T) == typeof(float))
        {
            float f = (float)value;
            return System.Runtime.CompilerServices.Unsafe.As<float, T>(ref f);
        }

        if (typeof(T) == typeof(double))
        {
            return System.Runtime.CompilerServices.Unsafe.As<double, T>(ref value);
        }

        return T.CreateTruncating(value);
    }
}
