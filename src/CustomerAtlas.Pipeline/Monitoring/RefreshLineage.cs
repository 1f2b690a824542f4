using CustomerAtlas.Core.Drift;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Scoring;

namespace CustomerAtlas.Pipeline.Monitoring;

/// <summary>One segment of a refreshed model and the parent segment it continues.</summary>
/// <param name="Id">Segment id in this model.</param>
/// <param name="ParentId">The matched segment id in the parent model.</param>
/// <param name="ParentName">That segment's name in the parent model.</param>
/// <param name="Shared">Customers in both segments.</param>
/// <param name="Jaccard">Shared customers over the customers in either.</param>
public sealed record LineageMatch(int Id, int ParentId, string ParentName, int Shared, double Jaccard);

/// <summary>
/// How a refreshed model continues its parent (<c>atlas segment --refresh-of</c>): the fit's customers are assigned by the
/// parent model too, exactly as <c>atlas score</c> would, and the two segmentations are matched customer by customer
/// (<see cref="SegmentMigration"/>).
/// </summary>
/// <param name="ParentVersion">The parent model's version (<see cref="SegmentModel.Version"/>).</param>
/// <param name="Customers">Customers both assignments hold.</param>
/// <param name="Ari">Agreement of the two assignments (1 = the same partition).</param>
/// <param name="StayedShare">Share of the customers whose segment here is the match of their parent segment.</param>
/// <param name="Matches">Each matched segment of this model, by id; a segment without a match is new.</param>
public sealed record RefreshLineage(string ParentVersion, int Customers, double Ari, double StayedShare, IReadOnlyList<LineageMatch> Matches)
{
    /// <summary>The lineage of a fit of <paramref name="input"/> whose customers got <paramref name="labels"/>, refreshing <paramref name="parent"/>.</summary>
    /// <exception cref="DataSourceException">The parent model cannot read the input (it lacks a column the parent needs).</exception>
    public static async Task<RefreshLineage> OfAsync(
        SegmentModel parent, string input, IReadOnlyList<string> customerIds, IReadOnlyList<int> labels, Func<ISqlEngine>? engineFactory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentNullException.ThrowIfNull(customerIds);
        ArgumentNullException.ThrowIfNull(labels);
        var scorer = new Scorer(parent, engineFactory);
        var (ids, features) = await scorer.FeaturesOfFileAsync(input, cancellationToken).ConfigureAwait(false);
        var before = scorer.ScoreFeatures(ids, features).ToDictionary(s => s.CustomerId, s => s.SegmentId, StringComparer.Ordinal);
        var now = customerIds.Select((id, i) => (id, label: labels[i])).ToDictionary(p => p.id, p => p.label, StringComparer.Ordinal);
        var migration = SegmentMigration.Between(before, now);
        var names = parent.Segments.ToDictionary(s => s.Id, s => s.Name);
        return new RefreshLineage(
            parent.Version,
            migration.Common,
            migration.Ari,
            migration.StayedShare,
            [.. migration.Matches.OrderBy(m => m.NowId).Select(m => new LineageMatch(m.NowId, m.BeforeId, names.GetValueOrDefault(m.BeforeId, "Noise"), m.Shared, m.Jaccard))]);
    }
}
