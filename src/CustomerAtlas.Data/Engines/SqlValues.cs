using System.Globalization;
using System.Numerics;

namespace CustomerAtlas.Data.Engines;

/// <summary>Converts scalar results of any engine (including 128-bit sums) to CLR numbers.</summary>
public static class SqlValues
{
    /// <summary>The value as a long (null → 0).</summary>
    public static long ToLong(object? value) => value switch
    {
        null => 0,
        BigInteger b => (long)b,
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The value as a double (null → NaN).</summary>
    public static double ToDouble(object? value) => value switch
    {
        null => double.NaN,
        BigInteger b => (double)b,
        _ => Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };
}
