using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Embedding;
using CustomerAtlas.Core.Tests.Support;

namespace CustomerAtlas.Core.Tests.Reduction.Embedding;

public class TsneTests
{
    private static readonly double[][] Centres =
    [
        [0, 0, 0, 0, 0, 0, 0, 0],
        [12, 0, 0, 0, 0, 0, 0, 0],
        [0, 12, 0, 0, 0, 0, 0, 0],
        [0, 0, 12, 0, 0, 0, 0, 0],
    ];

    [Theory]
    [InlineData(TsneMethod.Exact, 60)]
    [InlineData(TsneMethod.BarnesHut, 150)]
    public void KeepsWellSeparatedBlobsSeparated(TsneMethod method, int perBlob)
    {
        var (data, truth) = ToyData.Blobs(Centres, perBlob, 1.0, 4);
        var model = new Tsne(new() { Method = method, Perplexity = 20, Iterations = 300, ExaggerationIterations = 100 }).Fit(data);
        Assert.True(NeighbourLabelAgreement(model.Embedding(), truth, 10) >= 0.98);
    }

    [Fact]
    public void BarnesHutWithSmallThetaMatchesExact()
    {
        var (data, _) = ToyData.Blobs(Centres, 40, 1.0, 6);
        var exact = new Tsne(new() { Method = TsneMethod.Exact, Perplexity = 10, Iterations = 15, ExaggerationIterations = 10 }).Fit(data);
        var tree = new Tsne(new() { Method = TsneMethod.BarnesHut, Theta = 0, Perplexity = 10, Iterations = 15, ExaggerationIterations = 10 }).Fit(data);
        for (int t = 0; t < exact.Coordinates.Length; t++)
        {
            Assert.Equal(exact.Coordinates[t], tree.Coordinates[t], 6);
        }
    }

    [Fact]
    public void SameAnswerOnOneAndManyThreads()
    {
        var (data, _) = ToyData.Blobs(Centres, 150, 1.0, 8);
        var options = new TsneOptions { Method = TsneMethod.BarnesHut, Iterations = 80, ExaggerationIterations = 40 };
        var one = new Tsne(options with { MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new Tsne(options with { MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.Coordinates, many.Coordinates);
    }

    [Fact]
    public void TransformPlacesNewRowsAmongTheirBlob()
    {
        var (data, truth) = ToyData.Blobs(Centres, 50, 1.0, 2);
        var model = new Tsne(new() { Perplexity = 15, Iterations = 300, ExaggerationIterations = 100 }).Fit(data);
        var (fresh, freshTruth) = ToyData.Blobs(Centres, 5, 1.0, 99);
        var placed = model.Transform(fresh);
        var map = model.Embedding();
        for (int i = 0; i < fresh.Rows; i++)
        {
            int nearest = 0;
            double best = double.PositiveInfinity;
            for (int j = 0; j < map.Rows; j++)
            {
                double dx = placed[i, 0] - map[j, 0];
                double dy = placed[i, 1] - map[j, 1];
                if ((dx * dx) + (dy * dy) < best)
                {
                    best = (dx * dx) + (dy * dy);
                    nearest = j;
                }
            }

            Assert.Equal(freshTruth[i], truth[nearest]);
        }
    }

    [Fact]
    public void ModelRoundTripsThroughJsonAndTransformsIdentically()
    {
        var (data, _) = ToyData.Blobs(Centres, 20, 1.0, 3);
        var model = new Tsne(new() { Perplexity = 10, Iterations = 50, ExaggerationIterations = 20 }).Fit(data);
        var loaded = System.Text.Json.JsonSerializer.Deserialize<TsneModel>(System.Text.Json.JsonSerializer.Serialize(model))!;
        Assert.Equal(model.Coordinates, loaded.Coordinates);
        Assert.Equal(model.Transform(data).Values, loaded.Transform(data).Values);
    }

    [Fact]
    public void BadParametersAreNamed()
    {
        var (data, _) = ToyData.Blobs(Centres, 5, 1.0, 1);
        Assert.Equal("Perplexity", Assert.Throws<ArgumentException>(() => new Tsne(new() { Perplexity = 20 }).Fit(data)).ParamName);
        Assert.Equal("Perplexity", Assert.Throws<ArgumentException>(() => new Tsne(new() { Perplexity = 0.5 }).Fit(data)).ParamName);
        Assert.Equal("Theta", Assert.Throws<ArgumentException>(() => new Tsne(new() { Perplexity = 5, Theta = 0.9 }).Fit(data)).ParamName);
        Assert.Equal("Iterations", Assert.Throws<ArgumentException>(() => new Tsne(new() { Perplexity = 5, Iterations = 0, ExaggerationIterations = 0 }).Fit(data)).ParamName);
        Assert.Equal("LearningRate", Assert.Throws<ArgumentException>(() => new Tsne(new() { Perplexity = 5, LearningRate = -1 }).Fit(data)).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new Tsne(new() { Perplexity = 5 }).Fit(data).Transform(new Matrix<double>(1, 3))).ParamName);
    }

    /// <summary>Fraction of each point's k nearest map neighbours that share its label.</summary>
    private static double NeighbourLabelAgreement(Matrix<double> map, int[] labels, int k)
    {
        int agree = 0;
        var distances = new double[map.Rows];
        var order = new int[map.Rows];
        for (int i = 0; i < map.Rows; i++)
        {
            for (int j = 0; j < map.Rows; j++)
            {
                double dx = map[i, 0] - map[j, 0];
                double dy = map[i, 1] - map[j, 1];
                distances[j] = j == i ? double.PositiveInfinity : (dx * dx) + (dy * dy);
                order[j] = j;
            }

            Array.Sort((double[])distances.Clone(), order);
            for (int t = 0; t < k; t++)
            {
                agree += labels[order[t]] == labels[i] ? 1 : 0;
            }
        }

        return agree / (double)(map.Rows * k);
    }
}
