namespace CustomerAtlas.Testing;

/// <summary>The tolerance DuckDB-versus-ClickHouse parity tests compare numbers with.</summary>
internal static class EngineParity
{
    /// <summary>
    /// Asserts the two engines agree to 1e-9 relative. Sums of opposite-signed amounts (returns) can cancel
    /// to ~0, where the relative error of the summation order is measured against the scale of 1.
    /// </summary>
    public static void AssertClose(double expected, double actual, string what)
    {
        var scale = Math.Max(1.0, Math.Max(Math.Abs(expected), Math.Abs(actual)));
        Assert.True(Math.Abs(expected - actual) <= 1e-9 * scale, $"{what}: DuckDB {expected:R} vs ClickHouse {actual:R}");
    }
}
