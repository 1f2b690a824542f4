using CustomerAtlas.Core.Clustering;
using CustomerAtlas.Core.Clustering.Agglomerative;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;
using CustomerAtlas.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Clustering.Agglomerative;

public class AgglomerativeTests
{
    // Five points on a line: 0, 1, 3, 7, 8.
    private static readonly Matrix<double> Line = Matrix<double>.FromRows([[0.0], [1.0], [3.0], [7.0], [8.0]]);

    public static TheoryData<Linkage, double, double> HandComputedHeights => new()
    {
        // scipy.cluster.hierarchy.linkage on [0,1,3,7,8]: rows (0,1,1,2), (3,4,1,2), (2,5,h3,3), (6,7,h4,5).
        { Linkage.Single, 2, 4 },                          // 3-1 ; 7-3
        { Linkage.Complete, 3, 8 },                        // 3-0 ; 8-0
        { Linkage.Average, 2.5, 37.0 / 6 },                // (3+2)/2 ; (7+8+6+7+4+5)/6
        { Linkage.Ward, Math.Sqrt(25.0 / 3), 37 / Math.Sqrt(15) }, // sqrt(2·(2/3)·2.5²) ; sqrt(2·(6/5)·(37/6)²)
    };

    [Theory]
    [MemberData(nameof(HandComputedHeights))]
    public void MergesMatchScipyOnFivePoints(Linkage linkage, double third, double fourth)
    {
        var model = Fit(Line, linkage, 2);
        DendrogramMerge[] expected =
        [
            new(0, 1, 1, 2),
            new(3, 4, 1, 2),
            new(2, 5, third, 3),
            new(6, 7, fourth, 5),
        ];
        Assert.Equal(expected.Length, model.Merges.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Left, model.Merges[i].Left);
            Assert.Equal(expected[i].Right, model.Merges[i].Right);
            Assert.Equal(expected[i].Size, model.Merges[i].Size);
            Assert.Equal(expected[i].Height, model.Merges[i].Height, 5);
        }

        Assert.Equal([0, 0, 0, 1, 1], model.Labels);
        Assert.Equal([0, 0, 1, 2, 2], model.Cut(3));
    }

    [Property(MaxTest = 25)]
    public Property ChainsAgreeWithTheNaiveGreedyAlgorithm() =>
        Prop.ForAll(
            Gen.Choose(0, 3).Select(l => (Linkage)l).ToArbitrary(),
            Gen.Choose(0, 1_000_000).ToArbitrary(),
            (linkage, seed) =>
            {
                var random = new Random(seed);
                int rows = random.Next(2, 25);
                int cols = random.Next(1, 5);
                var data = ToyData.Uniform(rows, cols, seed);
                var model = Fit(data, linkage, 1);
                var (heights, _) = NaiveLinkage.Run(data, linkage);
                var ours = model.Merges.Select(m => m.Height).ToArray();
                Array.Sort(heights);
                bool heightsAgree = ours.Zip(heights, (a, b) => Math.Abs(a - b) <= 1e-5 * Math.Max(1, b)).All(x => x);

                int k = 1 + (seed % rows);
                var (_, clusters) = NaiveLinkage.Run(data, linkage, k);
                bool cutsAgree = ToyData.SamePartition(model.Cut(k), NaiveLinkage.Labels(clusters, rows));
                return heightsAgree && cutsAgree;
            });

    [Fact]
    public void WardIsTheSameOnOneAndManyThreads()
    {
        // Enough rows for parallel scans (at least four blocks of slots).
        var data = ToyData.Uniform(9000, 2, 7);
        var one = new AgglomerativeClusterer(new() { ClusterCount = 5, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new AgglomerativeClusterer(new() { ClusterCount = 5, MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.Merges, many.Merges);
        Assert.Equal(one.Labels, many.Labels);
    }

    [Theory]
    [InlineData(Linkage.Single)]
    [InlineData(Linkage.Average)]
    public void OtherLinkagesAreTheSameOnOneAndManyThreads(Linkage linkage)
    {
        var data = ToyData.Uniform(2500, 2, 3);
        var one = new AgglomerativeClusterer(new() { Linkage = linkage, ClusterCount = 4, MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new AgglomerativeClusterer(new() { Linkage = linkage, ClusterCount = 4, MaxDegreeOfParallelism = 3 }).Fit(data);
        Assert.Equal(one.Merges, many.Merges);
    }

    [Theory]
    [InlineData(Linkage.Ward)]
    [InlineData(Linkage.Complete)]
    [InlineData(Linkage.Average)]
    [InlineData(Linkage.Single)]
    public void SeparatedBlobsAreFoundPredictedAndSurviveSaveLoad(Linkage linkage)
    {
        var (data, truth) = ToyData.Blobs([[0, 0], [10, 0], [0, 10]], 30, 0.5, 11);
        var model = Fit(data, linkage, 3);
        Assert.True(ToyData.SamePartition(truth, model.Labels));
        Assert.Equal(model.Labels, model.Predict(data));

        var loaded = ToyData.RoundTrip(model);
        Assert.Equal(model.Merges, loaded.Merges);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Centroids, loaded.Centroids);
        Assert.Equal(linkage, loaded.Linkage);
        var fresh = Matrix<double>.FromRows([[9.0, 1.0], [0.5, 9.5], [-1.0, 0.0]]);
        Assert.Equal(model.Predict(fresh), loaded.Predict(fresh));
    }

    [Fact]
    public void ManhattanAverageLinkageUsesThatMetric()
    {
        // L1 between (0,0) and (1,1) is 2; between (0,0) and (0,1.5) is 1.5.
        var data = Matrix<double>.FromRows([[0.0, 0.0], [1.0, 1.0], [0.0, 1.5]]);
        var model = new AgglomerativeClusterer(new() { Linkage = Linkage.Average, Metric = DistanceMetric.Manhattan }).Fit(data);
        Assert.Equal(1.5, model.Merges[0].Height, 5);
        Assert.Equal((2 + 1.5) / 2, model.Merges[1].Height, 5); // (1,1)-(0,0) = 2, (1,1)-(0,1.5) = 1.5
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        var data = ToyData.Uniform(5, 2, 1);
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => Fit(data, Linkage.Ward, 0)).ParamName);
        Assert.Equal("ClusterCount", Assert.Throws<ArgumentException>(() => Fit(data, Linkage.Ward, 6)).ParamName);
        Assert.Equal("Metric", Assert.Throws<ArgumentException>(() =>
            new AgglomerativeClusterer(new() { Metric = DistanceMetric.Manhattan }).Fit(data)).ParamName);
        Assert.Equal("MaxDegreeOfParallelism", Assert.Throws<ArgumentException>(() =>
            new AgglomerativeClusterer(new() { MaxDegreeOfParallelism = 0 }).Fit(data)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => Fit(Matrix<double>.FromRows([[double.NaN]]), Linkage.Single, 1)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => Fit(data, Linkage.Ward, 1).Predict(new Matrix<double>(1, 3))).ParamName);
    }

    [Fact]
    public void SingleRowGivesAnEmptyDendrogram()
    {
        var model = Fit(Matrix<double>.FromRows([[1.0, 2.0]]), Linkage.Ward, 1);
        Assert.Empty(model.Merges);
        Assert.Equal([0], model.Labels);
        Assert.Equal(1, ((IClusterModel)model).ClusterCount);
    }

    private static AgglomerativeModel Fit(Matrix<double> data, Linkage linkage, int k) =>
        new AgglomerativeClusterer(new() { Linkage = linkage, ClusterCount = k }).Fit(data);
}
