namespace CustomerAtlas.Core.Drift;

/// <summary>The population stability index between two distributions over the same bins.</summary>
public static class PopulationStability
{
    /// <summary>
    /// Share given to an empty bin so the logarithm stays finite: 10⁻⁴, i.e. an empty bin weighs as if one customer in
    /// ten thousand were in it.
    /// </summary>
    public const double EmptyShare = 1e-4;

    /// <summary>
    /// PSI = Σ (actual − expected) · ln(actual / expected) over the bins (shares summing to 1 each; empty bins count as
    /// <see cref="EmptyShare"/>). Symmetric, 0 for identical distributions, and grows with both the size of a shift and how
    /// unlikely the moved share was before.
    /// </summary>
    /// <exception cref="ArgumentException">The bin counts differ, or a share is negative or not finite.</exception>
    public static double Index(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (expected.Count != actual.Count)
        {
            throw new ArgumentException($"expected has {expected.Count} bins but actual has {actual.Count}.", nameof(actual));
        }

        double psi = 0;
        for (int i = 0; i < expected.Count; i++)
        {
            if (!(expected[i] >= 0 && actual[i] >= 0 && double.IsFinite(expected[i]) && double.IsFinite(actual[i])))
            {
                throw new ArgumentException($"bin {i}: shares must be finite and not negative (were {expected[i]} and {actual[i]}).", nameof(expected));
            }

            double e = Math.Max(expected[i], EmptyShare);
            double a = Math.Max(actual[i], EmptyShare);
            psi += (a - e) * Math.Log(a / e);
        }

        return psi;
    }
}
