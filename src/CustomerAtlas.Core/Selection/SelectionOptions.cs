using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Selection;

/// <summary>Options of the automatic search for the algorithm and the number of segments.</summary>
public sealed record SelectionOptions
{
    /// <summary>
    /// Planned work of the whole search in reference seconds (<see cref="SearchCost"/>: the time it takes on
    /// a 2-core machine). The search charges each step's estimated time against it, not the clock, so what
    /// runs, and therefore the answer, does not depend on the machine or its load. Default 60 s: an
    /// interactive wait on a small laptop.
    /// </summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Wall-clock safety stop. When it binds (a machine much slower than the reference, or heavily loaded)
    /// the work under way is stopped, the result says so (<see cref="SelectionResult.TimeLimitReached"/>),
    /// and the choice may differ from an unhurried run. Default null: <see cref="TimeLimitFactor"/> × <see cref="Budget"/>.
    /// </summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>The default time limit as a multiple of the budget: 3, so a machine three times slower than the reference still gives the planned answer.</summary>
    public const double TimeLimitFactor = 3;

    /// <summary>The time limit in use: <see cref="TimeLimit"/>, or <see cref="TimeLimitFactor"/> × <see cref="Budget"/>.</summary>
    public TimeSpan EffectiveTimeLimit => TimeLimitFor(Budget, TimeLimit);

    /// <summary>The time limit a search with <paramref name="budget"/> and an optional explicit <paramref name="timeLimit"/> runs under.</summary>
    public static TimeSpan TimeLimitFor(TimeSpan budget, TimeSpan? timeLimit) => timeLimit ?? budget * TimeLimitFactor;

    /// <summary>
    /// Share of the budget for fitting and screening candidates; the rest is for stability of the
    /// best ones (and the consensus candidate). Default 0.6.
    /// </summary>
    public double ScreeningShare { get; init; } = 0.6;

    /// <summary>Smallest k tried. Default 2.</summary>
    public int MinK { get; init; } = 2;

    /// <summary>
    /// Largest k tried and allowed. Default null: derived from the minimum segment share in use as
    /// ⌊1 / share⌋ (2 % → 50, 1 % → 100), since no more segments of that share fit, capped at
    /// <see cref="DerivedMaxKCap"/> (see <see cref="EffectiveMaxK"/>).
    /// </summary>
    public int? MaxK { get; init; }

    /// <summary>
    /// Upper cap of the derived k range: 100. The planned budget decides how much of the range a large table
    /// can afford; beyond 100 segments a partition is a lookup table rather than a segmentation.
    /// </summary>
    public const int DerivedMaxKCap = 100;

    /// <summary>The k range's upper end in use for <paramref name="rows"/> rows: <see cref="MaxK"/>, or ⌊1 / share⌋ capped at <see cref="DerivedMaxKCap"/>.</summary>
    public int EffectiveMaxK(int rows)
    {
        if (MaxK is { } given)
        {
            return given;
        }

        double share = EffectiveMinSegmentShare(rows);
        return share > 0
            ? Math.Clamp((int)Math.Floor((1 / share) + 1e-9), MinK, Math.Max(MinK, DerivedMaxKCap))
            : Math.Max(MinK, DerivedMaxKCap);
    }

    /// <summary>
    /// Smallest share of all rows a segment may hold. Default null: <see cref="DefaultMinSegmentShare"/> (2 %)
    /// of the rows, but in a table so large that 2 % is more than <see cref="MinSegmentRows"/> rows, a segment
    /// of <see cref="MinSegmentRows"/> rows is enough, down to <see cref="MinSegmentShareFloor"/> (0.5 %) of the
    /// rows (see <see cref="EffectiveMinSegmentShare"/>). Groups below 2 % of a few thousand customers rarely
    /// justify their own treatment and are often artefacts; 1 % of 100,000 is a thousand customers, a group a
    /// campaign can address, and a fixed 2 % would hide every such group in a large base.
    /// </summary>
    public double? MinSegmentShare { get; init; }

    /// <summary>The minimum segment share of small tables: 2 %.</summary>
    public const double DefaultMinSegmentShare = 0.02;

    /// <summary>Rows a segment needs when 2 % of the table is more than this: 100.</summary>
    public const int MinSegmentRows = 100;

    /// <summary>The smallest derived minimum segment share: 0.5 % (reached from 20,000 rows).</summary>
    public const double MinSegmentShareFloor = 0.005;

