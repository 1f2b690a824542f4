using CustomerAtlas.Data.Quality;
using CustomerAtlas.Pipeline.Automatic;
using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Profiling;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Scoring;

namespace CustomerAtlas.Pipeline.Running;

/// <summary>What a finished segmentation run produced (also written to the run directory).</summary>
/// <param name="OutputDirectory">The run directory.</param>
/// <param name="Model">model.json.</param>
/// <param name="Profiles">Segment profiles.</param>
/// <param name="Quality">quality.json.</param>
/// <param name="Assignments">Every customer's segment.</param>
/// <param name="Decisions">Schema decisions.</param>
/// <param name="Phases">Time per phase.</param>
/// <param name="Automatic">The automatic segmentation (leaderboard, validation, explanation), when it ran.</param>
public sealed record SegmentResult(
    string OutputDirectory, SegmentModel Model, IReadOnlyList<SegmentProfile> Profiles, QualityReport Quality,
    IReadOnlyList<ScoredCustomer> Assignments, IReadOnlyList<SchemaDecision> Decisions, IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases,
    AutoSegmentationResult? Automatic = null);
