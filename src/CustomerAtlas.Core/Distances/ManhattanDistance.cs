namespace CustomerAtlas.Core.Distances;

/// <summary>L1 (city-block) distance, sum |a_i - b_i|.</summary>
public sealed class ManhattanDistance : IDistance
{
    /// <summary>The shared instance.</summary>
    public static ManhattanDistance Instance { get; } = new();

    /// <inheritdoc/>
    public double Compute(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        Distance.EnsureSameLength(a, b);
        double sum = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += Math.Abs(a[i] - b[i]);
        }

        return sum;
    }
}
