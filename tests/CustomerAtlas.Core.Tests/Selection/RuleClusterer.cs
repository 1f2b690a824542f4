using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Selection;

/// <summary>
/// Labels every row by a fixed rule, whatever k is asked for; with <c>onlyRows</c>, only when fitted on that many rows and
/// by a seeded coin on any other row count (a resample): as unstable as a partition can be. For search tests that need
/// partitions with known boundaries.
/// </summary>
internal sealed class RuleClusterer(Func<double[], int> rule, int? onlyRows = null) : IClusterer
{
    public IClusterModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        if (onlyRows is int rows && data.Rows != rows)
        {
            var coin = new Random(data.Rows);
            return new RuleModel(this, data.Cols, [.. Enumerable.Range(0, data.Rows).Select(_ => coin.Next(2))]);
        }

        return new RuleModel(this, data.Cols, Label(data));
    }

    private int[] Label(Matrix<double> data) =>
        [.. Enumerable.Range(0, data.Rows).Select(i => rule(data.Row(i).ToArray()))];

    private sealed class RuleModel(RuleClusterer clusterer, int features, int[] labels) : IClusterModel
    {
        public string Algorithm => "rule";

        public int ClusterCount => labels.Distinct().Count();

        public int FeatureCount => features;

        public IReadOnlyList<int> Labels => labels;

        public int[] Predict(Matrix<double> data) => clusterer.Label(data);
    }
}
