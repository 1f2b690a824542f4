using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Pushdown;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Pushdown;

/// <summary>
/// <c>atlas score --engine clickhouse</c>: writes every scored customer's segment id back into the cluster as a
/// sharded table (<c>customer_id</c>, <c>segment_id</c> 0-based as in segments.csv), computed shard by shard from
/// the feature table the scoring run left in its workspace: the saved preprocessing in SQL, then the model's own
/// assignment rule in SQL (nearest centroid, bisecting tree, most probable Gaussian component), the labels Predict gives.
/// </summary>
public static class SegmentTableWriter
{
    /// <summary>
    /// (Re)creates <paramref name="table"/> in the database of <paramref name="target"/> from the features in
    /// <paramref name="workspace"/>'s database. Models without a SQL assignment are refused.
    /// </summary>
    /// <exception cref="ArgumentException">The model's assignment cannot be written as SQL.</exception>
    public static async Task WriteAsync(ClickHouseEngine workspace, ClickHouseConnection target, SegmentModel model, string table, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(model);
        var source = workspace.Cluster.Initiator.Connection.Database is { } db ? ClickHouseSql.Identifier(db) + "." : string.Empty;
        using var cluster = new ClickHouseCluster(target);
        await cluster.EnsureDatabaseAsync(ct).ConfigureAwait(false);
        await ShardLocalTable.CreateAsync(cluster, table, "customer_id",
            local => $"SELECT id AS customer_id, toInt32(label) AS segment_id " +
                     $"FROM ({AssignmentQuery(workspace.Dialect, model, source + local(CustomerDataLoader.FeaturesTable))}) AS assigned",
            ShardPlacement.WhereComputed, ct).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>SELECT id, label</c>: every customer of <paramref name="featureRelation"/> (the raw feature table) with its
    /// 0-based segment, computed in any dialect: the saved preprocessing (<see cref="ModelSpaceSql"/>), then the
    /// model's assignment rule (<see cref="AssignmentSql"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The model's assignment cannot be written as SQL.</exception>
    public static string AssignmentQuery(ISqlDialect dialect, SegmentModel model, string featureRelation)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var rule = EnsureSupported(model);
        var columns = Enumerable.Range(0, model.Preprocessing.Transforms.Count).Select(ModelSpaceSql.Column).ToArray();
        return AssignmentSql.Query(dialect, $"({ModelSpaceSql.Query(dialect, model.Preprocessing, featureRelation)}) AS model_space", columns, rule);
    }

    /// <summary>
    /// The assignment rule of a run's model; refuses models whose assignment cannot be written as SQL, before any
    /// work starts.
    /// </summary>
    /// <exception cref="ArgumentException">The model's assignment cannot be written as SQL.</exception>
    public static AssignmentRule EnsureSupported(SegmentModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var clusterModel = model.LoadClusterModel();
        return (clusterModel as IRuleAssignedModel)?.ExplicitRule() ?? throw new ArgumentException(
            $"--segments-table: the model's algorithm is {clusterModel.Algorithm}, whose assignment cannot be written as SQL " +
            "(models that can: k-means, mini-batch and bisecting k-means, k-medoids and agglomerative under Euclidean or Manhattan " +
            "distance, nearest-centroid/consensus, Gaussian mixtures); score it with --engine duckdb.",
            "segments-table");
    }
}
