using System.Globalization;
using System.Text;
using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Clustering.BisectingKMeans;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.KMedoids;
using CustomerAtlas.Core.Clustering.NearestMean;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Pushdown;

namespace CustomerAtlas.Data.Tests.Pushdown;

/// <summary>
/// <see cref="AssignmentSql"/> on every engine against the models' Predict where ties are exact: a grid of
/// half-integer points and centres with a duplicated centre, so distances and scores are exact in binary and
/// many rows sit exactly between two centres. SQL must break each tie as Predict does (lower label; the left
/// child in a tree).
/// </summary>
public abstract class AssignmentSqlContractTests
{
    private static readonly double[] Centres = [0, 0, 1, 0, 1, 0, 0, 1];

    protected abstract ISqlEngine CreateEngine();

    public static TheoryData<string> ModelNames() => [.. Models().Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ModelNames))]
    public async Task Exact_ties_go_where_Predict_sends_them(string name)
    {
        var model = Models().Single(m => m.Name == name).Model;
        var grid = Grid();
        await using var engine = CreateEngine();
        var table = "assign_" + Guid.NewGuid().ToString("N")[..10];
        using (var temp = new TempDirectory("atlas-assign-"))
        {
            var csv = new StringBuilder("id,m0,m1\n");
            for (var i = 0; i < grid.Rows; i++)
            {
                csv.Append(CultureInfo.InvariantCulture, $"{i},{grid[i, 0]:0.0},{grid[i, 1]:0.0}\n");
            }

            await engine.RegisterSourceAsync(table, new DataSource { Path = temp.WriteText("grid.csv", csv.ToString()) });
        }

        var inSql = await LabelsAsync(engine, table, ((IRuleAssignedModel)model).ExplicitRule()!, grid.Rows);
        Assert.Equal(model.Predict(grid), inSql);
        // The duplicated centre (labels 1 and 2) never wins over its first copy, so exact ties were decided.
        Assert.DoesNotContain(2, inSql.Where((_, i) => grid[i, 0] == 1 && grid[i, 1] == 0));
    }

    [Fact]
    public async Task A_full_covariance_mixture_over_20_features_and_8_components_labels_as_Predict()
    {
        // Eight components, 20 features: 1,680 whitening terms, about 100 KB of SQL in two layers; written as one
        // unrolled expression (every term twice in the square, the list twice in ClickHouse's argmin) it would be
        // about 400 KB, past ClickHouse's default 256 KiB query size.
        const int d = 20;
        var random = new Random(5);
        var rows = new Matrix<double>(600, d);
        for (var i = 0; i < rows.Rows; i++)
        {
            for (var j = 0; j < d; j++)
            {
                rows[i, j] = (i % 8 == j % 8 ? 3.0 : 0.0) + Normal(random);
            }
        }

        var gmm = new GaussianMixtureClusterer(new GaussianMixtureOptions { ComponentCount = 8, Seed = 5, MaxIterations = 20 }).Fit(rows);
        await using var engine = CreateEngine();
        var table = "assign_" + Guid.NewGuid().ToString("N")[..10];
        using (var temp = new TempDirectory("atlas-assign-"))
        {
            var csv = new StringBuilder("id," + string.Join(",", Enumerable.Range(0, d).Select(j => $"m{j}")) + "\n");
            for (var i = 0; i < rows.Rows; i++)
            {
                csv.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                   .AppendJoin(',', Enumerable.Range(0, d).Select(j => rows[i, j].ToString("R", CultureInfo.InvariantCulture))).Append('\n');
            }

            await engine.RegisterSourceAsync(table, new DataSource { Path = temp.WriteText("rows.csv", csv.ToString()) });
        }

        var predicted = gmm.Predict(rows);
        Assert.True(predicted.Distinct().Count() > 5, "the mixture should use most of its components");
        Assert.Equal(predicted, await LabelsAsync(engine, table, gmm.ExplicitRule()!, rows.Rows));
    }

    private static async Task<int[]> LabelsAsync(ISqlEngine engine, string table, AssignmentRule rule, int rows)
    {
        var d = engine.Dialect;
        var columns = Enumerable.Range(0, rule.FeatureCount).Select(j => d.QuoteIdentifier($"m{j}")).ToArray();
        var labels = new int[rows];
        await foreach (var row in engine.QueryAsync(AssignmentSql.Query(d, d.QuoteIdentifier(table), columns, rule)))
        {
            labels[Convert.ToInt32(row[0], CultureInfo.InvariantCulture)] = Convert.ToInt32(row[1], CultureInfo.InvariantCulture);
        }

        return labels;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Points (x, y) for x, y in −1, −0.5, …, 2.</summary>
    private static Matrix<double> Grid()
    {
        var steps = Enumerable.Range(0, 7).Select(s => -1 + (0.5 * s)).ToArray();
        return Matrix<double>.FromRows([.. steps.SelectMany(x => steps.Select(y => new[] { x, y }))]);
    }

    private static IEnumerable<(string Name, IClusterModel Model)> Models()
    {
        double[][] rows = [[0, 0], [1, 0], [1, 0], [0, 1]];
        yield return ("kmeans", new KMeansModel(rows, [], 0, 0, KMeansPrecision.Double, new KMeansFitTimings(0, 0)));
        yield return ("nearest-centroid", new NearestCentroidModel("consensus", 2, [], Centres));
        yield return ("agglomerative", new AgglomerativeModel(Linkage.Ward, DistanceMetric.Euclidean, 2, [], [], Centres));
        yield return ("kmedoids-manhattan", new KMedoidsModel(ManhattanDistance.Instance, 2, [], [0, 1, 2, 3], Centres, 0, 0));
        yield return ("bisecting-kmeans", new BisectingKMeansModel(
            [
                new BisectingNode([0.5, 0.5], 1, 2, -1),
                new BisectingNode([0, 0], -1, -1, 0),
                new BisectingNode([1, 0.5], 3, 4, -1),
                new BisectingNode([1, 0], -1, -1, 1),
                new BisectingNode([1, 1], -1, -1, 2),
            ],
            [], 0, KMeansPrecision.Double));
        foreach (var type in new[] { CovarianceType.Full, CovarianceType.Diagonal, CovarianceType.Spherical })
        {
            double[] covariances = type switch
            {
                CovarianceType.Full => [.. Enumerable.Repeat<double[]>([1, 0, 0, 1], 4).SelectMany(c => c)],
                CovarianceType.Diagonal => [.. Enumerable.Repeat(1.0, 8)],
                _ => [1, 1, 1, 1],
            };
            yield return ($"gmm-{type}", new GaussianMixtureModel(2, type, [0.25, 0.25, 0.25, 0.25], Centres, covariances, [], 0, [], true, 0));
        }
    }
}

