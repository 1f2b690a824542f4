using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Selection;

/// <summary>The search's working record of one candidate (mutable while the search runs).</summary>
internal sealed class Trial(Candidate candidate)
{
    public Candidate Candidate { get; } = candidate;

    public CandidateStatus Status { get; set; } = CandidateStatus.Skipped;

    public string? Reason { get; set; } = "the budget ran out before it started";

    public IClusterModel? Model { get; set; }

    public int[]? Labels { get; set; }

    /// <summary>The matrix the model was fitted on (the preparation or a sample of it).</summary>
    public Matrix<double>? FitData { get; set; }

    /// <summary>For a hierarchy cut, the id of the fit it was cut from (cuts of one fit share their tree); null otherwise.</summary>
    public int? FitId { get; set; }

    /// <summary>Merge-height gap ratio when the candidate is a hierarchy cut.</summary>
    public double? GapRatio { get; set; }

    /// <summary>True when every variant of the same fit shows a clear gap at this cut's k.</summary>
    public bool ClearGap { get; set; }

    public int ClusterCount { get; set; }

    public double NoiseShare { get; set; }

    public double SmallestShare { get; set; }

    public CandidateIndices? Indices { get; set; }

    public StabilityReport? Stability { get; set; }

    public double? Score { get; set; }

    public double FitSeconds { get; set; }

    public bool Feasible => Status is CandidateStatus.Scored or CandidateStatus.Screened;
}
