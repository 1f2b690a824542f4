using System.Text.Json;
using CustomerAtlas.Data.Quality;
using CustomerAtlas.Pipeline.Profiling;
using CustomerAtlas.Pipeline.Scoring;
using CustomerAtlas.Reports.Exports;

namespace CustomerAtlas.Pipeline.Runs;

/// <summary>
/// A finished run directory loaded back: the model, the profiles, the quality report and every
/// customer's assignment. <see cref="CreateScorer"/> scores new rows with the run's model.
/// </summary>
public sealed class SegmentRun
{
    private SegmentRun(string directory, SegmentModel model, IReadOnlyList<SegmentProfile> profiles, QualityReport quality, IReadOnlyList<ScoredCustomer> assignments)
    {
        Directory = directory;
        Model = model;
        Profiles = profiles;
        Quality = quality;
        Assignments = assignments;
    }

    /// <summary>The run directory.</summary>
    public string Directory { get; }

    /// <summary>model.json.</summary>
    public SegmentModel Model { get; }

    /// <summary>profiles.json.</summary>
    public IReadOnlyList<SegmentProfile> Profiles { get; }

    /// <summary>quality.json.</summary>
    public QualityReport Quality { get; }

    /// <summary>segments.parquet (same rows as segments.csv): every fit customer's segment, distance and confidence.</summary>
    public IReadOnlyList<ScoredCustomer> Assignments { get; }

    /// <summary>Path of report.html.</summary>
    public string ReportPath => Path.Combine(Directory, RunFiles.Report);

    /// <summary>Loads a run written by <c>atlas segment</c>.</summary>
    /// <exception cref="InvalidDataException">A file is missing or malformed (the message names it).</exception>
    public static SegmentRun Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!System.IO.Directory.Exists(directory))
        {
            throw new InvalidDataException($"{directory}: not a run directory (it does not exist).");
        }

        string File(string name)
        {
            string path = Path.Combine(directory, name);
            return System.IO.File.Exists(path) ? path : throw new InvalidDataException($"{path}: missing from the run directory.");
        }

        var model = SegmentModel.Load(File(RunFiles.Model));
        var profiles = ReadJson<List<SegmentProfile>>(File(RunFiles.ProfilesJson));
        var quality = ReadJson<QualityReport>(File(RunFiles.Quality));
        var assignments = AssignmentFiles.ReadParquetAsync(File(RunFiles.SegmentsParquet)).GetAwaiter().GetResult()
            .Select(r => new ScoredCustomer(r.CustomerId, r.SegmentId, r.SegmentName, r.Distance, r.Confidence)).ToList();
        return new SegmentRun(directory, model, profiles, quality, assignments);
    }

    /// <summary>A scorer for this run's model.</summary>
    public Scorer CreateScorer() => new(Model);

    private static T ReadJson<T>(string path)
    {
        try
        {
            using var stream = System.IO.File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, RunJson.Options) ?? throw new InvalidDataException($"{path}: empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: malformed ({ex.Message}).", ex);
        }
    }
}
