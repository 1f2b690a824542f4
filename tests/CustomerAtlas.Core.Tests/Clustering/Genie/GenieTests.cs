using System.IO.Compression;
using CustomerAtlas.Core.Clustering.Genie;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Graphs;
using CustomerAtlas.Core.Tests.Neighbors;
using CustomerAtlas.Core.Tests.Support;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Clustering.Genie;

public class GenieTests
{
    /// <summary>
    /// Two chains of ten points (unit spacing) 2 apart, and one outlier 3.5 beyond the second chain.
    /// Single linkage's top merge is the outlier's edge, so at k = 2 it isolates the outlier.
    /// Genie: once the chains have grown, the Gini index of sizes exceeds 0.3, the outlier is
    /// the smallest cluster and must merge, so k = 2 separates the two chains.
    /// </summary>
    private static readonly Matrix<double> ChainsAndOutlier = Matrix<double>.FromRows(
        [.. Enumerable.Range(0, 10).Select(i => new double[] { i }),
         .. Enumerable.Range(0, 10).Select(i => new double[] { 11 + i }),
         [23.5]]);

    [Fact]
    public void GenieSplitsTheChainsWhereSingleLinkageIsolatesTheOutlier()
    {
        var genie = new GenieClusterer(new GenieOptions { ClusterCount = 2 }).Fit(ChainsAndOutlier);
        var single = new GenieClusterer(new GenieOptions { ClusterCount = 2, GiniThreshold = 1.0 }).Fit(ChainsAndOutlier);
        Assert.Equal([.. Enumerable.Repeat(0, 10), .. Enumerable.Repeat(1, 11)], genie.Labels);
        Assert.Equal([.. Enumerable.Repeat(0, 20), 1], single.Labels);
    }

    [Fact]
    public void ThresholdsShareOneTreeAndMatchSeparateFits()
    {
        var models = new GenieClusterer(new GenieOptions { ClusterCount = 2 }).FitThresholds(ChainsAndOutlier, [0.3, 1.0]);
        Assert.Equal([0.3, 1.0], models.Select(m => m.GiniThreshold));
        Assert.Equal(new GenieClusterer(new GenieOptions { ClusterCount = 2 }).Fit(ChainsAndOutlier).Labels, models[0].Labels);
        Assert.Equal(new GenieClusterer(new GenieOptions { ClusterCount = 2, GiniThreshold = 1.0 }).Fit(ChainsAndOutlier).Labels, models[1].Labels);
        var ex = Assert.Throws<ArgumentException>(() => new GenieClusterer().FitThresholds(ChainsAndOutlier, [0.3, 1.5]));
        Assert.Equal("giniThresholds", ex.ParamName);
    }

    [Fact]
    public void MergeListUsesEveryMstEdgeOnce()
    {
        var data = PointSets.Uniform(4, 300, 2);
        var model = new GenieClusterer(new GenieOptions { ClusterCount = 3 }).Fit(data);
        var mst = MinimumSpanningTrees.Euclidean(data);
        var merged = model.Hierarchy.MergeFrom.Zip(model.Hierarchy.MergeTo, (a, b) => (Math.Min(a, b), Math.Max(a, b))).Order();
        var edges = mst.From.Zip(mst.To, (a, b) => (a, b)).Order();
        Assert.Equal(edges, merged);
        Assert.Equal(mst.Weight.Order(), model.Hierarchy.MergeHeight.Order());
    }

    [Property(MaxTest = 20)]
    public bool CutsAreNestedAndHaveTheRequestedSize(int seed)
    {
        var rng = new Random(seed);
        int n = rng.Next(2, 120);
        var model = new GenieClusterer(new GenieOptions { ClusterCount = 1 }).Fit(PointSets.Uniform(seed, n, 2, grid: seed % 2 == 0));
        int[]? coarser = null;
        for (int k = 1; k <= n; k++)
        {
            var labels = model.WithClusterCount(k).Labels;
            if (labels.Distinct().Count() != k)
            {
                return false;
            }

            // Every cluster of the finer cut lies inside one cluster of the coarser cut.
            if (coarser is not null && labels.Select((l, i) => (l, coarser[i])).Distinct().GroupBy(p => p.l).Any(g => g.Count() > 1))
            {
                return false;
            }

            coarser = [.. labels];
        }

        return true;
    }

