using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Tests.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Metrics;

public class DensityBasedValidityTests
{
    [Fact]
    public void HandComputedTwoTriplesOnALine()
    {
        // Cluster {0,1,2}: all-points core distances (D = 1) are 1/mean(1, 1/2) = 4/3 for the ends and
        // 1 for the middle; the MST edges weigh 4/3; no edge joins two internal nodes, so the sparseness
        // is the heaviest edge, 4/3. The internal nodes 1 and 11 are 10 apart: validity (10 − 4/3) / 10.
        var data = Matrix<double>.FromRows([[0.0], [1.0], [2.0], [10.0], [11.0], [12.0]]);
        double score = DensityBasedValidity.Score(data, [0, 0, 0, 1, 1, 1]);
        Assert.Equal((10 - (4.0 / 3)) / 10, score, 12);
    }

    [Fact]
    public void NoiseRowsCountInTheTotal()
    {
        var data = Matrix<double>.FromRows([[0.0], [1.0], [2.0], [10.0], [11.0], [12.0], [50.0], [60.0]]);
        double withNoise = DensityBasedValidity.Score(data, [0, 0, 0, 1, 1, 1, -1, -1]);
        Assert.Equal((10 - (4.0 / 3)) / 10 * 6 / 8, withNoise, 12);
    }

    [Fact]
    public void TrueBlobsScoreHigherThanAnArbitrarySplit()
    {
        var data = PointSets.Blobs(4, [[0, 0], [8, 8]], 80, 0.7);
        var truth = Enumerable.Range(0, 160).Select(i => i / 80).ToArray();
        var arbitrary = Enumerable.Range(0, 160).Select(i => i % 2).ToArray();
        double good = DensityBasedValidity.Score(data, truth);
        double bad = DensityBasedValidity.Score(data, arbitrary);
        Assert.True(good > 0.5, $"good = {good}");
        Assert.True(bad < 0, $"bad = {bad}");
    }

    [Property(MaxTest = 15)]
    public bool BoundedAndInvariantToRenamingLabels(int seed)
    {
        var rng = new Random(seed);
        var data = PointSets.Uniform(seed, rng.Next(4, 80), rng.Next(1, 4));
        var labels = Enumerable.Range(0, data.Rows).Select(_ => rng.Next(-1, 4)).ToArray();
        var renamed = labels.Select(l => l < 0 ? l : (l * 7) + 3).ToArray();
        double a = DensityBasedValidity.Score(data, labels);
        double b = DensityBasedValidity.Score(data, renamed);
        return a is >= -1 and <= 1 && Math.Abs(a - b) < 1e-12;
    }

    [Fact]
    public void FewerThanTwoClustersScoreZero()
    {
        var data = PointSets.Uniform(1, 20, 2);
        Assert.Equal(0.0, DensityBasedValidity.Score(data, new int[20]));
        Assert.Equal(0.0, DensityBasedValidity.Score(data, [0, 1, .. Enumerable.Repeat(2, 18)]));
    }

    [Fact]
    public void SampledScoreIsSeededAndDoesNotDependOnThreads()
    {
        var data = PointSets.Blobs(5, [[0, 0], [6, 0], [3, 6]], 300, 0.8);
        var truth = Enumerable.Range(0, 900).Select(i => i / 300).ToArray();
        double one = DensityBasedValidity.Score(data, truth, maxRows: 400, seed: 3, maxDegreeOfParallelism: 1);
        double many = DensityBasedValidity.Score(data, truth, maxRows: 400, seed: 3);
        Assert.Equal(one, many);
        Assert.True(one > 0.3);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        var data = PointSets.Uniform(1, 5, 2);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => DensityBasedValidity.Score(data, [0, 1])).ParamName);
        Assert.Equal("maxRows", Assert.Throws<ArgumentException>(() => DensityBasedValidity.Score(data, [0, 0, 1, 1, 1], maxRows: 1)).ParamName);
    }
}
