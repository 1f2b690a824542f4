using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Clustering.MiniBatchKMeans;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Clustering;

public class MiniBatchKMeansTests
{
    [Fact]
    public void PartialFit_HandComputedUpdates()
    {
        // K = 1: the centroid is the running weighted mean of everything absorbed.
        var stream = new MiniBatchKMeansStream(new MiniBatchKMeansOptions { K = 1 });
        stream.PartialFit(Matrix<double>.FromRows([[0.0, 0.0], [2.0, 2.0]]));
        Assert.Equal([1.0, 1.0], stream.Centroids[0]);
        stream.PartialFit(Matrix<double>.FromRows([[4.0, 1.0]]), [2.0]);
        // (1·2 + 4·2) / 4 = 2.5 and (1·2 + 1·2) / 4 = 1.
        Assert.Equal([2.5, 1.0], stream.Centroids[0]);
        Assert.Equal(4, stream.ClusterWeights[0]);
        Assert.Equal(2, stream.Steps);
    }

    [Fact]
    public void Fit_OnBlobs_IsCloseToFullKMeans()
    {
        var data = KMeansTestData.Blobs(6000, 4, 5, 21, spread: 20);
        var full = new KMeans(new KMeansOptions { K = 5 }).Fit(data);
        var mini = new MiniBatchKMeans(new MiniBatchKMeansOptions { K = 5, BatchSize = 256, Steps = 60 }).Fit(data);
        Assert.True(mini.Inertia <= full.Inertia * 1.05, $"mini-batch inertia {mini.Inertia} vs full {full.Inertia}");
        Assert.Equal(mini.Labels, mini.Predict(data));
    }

    [Fact]
    public void SameSeed_SameResult_AndThreadCountDoesNotMatter()
    {
        var data = KMeansTestData.Blobs(5000, 3, 4, 22).ToSingle();
        var options = new MiniBatchKMeansOptions { K = 4, BatchSize = 3000, Steps = 5 };
        var a = new MiniBatchKMeans(options with { MaxDegreeOfParallelism = 1 }).Fit(data);
        var b = new MiniBatchKMeans(options with { MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(a.Labels, b.Labels);
        for (int c = 0; c < 4; c++)
        {
            Assert.Equal(a.Centroids[c], b.Centroids[c]);
        }
    }

    [Fact]
    public void PartialFitByRowIndex_EqualsPartialFitOfTheCopiedRows()
    {
        var data = KMeansTestData.Blobs(5000, 3, 4, 23).ToSingle();
        var options = new MiniBatchKMeansOptions { K = 4, MaxDegreeOfParallelism = 2 };
        var byIndex = new MiniBatchKMeansStream(options);
        var copied = new MiniBatchKMeansStream(options);
        var rng = new Random(7);
        for (int step = 0; step < 4; step++)
        {
            // Repeated rows included; 2500 rows span several gather blocks.
            var picks = Enumerable.Range(0, 2500).Select(_ => rng.Next(data.Rows / 2)).ToArray();
            byIndex.PartialFit(data, picks);
            copied.PartialFit(data.SelectRows(picks));
        }

        Assert.Equal(copied.Centroids, byIndex.Centroids);
        Assert.Equal(copied.ClusterWeights, byIndex.ClusterWeights);
    }

    [Fact]
    public void PartialFitByRowIndex_RejectsRowsOutsideTheData()
    {
        var stream = new MiniBatchKMeansStream(new MiniBatchKMeansOptions { K = 1 });
        var data = Matrix<double>.FromRows([[1.0], [2.0]]);
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => stream.PartialFit(data, [0, 2])).ParamName);
        Assert.Equal("rows", Assert.Throws<ArgumentOutOfRangeException>(() => stream.PartialFit(data, [-1])).ParamName);
    }

    [Fact]
    public void BadInput_NamesTheParameter()
    {
        Assert.Equal("BatchSize", Assert.Throws<ArgumentException>(() => new MiniBatchKMeansStream(new MiniBatchKMeansOptions { BatchSize = 0 })).ParamName);
        var stream = new MiniBatchKMeansStream(new MiniBatchKMeansOptions { K = 3 });
        Assert.Equal("batch", Assert.Throws<ArgumentException>(() => stream.PartialFit(Matrix<double>.FromRows([[1.0], [2.0]]))).ParamName);
        stream.PartialFit(Matrix<double>.FromRows([[1.0], [2.0], [3.0]]));
        Assert.Equal("batch", Assert.Throws<ArgumentException>(() => stream.PartialFit(Matrix<double>.FromRows([[1.0, 2.0]]))).ParamName);
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => stream.PartialFit(Matrix<double>.FromRows([[1.0]]), [-1.0])).ParamName);
        Assert.Equal("K", Assert.Throws<ArgumentException>(() => new MiniBatchKMeans(new MiniBatchKMeansOptions { K = 9 }).Fit(Matrix<double>.FromRows([[1.0]]))).ParamName);
    }
}