    /// <summary>
    /// The minimum segment share in use for <paramref name="rows"/> rows: <see cref="MinSegmentShare"/>, or
    /// <see cref="MinSegmentRows"/> / rows clamped to [<see cref="MinSegmentShareFloor"/>, <see cref="DefaultMinSegmentShare"/>]
    /// (5,000 rows or fewer: 2 %; 10,000: 1 %; 20,000 or more: 0.5 %).
    /// </summary>
    public double EffectiveMinSegmentShare(int rows) =>
        MinSegmentShare ?? Math.Clamp((double)MinSegmentRows / Math.Max(1, rows), MinSegmentShareFloor, DefaultMinSegmentShare);

    /// <summary>
    /// Gap ratio (<see cref="Clustering.MergeHeightGaps.Ratios"/>: the next merge height over the
    /// highest merge inside the clusters) from which a hierarchy cut counts as separated by clear
    /// empty space. A feasible cut whose k shows such a gap under every Gini threshold tried outranks
    /// the cross-family score; the largest such ratio wins.
    /// Default 1.3: the clusters are 30 % farther from each other than any two neighbours inside
    /// them are, which no within-cluster scale explains; centroid indices miss such groups when
    /// they are not round (rings, spirals, elongated shapes). <see cref="double.PositiveInfinity"/> turns the rule off.
    /// </summary>
    public double ClearGapRatio { get; init; } = 1.3;

    /// <summary>
    /// Neighbours per row of the nearest-neighbour graph on the evaluation sample that decides
    /// between partitions with about the winner's number of segments: unless a clear gap chose the
    /// winner, a feasible candidate with the winner's number of segments (or up to
    /// <see cref="BoundaryExtraSegments"/> more, default none) that keeps more of that graph's edges inside its
    /// segments and has a higher modularity on it (at <see cref="BoundaryResolution"/>) wins, the
    /// highest modularity first. Silhouette and stability judge how many segments there are, but they
    /// favour round segments and so cannot tell a partition along the data's density valleys from one
    /// slicing through a dense group; neighbour links can.
    /// Default 10: a row's neighbourhood rather than only its nearest few. On the benchmark suite
    /// (mean ARI, docs/automatic-segmentation.md) M = 10 is the setting no battery loses with
    /// (0.585 with the winner's number of segments; M = 5 0.573, M = 20 0.582). 0 turns the rule off.
    /// </summary>
    public int BoundaryNeighbours { get; init; } = 10;

    /// <summary>
    /// Resolution γ of the neighbour-graph modularity (<see cref="NeighbourGraph.Modularity"/>): the
    /// share of edges kept inside segments minus γ times the share a random graph with the same
    /// degrees would keep there. Default 0.5: γ = 1 (classic modularity) pulls towards equal sizes and
    /// loses groups of unequal size; the suite measured 0.25–0.5 alike (docs/automatic-segmentation.md).
    /// </summary>
    public double BoundaryResolution { get; init; } = 0.5;

    /// <summary>
    /// How many segments more than the score's winner a challenger of the neighbour-graph rule
    /// (<see cref="BoundaryNeighbours"/>) may have. Default 0: the rule compares partitions with the
    /// winner's number of segments only; the score keeps deciding how many there are. 1 raised the
    /// benchmark suite from 0.585 to 0.599 mean ARI, but on data the rules were not tuned on (the
    /// bundled demo shop, six known personas) it replaced k-means' six segments (ARI 0.948 against the
    /// personas) by seven (0.835–0.907), so the gain is taken as fitted to the suite.
    /// </summary>
    public int BoundaryExtraSegments { get; init; }

    /// <summary>
    /// How much less stable (bootstrap mean ARI) than the score's leader a challenger of the neighbour-graph
    /// rule (<see cref="BoundaryNeighbours"/>) may be and still win; a challenger without a stability estimate
    /// cannot win. Default 0.1: segments that resampling does not reproduce are no better boundary however
    /// many neighbour links they keep (customer-personality: a Genie split along one binary column, stability
    /// 0.57, against Ward's 0.96). <see cref="double.PositiveInfinity"/> accepts any stability, but a challenger
    /// still needs an estimate.
    /// </summary>
    public double BoundaryStabilityTolerance { get; init; } = 0.1;

