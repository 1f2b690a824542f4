using CustomerAtlas.Core.Clustering.NearestMean;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;
using CustomerAtlas.Core.Serialization;

namespace CustomerAtlas.Core.Tests.Selection;

public class ConsensusClustererTests
{
    private static Candidate Member(int k) => new(k, "raw", SelectionTestData.KMeansSpec, k, string.Empty, 1);

    [Fact]
    public void Members_that_over_and_under_split_agree_on_the_true_blobs()
    {
        var (data, truth) = SelectionTestData.Blobs(4, 50);
        var model = new ConsensusClusterer([Member(3), Member(4), Member(4), Member(5)], 4, seed: 42, linkageRows: 120).Fit(data);

        var nc = Assert.IsType<NearestCentroidModel>(model);
        Assert.Equal(ConsensusClusterer.Name, nc.Source);
        Assert.Equal(4, nc.ClusterCount);
        Assert.Equal(1.0, AdjustedRandIndex.Score(truth, [.. model.Labels]), 1e-12);
        Assert.Equal(model.Labels, model.Predict(data));
    }

    [Fact]
    public void The_consensus_model_predicts_new_customers_after_a_round_trip()
    {
        var (data, _) = SelectionTestData.Blobs(3, 30);
        var model = new ConsensusClusterer([Member(2), Member(3), Member(3)], 3, seed: 7, linkageRows: 60).Fit(data);
        var loaded = ModelFile.FromJson(ModelFile.ToJson(model));

        // New customers near each blob centre (0,0), (10,0), (20,0) land in that blob's segment.
        var fresh = new Matrix<double>(3, 2, [0.2, -0.1, 9.8, 0.3, 20.1, 0.1]);
        var expected = new[] { model.Labels[0], model.Labels[30], model.Labels[60] };
        Assert.Equal(expected, model.Predict(fresh));
        Assert.Equal(expected, loaded.Predict(fresh));
    }

    [Fact]
    public void Too_few_members_or_a_bad_k_are_rejected()
    {
        var (data, _) = SelectionTestData.Blobs(2, 10);
        Assert.Throws<ArgumentException>(() => new ConsensusClusterer([Member(2)], 2, 1, 100).Fit(data));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConsensusClusterer([Member(2), Member(3)], 1, 1, 100).Fit(data));
    }

    [Fact]
    public void Nearest_centroids_of_a_sample_label_the_rows_they_are_given()
    {
        // Means 0.5 and 10.5 from the sample; the other rows go to the nearer one (5.4 is nearer 0.5 by 0.2).
        var sample = new Matrix<double>(4, 1, [0, 1, 10, 11]);
        var all = new Matrix<double>(5, 1, [0, 5.4, 1, 10, 11]);
        var model = NearestCentroidModel.FromLabels("test", sample, [0, 0, 1, 1], 2, labelled: all);
        Assert.Equal([0.5, 10.5], model.Centroids);
        Assert.Equal([0, 0, 0, 1, 1], model.Labels);
        Assert.Equal("labelled", Assert.Throws<ArgumentException>(() =>
            NearestCentroidModel.FromLabels("test", sample, [0, 0, 1, 1], 2, labelled: new Matrix<double>(1, 2))).ParamName);
    }

    [Fact]
    public void Nearest_centroid_labels_need_every_segment() =>
        Assert.Throws<ArgumentException>(() =>
            NearestCentroidModel.FromLabels("test", new Matrix<double>(3, 1, [0, 1, 2]), [0, 0, 2], 3));
}
