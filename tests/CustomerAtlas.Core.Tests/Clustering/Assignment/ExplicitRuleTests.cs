using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Clustering.Assignment;
using CustomerAtlas.Core.Clustering.BayesianGaussianMixture;
using CustomerAtlas.Core.Clustering.BisectingKMeans;
using CustomerAtlas.Core.Clustering.GaussianMixture;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.KMedoids;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;

namespace CustomerAtlas.Core.Tests.Clustering.Assignment;

public sealed class ExplicitRuleTests
{
    /// <summary>Three overlapping 3-D blobs: many rows near a boundary, so a wrong rule shows.</summary>
    private static Matrix<double> Overlapping() =>
        Blobs.Make(7, [[0, 0, 0], [1.5, 0, 0.5], [0, 1.5, -0.5]], 80, 1.0).Data;

    public static TheoryData<string> ModelNames() => [.. Models(Overlapping()).Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ModelNames))]
    public void The_rule_evaluated_directly_labels_every_row_as_Predict(string name)
    {
        var data = Overlapping();
        var model = Models(data).Single(m => m.Name == name).Model;
        var rule = ((IRuleAssignedModel)model).ExplicitRule()!;
        Assert.Equal(model.FeatureCount, rule.FeatureCount);
        Assert.Equal(model.ClusterCount, rule.ClusterCount);
        var direct = Enumerable.Range(0, data.Rows).Select(i => Evaluate(rule, data.RowReadOnly(i).ToArray())).ToArray();
        Assert.Equal(model.Predict(data), direct);
    }

    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    [InlineData(CovarianceType.Spherical)]
    public void Gaussian_whitening_inverts_each_covariance_and_offsets_carry_log_det_and_weight(CovarianceType type)
    {
        var data = Overlapping();
        var gmm = new GaussianMixtureClusterer(new GaussianMixtureOptions { ComponentCount = 3, CovarianceType = type, Seed = 3 }).Fit(data);
        var rule = Assert.IsType<GaussianScoreRule>(gmm.ExplicitRule());
        int d = data.Cols;
        for (int c = 0; c < 3; c++)
        {
            var sigma = Covariance(gmm, c);
            var w = new double[d, d];
            for (int i = 0; i < d; i++)
            {
                for (int j = 0; j < d; j++)
                {
                    w[i, j] = rule.WhiteningRow(c, i)[j];
                    Assert.True(j <= i || w[i, j] == 0, $"W[{i},{j}] is above the diagonal");
                }
            }

            // W Σ Wᵀ = I, and log det Σ = −2 Σ log W_ii for a triangular W.
            double logDet = 0;
            for (int i = 0; i < d; i++)
            {
                logDet -= 2 * Math.Log(w[i, i]);
                for (int j = 0; j < d; j++)
                {
                    double sum = 0;
                    for (int a = 0; a < d; a++)
                    {
                        for (int b = 0; b < d; b++)
                        {
                            sum += w[i, a] * sigma[a, b] * w[j, b];
                        }
                    }

                    Assert.Equal(i == j ? 1.0 : 0.0, sum, 1e-9);
                }
            }

            Assert.Equal(logDet - (2 * Math.Log(gmm.Weights[c])), rule.Offsets[c], 1e-9);
        }
    }

    [Fact]
    public void Models_predicting_by_something_else_state_no_rule()
    {
        var data = Overlapping();
        var single = data.ToSingle();
        Assert.Null(new KMeans(new KMeansOptions { K = 3, Seed = 1 }).Fit(single).ExplicitRule());
        Assert.Null(new BisectingKMeans(new BisectingKMeansOptions { K = 3, Seed = 1 }).Fit(single).ExplicitRule());
        Assert.Null(new AgglomerativeClusterer(new AgglomerativeOptions { ClusterCount = 3, Linkage = Linkage.Average, Metric = DistanceMetric.Cosine }).Fit(data).ExplicitRule());
        Assert.Null(new KMedoidsClusterer(new KMedoidsOptions { ClusterCount = 3, Distance = CosineDistance.Instance }).Fit(data).ExplicitRule());
        Assert.DoesNotContain(typeof(IRuleAssignedModel), typeof(GenieModel).GetInterfaces());
    }

    [Fact]
    public void A_nearest_centroid_rule_refuses_a_metric_it_cannot_state()
    {
        var error = Assert.Throws<ArgumentException>(() => new NearestCentroidRule(2, [0, 0, 1, 1], DistanceMetric.Cosine));
        Assert.Equal("metric", error.ParamName);
    }

    private static IEnumerable<(string Name, IClusterModel Model)> Models(Matrix<double> data)
    {
        yield return ("kmeans", new KMeans(new KMeansOptions { K = 3, Seed = 1 }).Fit(data));
        yield return ("bisecting", new BisectingKMeans(new BisectingKMeansOptions { K = 4, Seed = 1 }).Fit(data));
        yield return ("kmedoids-manhattan", new KMedoidsClusterer(new KMedoidsOptions { ClusterCount = 3, Distance = ManhattanDistance.Instance }).Fit(data));
        yield return ("ward", new AgglomerativeClusterer(new AgglomerativeOptions { ClusterCount = 3 }).Fit(data));
        foreach (var type in Enum.GetValues<CovarianceType>())
        {
            yield return ($"gmm-{type}", new GaussianMixtureClusterer(new GaussianMixtureOptions { ComponentCount = 3, CovarianceType = type, Seed = 3 }).Fit(data));
        }

        yield return ("bgmm", new BayesianGaussianMixtureClusterer(new BayesianGaussianMixtureOptions { MaxComponents = 5, Seed = 3 }).Fit(data));
    }

    private static double[,] Covariance(GaussianMixtureModel gmm, int c)
    {
        int d = gmm.FeatureCount;
        var sigma = new double[d, d];
        for (int i = 0; i < d; i++)
        {
            for (int j = 0; j < d; j++)
            {
                sigma[i, j] = gmm.CovarianceType switch
                {
                    CovarianceType.Full => gmm.Covariances[(c * d * d) + (i * d) + j],
                    CovarianceType.Diagonal => i == j ? gmm.Covariances[(c * d) + i] : 0,
                    _ => i == j ? gmm.Covariances[c] : 0,
                };
            }
        }

        return sigma;
    }

    /// <summary>The rule as its documentation states it, in plain loops (first minimum wins).</summary>
    private static int Evaluate(AssignmentRule rule, double[] x)
    {
        switch (rule)
        {
            case CentroidTreeRule tree:
                var node = tree.Nodes[0];
                while (!node.IsLeaf)
                {
                    var left = tree.Nodes[node.Left];
                    var right = tree.Nodes[node.Right];
                    node = Squared(x, left.Centroid) <= Squared(x, right.Centroid) ? left : right;
                }

                return node.Label;
            case NearestCentroidRule nearest:
                return FirstMinimum(Enumerable.Range(0, nearest.ClusterCount).Select(c => nearest.Metric == DistanceMetric.Manhattan
                    ? x.Select((v, j) => Math.Abs(v - nearest.Centroid(c)[j])).Sum()
                    : Squared(x, nearest.Centroid(c).ToArray())));
            case GaussianScoreRule gaussian:
                return FirstMinimum(Enumerable.Range(0, gaussian.ClusterCount).Select(c =>
                {
                    double score = gaussian.Offsets[c];
                    for (int i = 0; i < x.Length; i++)
                    {
                        double z = 0;
                        for (int j = 0; j <= i; j++)
                        {
                            z += gaussian.WhiteningRow(c, i)[j] * (x[j] - gaussian.Mean(c)[j]);
                        }

                        score += z * z;
                    }

                    return score;
                }));
            default:
                throw new ArgumentException(rule.GetType().Name);
        }
    }

    private static double Squared(double[] x, double[] centre) => x.Select((v, j) => (v - centre[j]) * (v - centre[j])).Sum();

    private static int FirstMinimum(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.IndexOf(list.Min());
    }
}