    /// <summary>
    /// Share of the neighbour-graph rule's pick's cut edges (<see cref="BoundaryNeighbours"/>; each partition's cut
    /// edges relative to what chance would cut, <see cref="NeighbourGraph.CutRatio"/>) below which a feasible partition with
    /// as many segments takes the win even without a higher modularity. Modularity also marks down real groups of
    /// unequal size (two crescents of 74 % and 26 %); a partition that cuts less than a quarter of the edges the pick
    /// cuts, with the sizes accounted for, runs along the data's valleys where the pick slices through a group. Like
    /// every neighbour-graph challenger it must be about as stable as the score's leader (<see cref="BoundaryStabilityTolerance"/>).
    /// Default 0.25: on the benchmark suite's cached searches every share from 0.2 to 0.3 moved the same set (jain,
    /// 0.585 → 1.0) and nothing else; 0.5 also took a worse partition on a uci set (docs/automatic-segmentation.md).
    /// 0 turns the rule off.
    /// </summary>
    public double BoundaryCutShare { get; init; } = 0.25;

    /// <summary>
    /// Valley ratio (<see cref="DensityValleys.ValleyRatio"/>, on the <see cref="ValleyRows"/> sample's
    /// <see cref="BoundaryNeighbours"/>-nearest neighbours) from which every boundary of a hierarchy cut counts as
    /// running through a density valley. Unless a clear gap chose the winner (<see cref="ClearGapRatio"/>), each Genie
    /// hierarchy is followed up from the winner's number of segments while every cut is feasible and at or above this
    /// ratio, and the finest cut reached takes the win: the finest partition whose every boundary crosses space sparser
    /// than the inside of the clusters it separates. Silhouette and stability favour few round segments and miss groups that
    /// are not round or sit in background noise (nested shapes, curves); the valley test sees them, but where groups
    /// overlap without a valley (touching Gaussian blobs) only a coarser cut passes it, so it never takes the win with
    /// fewer segments.
    /// Default 1: a boundary exactly as dense as the sparser cluster's inside is not a valley. On the benchmark suite
    /// (mean ARI, docs/automatic-segmentation.md) the rule raised sipu+uci+other from 0.627 to 0.699 (measured on the
    /// 3,000-row evaluation sample: 0.690 at 1, 0.671 at 0.95, 0.666 at 1.05). <see cref="double.PositiveInfinity"/> turns the rule off (it is off too when
    /// <see cref="BoundaryNeighbours"/> is 0).
    /// </summary>
    public double ValleyRatio { get; init; } = 1;

    /// <summary>Largest share of rows a candidate may call noise. Default 0.5.</summary>
    public double MaxNoiseShare { get; init; } = 0.5;

    /// <summary>
    /// Rows (a seeded sample) on which internal indices are computed. Default 3000: silhouette is
    /// quadratic, and 3000 rows estimate it to about ±0.01.
    /// </summary>
    public int EvaluationRows { get; init; } = 3000;

    /// <summary>
    /// Rows (a seeded sample; every row when there are fewer) on which the density-valley ratio
    /// (<see cref="ValleyRatio"/>) is measured. Default 10,000: core distances over 10 neighbours need a few dozen rows
    /// per segment to be estimated, and 3,000 rows leave 30 per segment at 100 segments (birch2, 100 groups of 1,000 rows:
    /// ARI 0.67 with the evaluation sample's 3,000 rows, 0.95 with 10,000; the suite 0.690 → 0.699); the ratio costs one
    /// nearest-neighbour search and a linear pass per candidate, so more rows than the quadratic indices get are cheap.
    /// </summary>
    public int ValleyRows { get; init; } = 10_000;

    /// <summary>How many of the best screened candidates get a stability estimate. Default 6.</summary>
    public int StabilityCandidates { get; init; } = 6;

    /// <summary>Bootstrap refits per stability estimate. Default 5.</summary>
    public int StabilityResamples { get; init; } = 5;

    /// <summary>Share of rows in each stability resample (drawn without replacement). Default 0.8.</summary>
    public double StabilityFraction { get; init; } = 0.8;

    /// <summary>
    /// Most rows stability works on (a seeded sample; each resample takes <see cref="StabilityFraction"/> of it).
    /// Default 5000: keeps B refits affordable on large tables.
    /// </summary>
    public int StabilityRows { get; init; } = 5000;

    /// <summary>Jaccard below which a segment is flagged unstable (Hennig's rule of thumb). Default 0.6.</summary>
    public double UnstableJaccard { get; init; } = 0.6;

