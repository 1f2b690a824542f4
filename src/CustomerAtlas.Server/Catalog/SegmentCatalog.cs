using System.Text.Json;
using CustomerAtlas.Data.Store;
using CustomerAtlas.Server.Scoring;

namespace CustomerAtlas.Server.Catalog;

/// <summary>
/// The served model, indexed for the API: segments by id, profiles by segment, customers by id.
/// Built once at start-up from a run (a run folder or the segment store) and read-only after,
/// so requests share it without locks.
/// </summary>
public sealed class SegmentCatalog
{
    private readonly Dictionary<int, SegmentRecord> segmentsById;
    private readonly Dictionary<int, ProfileRecord[]> profilesBySegment;
    private readonly Dictionary<string, CustomerRecord> customersById;
    private readonly CustomerRecord[] mapped;
    private readonly Dictionary<int, double> meanConfidence;

    /// <summary>Indexes <paramref name="run"/>; <paramref name="versions"/> lists every known version (lineage), newest first.</summary>
    public SegmentCatalog(RunRecord run, IReadOnlyList<ModelRecord> versions, ISegmentScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(scorer);
        RunRecordChecks.EnsureConsistent(run);
        Run = run;
        Versions = versions.Any(v => v.Version == run.Model.Version) ? versions : [run.Model, .. versions];
        Scorer = scorer;
        segmentsById = run.Segments.ToDictionary(s => s.Id);
        profilesBySegment = run.Profiles.GroupBy(p => p.SegmentId).ToDictionary(g => g.Key, g => g.ToArray());
        customersById = run.Customers.ToDictionary(c => c.CustomerId, StringComparer.Ordinal);
        meanConfidence = run.Customers.GroupBy(c => c.SegmentId).ToDictionary(g => g.Key, g => g.Average(c => c.Confidence));
        mapped = run.Customers.Where(c => c.MapX.HasValue && c.MapY.HasValue).ToArray();
        using (var quality = JsonDocument.Parse(run.Model.QualityJson))
        {
            Quality = quality.RootElement.Clone();
        }

        ProfileFeatures = run.Profiles.Select(p => p.Feature).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The run being served.</summary>
    public RunRecord Run { get; }

    /// <summary>The served model's metadata.</summary>
    public ModelRecord Model => Run.Model;

    /// <summary>Every known model version, newest first, the served one included.</summary>
    public IReadOnlyList<ModelRecord> Versions { get; }

    /// <summary>Scores new customers with the served model.</summary>
    public ISegmentScorer Scorer { get; }

    /// <summary>The original features the profiles describe, in first-seen order.</summary>
    public IReadOnlyList<string> ProfileFeatures { get; }

    /// <summary>The data-quality report of the fit's input, parsed once.</summary>
    public JsonElement Quality { get; }

    /// <summary>Number of customers the model was fitted on.</summary>
    public int CustomerCount => customersById.Count;

    /// <summary>The segment with id <paramref name="id"/>, or null.</summary>
    public SegmentRecord? FindSegment(int id) => segmentsById.GetValueOrDefault(id);

    /// <summary>The segment's profile rows (empty when the segment is unknown).</summary>
    public IReadOnlyList<ProfileRecord> ProfileOf(int segmentId) => profilesBySegment.GetValueOrDefault(segmentId) ?? [];

    /// <summary>Mean confidence of the segment's customers (0 when it has none).</summary>
    public double MeanConfidence(int segmentId) => meanConfidence.GetValueOrDefault(segmentId);

    /// <summary>The customer with id <paramref name="customerId"/>, or null.</summary>
    public CustomerRecord? FindCustomer(string customerId) => customersById.GetValueOrDefault(customerId);

    /// <summary>
    /// Up to <paramref name="limit"/> customers with map coordinates, taken at an even stride so
    /// every region of the map keeps its density; the same call always returns the same points.
    /// </summary>
    public IReadOnlyList<CustomerRecord> MapSample(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (mapped.Length <= limit)
        {
            return mapped;
        }

        var sample = new CustomerRecord[limit];
        double stride = (double)mapped.Length / limit;
        for (int i = 0; i < limit; i++)
        {
            sample[i] = mapped[(int)(i * stride)];
        }

        return sample;
    }
}
