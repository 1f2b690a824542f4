using CustomerAtlas.Data.Store;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Server.Runs;

/// <summary><c>atlas export RUN --to CONNECTION</c>: writes a run directory into the PostgreSQL segment store.</summary>
public static class RunExport
{
    /// <summary>
    /// Loads the run in <paramref name="directory"/> (with its map, when the fit's input is still
    /// there) and replaces its model version in the store in one transaction. Returns what was written.
    /// </summary>
    public static async Task<RunRecord> ExportAsync(string directory, string connectionString, CancellationToken cancellationToken = default)
    {
        var store = new PostgresSegmentStore(connectionString);
        var run = SegmentRun.Load(directory);
        var map = await RunMap.ComputeAsync(run.Model, cancellationToken).ConfigureAwait(false);
        var record = RunRecords.FromRun(run, map);
        await store.WriteAsync(record, cancellationToken).ConfigureAwait(false);
        return record;
    }

    /// <summary>The catalog <c>atlas serve --store</c> serves: the stored version (newest when null) with a scorer built from its stored model.</summary>
    public static Task<Catalog.SegmentCatalog> LoadFromStoreAsync(string connectionString, string? version, CancellationToken cancellationToken = default) =>
        Catalog.StoreCatalog.LoadAsync(connectionString, version, model => PipelineScorer.FromModelJson(model.ModelJson), cancellationToken);
}
