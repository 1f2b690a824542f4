using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Selection;

/// <summary>A candidate fitted to a preparation: the model, every row's label, and the rows it was fitted on.</summary>
/// <param name="Model">The fitted model.</param>
/// <param name="Labels">Label of every row of the preparation.</param>
/// <param name="FitData">The matrix the model was fitted on (the whole preparation or a sample).</param>
public sealed record FittedCandidate(IClusterModel Model, int[] Labels, Matrix<double> FitData);

/// <summary>Fits a candidate, on a seeded sample when its algorithm caps the rows it can take.</summary>
public static class CandidateFitter
{
    /// <summary>Fits <paramref name="candidate"/> with <paramref name="seed"/> and labels every row of <paramref name="data"/>.</summary>
    public static FittedCandidate Fit(Candidate candidate, Matrix<double> data, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(data);
        var clusterer = candidate.Create(seed);
        if (data.Rows <= candidate.Algorithm.MaxFitRows)
        {
            var model = clusterer.Fit(data, cancellationToken);
            return new FittedCandidate(model, model.Labels.ToArray(), data);
        }

        var rows = RowSampler.Sample(data.Rows, candidate.Algorithm.MaxFitRows, SelectionSeeds.FitSample(seed));
        var sample = data.SelectRows(rows);
        var sampled = clusterer.Fit(sample, cancellationToken);
        return new FittedCandidate(sampled, sampled.Predict(data), sample);
    }
}
