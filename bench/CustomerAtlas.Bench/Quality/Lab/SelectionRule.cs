namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>A selection rule replayed on a cached search: picks one candidate of the set (null = none).</summary>
/// <param name="Name">Name printed in the table.</param>
/// <param name="Pick">The rule.</param>
internal sealed record SelectionRule(string Name, Func<LabSet, LabCandidate?> Pick);
