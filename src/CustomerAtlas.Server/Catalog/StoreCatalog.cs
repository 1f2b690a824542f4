using CustomerAtlas.Data.Store;
using CustomerAtlas.Server.Scoring;

namespace CustomerAtlas.Server.Catalog;

/// <summary>Builds a <see cref="SegmentCatalog"/> from the PostgreSQL segment store (<c>atlas serve --store</c>).</summary>
public static class StoreCatalog
{
    /// <summary>
    /// Reads model <paramref name="version"/> (the newest when null) and the list of all stored
    /// versions; <paramref name="scorerFor"/> builds the scorer from the stored model.
    /// </summary>
    public static async Task<SegmentCatalog> LoadAsync(
        string connectionString, string? version, Func<ModelRecord, ISegmentScorer> scorerFor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scorerFor);
        var store = new PostgresSegmentStore(connectionString);
        var run = await store.ReadRunAsync(version, cancellationToken).ConfigureAwait(false);
        var versions = await store.ListModelsAsync(cancellationToken).ConfigureAwait(false);
        return new SegmentCatalog(run, versions, scorerFor(run.Model));
    }
}
