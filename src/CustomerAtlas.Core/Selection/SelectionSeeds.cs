using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Selection;

/// <summary>
/// The random streams of the automatic search, derived from its seed (<see cref="Seeds.Derive"/>) in one place so
/// that every part of the search, and the bench's selection lab that replays it, draws the same samples.
/// </summary>
internal static class SelectionSeeds
{
    /// <summary>The rows every candidate is scored on (silhouette, neighbour graph).</summary>
    public static Random EvaluationSample(int seed) => Seeds.Derive(seed, 1);

    /// <summary>The rows the bootstrap stability check resamples.</summary>
    public static Random StabilitySample(int seed) => Seeds.Derive(seed, 2);

    /// <summary>The rows an algorithm that caps its input (<see cref="AlgorithmSpec.MaxFitRows"/>) is fitted on.</summary>
    public static Random FitSample(int seed) => Seeds.Derive(seed, 3);

    /// <summary>The rows the density-valley ratio is measured on (<see cref="SelectionOptions.ValleyRows"/>).</summary>
    public static Random ValleySample(int seed) => Seeds.Derive(seed, 14);

    /// <summary>The rows the consensus clusterer links its members' co-assignments on.</summary>
    public static Random ConsensusLinkageSample(int seed) => Seeds.Derive(seed, 13);
}
