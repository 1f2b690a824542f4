using System.Globalization;
using CustomerAtlas.Data.Store;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Server.Runs;

/// <summary>Turns a loaded run directory (<see cref="SegmentRun"/>) into the <see cref="RunRecord"/> the API serves and the store keeps.</summary>
public static class RunRecords
{
    /// <summary>
    /// The version id of a run's model: its fit time and the start of its input's SHA-256, so
    /// exporting the same run twice names the same version (and replaces it).
    /// </summary>
    public static string VersionOf(SegmentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Version;
    }

    /// <summary>The record of <paramref name="run"/>, with map coordinates where <paramref name="map"/> has them.</summary>
    public static RunRecord FromRun(SegmentRun run, IReadOnlyDictionary<string, (double X, double Y)>? map)
    {
        ArgumentNullException.ThrowIfNull(run);
        var model = run.Model;
        var record = new ModelRecord(
            VersionOf(model),
            (string?)model.ClusterModel["algorithm"] ?? "unknown",
            model.K,
            model.CreatedUtc,
            model.Input.Sha256,
            ParentVersion: model.Refresh?.ParentVersion,
            model.Preprocessing.Transforms.Select(t => t.Name).ToArray(),
            File.ReadAllText(Path.Combine(run.Directory, RunFiles.Model)),
            File.ReadAllText(Path.Combine(run.Directory, RunFiles.Quality)));

        var profilesById = run.Profiles.ToDictionary(p => p.Id);
        var segments = model.Segments.Select(s =>
        {
            var profile = profilesById.GetValueOrDefault(s.Id);
            var drivers = profile?.Drivers ?? [];
            return new SegmentRecord(
                s.Id,
                s.Name,
                s.Size,
                s.Share,
                s.Centroid,
                drivers.Select(d => new DriverRecord(d.Feature, d.StandardizedDifference)).ToArray(),
                drivers.Select(Rule).ToArray());
        }).ToArray();

        var profiles = run.Profiles
            .SelectMany(p => p.Features.Select(f => new ProfileRecord(p.Id, f.Feature, f.Mean, f.Median, f.OverallMean)))
            .ToArray();

        var customers = run.Assignments.Select(a =>
        {
            (double X, double Y)? point = map is not null && map.TryGetValue(a.CustomerId, out var p) ? p : null;
            return new CustomerRecord(a.CustomerId, a.SegmentId, a.Distance, a.Confidence, point?.X, point?.Y);
        }).ToArray();

        return new RunRecord(record, segments, profiles, customers);
    }

    // A driver read as a rule of thumb: which way the segment leans and by how much, in the
    // feature's own units so that a marketer can act on it.
    private static string Rule(Pipeline.Profiling.FeatureSummary driver) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"{driver.Feature} {(driver.StandardizedDifference >= 0 ? "higher" : "lower")} than average: median {driver.Median:G4}, mean {driver.Mean:G4} vs {driver.OverallMean:G4} overall ({driver.StandardizedDifference:+0.00;-0.00} sd)");
}
