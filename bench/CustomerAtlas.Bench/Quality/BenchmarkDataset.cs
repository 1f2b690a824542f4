using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// One set of clustering-data-v1: the points and every reference labelling (labels 1..k,
/// 0 = noise, which scoring leaves out).
/// </summary>
internal sealed record BenchmarkDataset(string Battery, string Name, Matrix<double> Data, IReadOnlyList<int[]> Labellings)
{
    /// <summary>The distinct k of the labellings (k = largest label), each run once.</summary>
    public IEnumerable<int> DistinctK => Labellings.Select(l => l.Max()).Distinct().Order();
}
