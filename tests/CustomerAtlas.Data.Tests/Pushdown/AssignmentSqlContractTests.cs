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

        var d = engine.Dialect;
        var rule = ((IRuleAssignedModel)model).ExplicitRule()!;
        var label = AssignmentSql.Label(d, [d.QuoteIdentifier("m0"), d.QuoteIdentifier("m1")], rule);
        var inSql = new int[grid.Rows];
        await foreach (var row in engine.QueryAsync($"SELECT id, {label} FROM {d.QuoteIdentifier(table)}"))
        {
            inSql[Convert.ToInt32(row[0], CultureInfo.InvariantCulture)] = Convert.ToInt32(row[1], CultureInfo.InvariantCulture);
        }

        Assert.Equal(model.Predict(grid), inSql);
        // The duplicated centre (labels 1 and 2) never wins over its first copy, so exact ties were decided.
        Assert.DoesNotContain(2, inSql.Where((_, i) => grid[i, 0] == 1 && grid[i, 1] == 0));
    }

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
