using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Selection;

/// <summary>One point of the search space: a preprocessing, an algorithm and its parameters.</summary>
/// <param name="Id">Position in the generated order (cheapest first).</param>
/// <param name="Preprocessing">Name of the <see cref="PreparedData"/> it is fitted on.</param>
/// <param name="Algorithm">The algorithm.</param>
/// <param name="K">Requested cluster count, or null when the algorithm chooses.</param>
/// <param name="Variant">Parameter setting name ("" when none).</param>
/// <param name="EstimatedSeconds">Estimated fitting time in reference seconds (<see cref="SearchCost.Fit"/>): orders candidates and plans the budget.</param>
public sealed record Candidate(int Id, string Preprocessing, AlgorithmSpec Algorithm, int? K, string Variant, double EstimatedSeconds)
{
    /// <summary>Builds the clusterer with <paramref name="seed"/>.</summary>
    public IClusterer Create(int seed) => Algorithm.Create(new AlgorithmSettings(K, Variant, seed));

    /// <summary>A readable description, e.g. "kmeans k=4 on zscore".</summary>
    public string Description =>
        $"{Algorithm.Name}{(Variant.Length > 0 ? $" ({Variant})" : string.Empty)}{(K is int k ? $" k={k}" : string.Empty)} on {Preprocessing}";
}
