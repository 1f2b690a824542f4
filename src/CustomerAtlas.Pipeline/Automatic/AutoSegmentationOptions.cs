using CustomerAtlas.Core.Selection;
using CustomerAtlas.Core.Validation;
using CustomerAtlas.Deep.Torch;

namespace CustomerAtlas.Pipeline.Automatic;

/// <summary>What <c>atlas segment</c> asks of the automatic segmentation.</summary>
public sealed record AutoSegmentationOptions
{
    /// <summary>
    /// Planned work of the search in reference seconds (<c>--budget</c>, <see cref="SelectionOptions.Budget"/>):
    /// what runs is decided from cost estimates, not the clock, so the answer is the same on any machine. Default 60 s.
    /// </summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Wall-clock safety stop of the search and its validation (<c>--time-limit</c>,
    /// <see cref="SelectionOptions.TimeLimit"/>). Default null: <see cref="SelectionOptions.TimeLimitFactor"/> × <see cref="Budget"/>.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The time limit in use.</summary>
    public TimeSpan EffectiveTimeLimit => SelectionOptions.TimeLimitFor(Budget, TimeLimit);

    /// <summary>
    /// Smallest segment share allowed (<c>--min-segment-share</c>). Default null: 2 % of the customers, or
    /// 100 customers where that is less, but at least 0.5 % (<see cref="SelectionOptions.EffectiveMinSegmentShare"/>).
    /// </summary>
    public double? MinSegmentShare { get; init; }

    /// <summary>
    /// Largest k tried (<c>--max-k</c>). Default null: ⌊1 / minimum segment share⌋ up to 100
    /// (<see cref="SelectionOptions.EffectiveMaxK"/>), as many segments as the share allows.
    /// </summary>
    public int? MaxK { get; init; }

    /// <summary>Forces one algorithm (<c>--algorithm</c>, a name of <see cref="SegmentAlgorithms.Names"/>). Default null = search all.</summary>
    public string? Algorithm { get; init; }

    /// <summary>Forces k (<c>--k</c>). Default null = search 2..MaxK.</summary>
    public int? K { get; init; }

    /// <summary>Seed (<c>--seed</c>). Default null = the library default (42).</summary>
    public int? Seed { get; init; }

    /// <summary>Candidates in the consensus. Default 5.</summary>
    public int ConsensusCandidates { get; init; } = 5;

    /// <summary>Rows (a sample) the consensus is computed on. Default 1 000: average linkage is quadratic.</summary>
    public int ConsensusRows { get; init; } = 1_000;

    /// <summary>Other seeds the sensitivity analysis refits with. Default 3.</summary>
    public int SensitivitySeeds { get; init; } = 3;

    /// <summary>
    /// Protected attributes (<c>--protected gender,SeniorCitizen</c>): kept out of the features, and each
    /// segment's composition by them is compared with the population. Default none.
    /// </summary>
    public IReadOnlyList<string> ProtectedAttributes { get; init; } = [];

    /// <summary>
    /// Where deep candidates (DEC, IDEC, VAE + k-means) report each training epoch, e.g. the terminal's
    /// status line. Default null: nowhere.
    /// </summary>
    public IProgress<TrainingProgress>? TrainingProgress { get; init; }

    /// <summary>Threads per algorithm; -1 = all cores. Default -1.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        new ParameterErrors()
            .Require(Budget > TimeSpan.Zero, "budget", $"must be positive (was {Budget.TotalSeconds} s).")
            .Require(TimeLimit is null || TimeLimit > TimeSpan.Zero, "time-limit", $"must be positive (was {TimeLimit?.TotalSeconds} s).")
            .Require(MinSegmentShare is null or (>= 0 and < 0.5), "min-segment-share", $"must be in [0, 0.5) (was {MinSegmentShare}).")
            .Require(MaxK is null or >= 2, "max-k", $"must be at least 2 (was {MaxK}).")
            .Require(K is null or >= 2, "k", $"must be at least 2 (was {K}).")
            .Require(Algorithm is null || SegmentAlgorithms.Names.Contains(Algorithm), "algorithm", $"'{Algorithm}' is not one of {string.Join(", ", SegmentAlgorithms.Names)}.")
            .Require(ConsensusCandidates >= 2, nameof(ConsensusCandidates), $"must be at least 2 (was {ConsensusCandidates}).")
            .Require(ConsensusRows >= 10, nameof(ConsensusRows), $"must be at least 10 (was {ConsensusRows}).")
            .Require(SensitivitySeeds >= 0, nameof(SensitivitySeeds), $"must be non-negative (was {SensitivitySeeds}).")
            .ThrowIfAny();
    }
}
