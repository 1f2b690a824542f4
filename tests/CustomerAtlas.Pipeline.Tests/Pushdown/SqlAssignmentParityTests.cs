using System.Globalization;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Serialization;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.ClickHouse;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Pipeline.Pushdown;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Pushdown;

/// <summary>
/// Every model whose Predict is a closed-form rule labels the 4,372 online-retail customers in SQL — the saved
/// preprocessing then the rule, on DuckDB and in the two-shard cluster's segments table — exactly as its
/// in-process Predict labels the features the same engine computed: zero disagreements.
/// </summary>
[Collection(ClusterRuns.Collection)]
public sealed class SqlAssignmentParityTests(ClusterRuns runs)
{
    [Fact]
    public async Task Every_rule_model_labels_every_customer_in_DuckDB_as_Predict_does()
    {
        await using var engine = new DuckDbEngine(threads: 1);
        var (model, ids, x) = await ModelSpaceAsync(engine);
        foreach (var (name, cluster) in RuleModels.Fit(x, model.K))
        {
            var variant = With(model, cluster);
            var sql = SegmentTableWriter.AssignmentQuery(engine.Dialect, variant, CustomerDataLoader.FeaturesTable);
            var inSql = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (var row in engine.QueryAsync(sql))
            {
                inSql.Add(Text(row[0]), Convert.ToInt32(row[1], CultureInfo.InvariantCulture));
            }

            AssertSameLabels(name, ids, cluster.Predict(x), inSql);
        }
    }

    [Fact]
    public async Task Every_rule_model_writes_the_segments_table_in_the_cluster_as_Predict_labels()
    {
        await using var engine = (ClickHouseEngine)ClusterRuns.Cluster();
        var (model, ids, x) = await ModelSpaceAsync(engine);
        using var target = new ClickHouseCluster(ClickHouseTestCluster.Connection);
        var table = $"rule_segments_{Guid.NewGuid():N}"[..26];
        try
        {
            foreach (var (name, cluster) in RuleModels.Fit(x, model.K))
            {
                await SegmentTableWriter.WriteAsync(engine, ClickHouseTestCluster.Connection, With(model, cluster), table);
                var written = new Dictionary<string, int>(StringComparer.Ordinal);
                await foreach (var row in target.Initiator.QueryRowsAsync($"SELECT customer_id, segment_id FROM {ClickHouseCluster.Table(table)}"))
                {
                    written.Add(row[0]!, int.Parse(row[1]!, CultureInfo.InvariantCulture));
                }

                AssertSameLabels(name, ids, cluster.Predict(x), written);
            }
        }
        finally
        {
            await target.DropTableAsync(table);
        }
    }

    [Fact]
    public void A_model_without_a_SQL_rule_is_refused_naming_the_segments_table()
    {
        var model = runs.OnDuckDb.Model;
        var rows = new Core.Data.Matrix<double>(12, model.Preprocessing.Transforms.Count);
        for (var i = 0; i < rows.Values.Length; i++)
        {
            rows.Values[i] = (i * 7919 % 101) / 10.0;
        }

        var genie = new GenieClusterer(new GenieOptions { ClusterCount = 2 }).Fit(rows);
        var error = Assert.Throws<ArgumentException>(() => SegmentTableWriter.EnsureSupported(With(model, genie)));
        Assert.Equal("segments-table", error.ParamName);
        Assert.Contains("--segments-table", error.Message, StringComparison.Ordinal);
        Assert.Contains("genie", error.Message, StringComparison.Ordinal);
    }

    private async Task<(SegmentModel Model, string[] Ids, Core.Data.Matrix<double> X)> ModelSpaceAsync(ISqlEngine engine)
    {
        var model = runs.OnDuckDb.Model;
        var data = await CustomerDataLoader.ApplyAsync(engine, model.Reader with { Path = runs.Input }, model.FeaturePlan);
        var x = model.Preprocessing.Apply(data.Features.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal), data.CustomerIds.Length);
        return (model, data.CustomerIds, x);
    }

    private static SegmentModel With(SegmentModel model, IClusterModel cluster) => model with { ClusterModel = ModelFile.ToJson(cluster) };

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private static void AssertSameLabels(string name, string[] ids, int[] predicted, Dictionary<string, int> inSql)
    {
        Assert.True(ids.Length == inSql.Count, $"{name}: {inSql.Count} rows in SQL for {ids.Length} customers");
        var disagreements = ids.Where((id, i) => inSql[id] != predicted[i]).ToList();
        Assert.True(disagreements.Count == 0,
            $"{name}: {disagreements.Count} of {ids.Length} customers labelled differently in SQL, e.g. {string.Join(", ", disagreements.Take(5))}");
        Assert.True(predicted.Distinct().Count() > 1, $"{name}: a one-segment model proves little");
    }
}