    /// <summary>
    /// How many of the best screened candidates (on the best one's preparation) vote in the consensus
    /// candidate; 0 = no consensus candidate. Default 5: enough voters to outvote one odd partition.
    /// </summary>
    public int ConsensusMembers { get; init; } = 5;

    /// <summary>
    /// Most rows the consensus linkage runs on (a seeded sample; the consensus model assigns the rest).
    /// Default 1000: average linkage is quadratic in rows and times the number of voters.
    /// </summary>
    public int ConsensusRows { get; init; } = 1000;

    /// <summary>How the score combines the indices.</summary>
    public ScoreWeights Weights { get; init; } = new();

    /// <summary>Seed for algorithms and samples. Default null = <see cref="Internal.Seeds.Default"/>.</summary>
    public int? Seed { get; init; }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every invalid option.</summary>
    public void Validate()
    {
        var errors = new ParameterErrors()
            .Require(Budget > TimeSpan.Zero, nameof(Budget), $"must be positive (was {Budget}).")
            .Require(TimeLimit is null || TimeLimit > TimeSpan.Zero, nameof(TimeLimit), $"must be positive (was {TimeLimit}).")
            .Require(ScreeningShare is > 0 and <= 1, nameof(ScreeningShare), $"must be in (0, 1] (was {ScreeningShare}).")
            .Require(MinK >= 2, nameof(MinK), $"must be at least 2 (was {MinK}).")
            .Require(MaxK is null || MaxK >= MinK, nameof(MaxK), $"must be at least MinK = {MinK} (was {MaxK}).")
            .Require(MinSegmentShare is null or (>= 0 and < 0.5), nameof(MinSegmentShare), $"must be in [0, 0.5) (was {MinSegmentShare}).")
            .Require(MaxNoiseShare is >= 0 and < 1, nameof(MaxNoiseShare), $"must be in [0, 1) (was {MaxNoiseShare}).")
            .Require(ClearGapRatio > 1 && !double.IsNaN(ClearGapRatio), nameof(ClearGapRatio), $"must be above 1 (was {ClearGapRatio}).")
            .Require(BoundaryNeighbours >= 0, nameof(BoundaryNeighbours), $"must be 0 (off) or positive (was {BoundaryNeighbours}).")
            .Require(BoundaryExtraSegments >= 0, nameof(BoundaryExtraSegments), $"must not be negative (was {BoundaryExtraSegments}).")
            .Require(BoundaryCutShare >= 0 && BoundaryCutShare < 1, nameof(BoundaryCutShare), $"must be at least 0 (off) and below 1 (was {BoundaryCutShare}).")
            .Require(BoundaryStabilityTolerance >= 0 && !double.IsNaN(BoundaryStabilityTolerance), nameof(BoundaryStabilityTolerance), $"must not be negative (was {BoundaryStabilityTolerance}).")
            .Require(ValleyRatio > 0 && !double.IsNaN(ValleyRatio), nameof(ValleyRatio), $"must be positive (was {ValleyRatio}).")
            .Require(BoundaryResolution >= 0 && double.IsFinite(BoundaryResolution), nameof(BoundaryResolution), $"must be finite and not negative (was {BoundaryResolution}).")
            .Require(EvaluationRows >= 10, nameof(EvaluationRows), $"must be at least 10 (was {EvaluationRows}).")
            .Require(ValleyRows >= 10, nameof(ValleyRows), $"must be at least 10 (was {ValleyRows}).")
            .Require(StabilityCandidates >= 1, nameof(StabilityCandidates), $"must be at least 1 (was {StabilityCandidates}).")
            .Require(StabilityResamples >= 2, nameof(StabilityResamples), $"must be at least 2 (was {StabilityResamples}).")
            .Require(StabilityFraction is > 0 and < 1, nameof(StabilityFraction), $"must be in (0, 1) (was {StabilityFraction}).")
            .Require(StabilityRows >= 10, nameof(StabilityRows), $"must be at least 10 (was {StabilityRows}).")
            .Require(ConsensusMembers is 0 or >= 2, nameof(ConsensusMembers), $"must be 0 (off) or at least 2 (was {ConsensusMembers}).")
            .Require(ConsensusRows >= 10, nameof(ConsensusRows), $"must be at least 10 (was {ConsensusRows}).")
            .Require(UnstableJaccard is >= 0 and <= 1, nameof(UnstableJaccard), $"must be in [0, 1] (was {UnstableJaccard}).");
        errors.ThrowIfAny();
        Weights.Validate();
    }
}