    [Fact]
    public void ReproducesGenieclustOnJain()
    {
        // genieclust 1.1.3 (R) scores ARI 1.0 on jain with k = 2: the reference partition exactly.
        var (data, reference) = LoadBenchmark("sipu", "jain");
        var model = new GenieClusterer(new GenieOptions { ClusterCount = 2 }).Fit(data);
        Assert.True(ToyData.SamePartition(reference, model.Labels));
    }

    [Fact]
    public void GeniePlusMarksMstLeavesAsNoise()
    {
        var data = PointSets.Blobs(1, [[0, 0], [8, 8]], 50, 0.5, [30, -30]);
        var none = new GenieClusterer(new GenieOptions { ClusterCount = 2, MinSamples = 5, NoiseAssignment = GenieNoiseAssignment.None }).Fit(data);
        var all = new GenieClusterer(new GenieOptions { ClusterCount = 2, MinSamples = 5, NoiseAssignment = GenieNoiseAssignment.All }).Fit(data);
        Assert.Equal(-1, none.Labels[100]);
        Assert.True(none.Hierarchy.IsNoise[100]);
        Assert.Equal(none.Hierarchy.NoiseCount, none.Labels.Count(l => l < 0));
        Assert.DoesNotContain(-1, all.Labels);
        Assert.NotEqual(all.Labels[0], all.Labels[50]);
        Assert.Single(all.Labels.Take(50).Distinct());
    }

    [Theory]
    [InlineData(GenieAutoCriterion.DensityValidity)]
    [InlineData(GenieAutoCriterion.MostPersistentGap)]
    public void AutomaticClusterCountFindsThreeBlobs(GenieAutoCriterion criterion)
    {
        var data = PointSets.Blobs(2, [[0, 0], [10, 0], [5, 9]], 60, 0.6);
        var model = new GenieClusterer(new GenieOptions { AutoCriterion = criterion }).Fit(data);
        Assert.Equal(3, model.ClusterCount);
    }

    [Fact]
    public void PredictAndSaveLoad()
    {
        var data = PointSets.Blobs(3, [[0, 0], [6, 6]], 70, 0.8);
        var model = new GenieClusterer(new GenieOptions { ClusterCount = 2 }).Fit(data);
        Assert.Equal(model.Labels, model.Predict(data));
        var loaded = ToyData.RoundTrip(model);
        var probe = PointSets.Uniform(5, 50, 2);
        Assert.Equal(model.Predict(probe), loaded.Predict(probe));
        Assert.Equal(model.WithClusterCount(5).Labels, loaded.WithClusterCount(5).Labels);
    }

    [Fact]
    public void ResultDoesNotDependOnThreadCount()
    {
        var data = PointSets.Uniform(12, 3000, 2, grid: false);
        var one = new GenieClusterer(new GenieOptions { ClusterCount = 7, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new GenieClusterer(new GenieOptions { ClusterCount = 7 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Hierarchy.MergeFrom, many.Hierarchy.MergeFrom);
    }

    [Theory]
    [InlineData(0, 0.3, 1, "ClusterCount")]
    [InlineData(2, 1.5, 1, "GiniThreshold")]
    [InlineData(2, double.NaN, 1, "GiniThreshold")]
    [InlineData(2, 0.3, 0, "MinSamples")]
    [InlineData(50, 0.3, 1, "ClusterCount")]
    public void BadParametersAreNamed(int k, double threshold, int minSamples, string parameter)
    {
        var options = new GenieOptions { ClusterCount = k, GiniThreshold = threshold, MinSamples = minSamples };
        var ex = Assert.Throws<ArgumentException>(() => new GenieClusterer(options).Fit(ChainsAndOutlier));
        Assert.Equal(parameter, ex.ParamName);
    }

    private static (Matrix<double> Data, int[] Labels) LoadBenchmark(string battery, string name)
    {
        static string[] Lines(string path)
        {
            using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gz);
            return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        }

        string folder = SharedData.File("clustering-data-v1", battery);
        var rows = Lines(Path.Combine(folder, name + ".data.gz"))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .ToList();
        var labels = Lines(Path.Combine(folder, name + ".labels0.gz")).Select(int.Parse).ToArray();
        return (Matrix<double>.FromRows(rows), labels);
    }
}
