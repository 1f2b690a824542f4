using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Pushdown;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Pushdown;

/// <summary>
/// <c>atlas score --engine clickhouse</c>: writes every scored customer's segment id back into the cluster as a
/// sharded table (<c>customer_id</c>, <c>segment_id</c> 0-based as in segments.csv), computed shard by shard from
/// the feature table the scoring run left in its workspace: the saved preprocessing in SQL, then the nearest centroid.
/// </summary>
public static class SegmentTableWriter
{
    /// <summary>
    /// (Re)creates <paramref name="table"/> in the database of <paramref name="target"/> from the features in
    /// <paramref name="workspace"/>'s database. Only k-means models have a SQL assignment; others are refused.
    /// </summary>
    /// <exception cref="ArgumentException">The model is not k-means.</exception>
    public static async Task WriteAsync(ClickHouseEngine workspace, ClickHouseConnection target, SegmentModel model, string table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(model);
        var centroids = EnsureSupported(model).Centroids;
        var d = workspace.Dialect;
        var columns = Enumerable.Range(0, model.Preprocessing.Transforms.Count).Select(ModelSpaceSql.Column).ToArray();
        var assignment = KMeansSql.Assignment(d, columns, centroids);
        var source = workspace.Cluster.Initiator.Connection.Database is { } db ? ClickHouseSql.Identifier(db) + "." : string.Empty;
        using var cluster = new ClickHouseCluster(target);
        await cluster.EnsureDatabaseAsync(ct).ConfigureAwait(false);
        await ShardLocalTable.CreateAsync(cluster, table, "customer_id",
            local => $"SELECT id AS customer_id, toInt32({assignment}) - 1 AS segment_id " +
                     $"FROM ({ModelSpaceSql.Query(d, model.Preprocessing, source + local(CustomerDataLoader.FeaturesTable))})",
            ShardPlacement.WhereComputed, ct).ConfigureAwait(false);
    }

    /// <summary>The k-means model of a run; refuses models whose assignment cannot be written as SQL, before any work starts.</summary>
    /// <exception cref="ArgumentException">The model is not k-means.</exception>
    public static KMeansModel EnsureSupported(SegmentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var clusterModel = model.LoadClusterModel();
        return clusterModel as KMeansModel ?? throw new ArgumentException(
            $"the model's algorithm is {clusterModel.Algorithm}; only k-means models assign inside the cluster (score with --engine duckdb).",
            "segments-table");
    }
}
