using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Serialization;

namespace CustomerAtlas.Core.Tests.Clustering;

public class KMeansTests
{
    private static readonly Matrix<double> TwoGroups = Matrix<double>.FromRows(
    [
        [0.0, 0.0], [1.0, 0.0], [0.0, 1.0],
        [10.0, 10.0], [11.0, 10.0], [10.0, 11.0],
    ]);

    [Theory]
    [InlineData(KMeansAlgorithm.Lloyd)]
    [InlineData(KMeansAlgorithm.Hamerly)]
    public void TwoGroups_HandComputed(KMeansAlgorithm algorithm)
    {
        var model = new KMeans(new KMeansOptions { K = 2, Algorithm = algorithm }).Fit(TwoGroups);

        // Centroids are the group means (1/3, 1/3) and (31/3, 31/3); each point is at squared
        // distance 2/9, 5/9 or 5/9 from its mean, so inertia = 2 × 12/9 = 8/3.
        var low = model.Centroids.OrderBy(c => c[0]).ToArray();
        Assert.Equal(1.0 / 3, low[0][0], 12);
        Assert.Equal(1.0 / 3, low[0][1], 12);
        Assert.Equal(31.0 / 3, low[1][0], 12);
        Assert.Equal(8.0 / 3, model.Inertia, 10);
        Assert.Equal(model.Labels[0], model.Labels[1]);
        Assert.Equal(model.Labels[0], model.Labels[2]);
        Assert.Equal(model.Labels[3], model.Labels[5]);
        Assert.NotEqual(model.Labels[0], model.Labels[3]);
    }

    [Fact]
    public void SingleCluster_IsTheMean()
    {
        var model = new KMeans(new KMeansOptions { K = 1 }).Fit(TwoGroups);
        Assert.Equal(16.0 / 3, model.Centroids[0][0], 12);
        Assert.All(model.Labels, l => Assert.Equal(0, l));
    }

    [Theory]
    [InlineData(KMeansInit.KMeansPlusPlus, 3)]
    [InlineData(KMeansInit.Random, 5)]
    public void LloydAndHamerly_AgreeBitForBit(KMeansInit init, int seed)
    {
        var data = KMeansTestData.Blobs(3000, 5, 6, seed);
        var options = new KMeansOptions { K = 9, Init = init, Seed = seed, Tolerance = 0, NInit = 2 };
        var lloyd = new KMeans(options with { Algorithm = KMeansAlgorithm.Lloyd }).Fit(data);
        var hamerly = new KMeans(options with { Algorithm = KMeansAlgorithm.Hamerly }).Fit(data);
        Assert.Equal(lloyd.Labels, hamerly.Labels);
        Assert.Equal(lloyd.Iterations, hamerly.Iterations);
        Assert.Equal(lloyd.Inertia, hamerly.Inertia);
        for (int c = 0; c < 9; c++)
        {
            Assert.Equal(lloyd.Centroids[c], hamerly.Centroids[c]);
        }
    }

    [Fact]
    public void LloydAndHamerly_AgreeOnFloatData()
    {
        var data = KMeansTestData.Blobs(5000, 8, 4, 11).ToSingle();
        var options = new KMeansOptions { K = 7, Tolerance = 0, NInit = 1 };
        var lloyd = new KMeans(options with { Algorithm = KMeansAlgorithm.Lloyd }).Fit(data);
        var hamerly = new KMeans(options with { Algorithm = KMeansAlgorithm.Hamerly }).Fit(data);
        Assert.Equal(lloyd.Labels, hamerly.Labels);
        Assert.Equal(lloyd.Inertia, hamerly.Inertia);
    }

    [Theory]
    [InlineData(KMeansAlgorithm.Lloyd)]
    [InlineData(KMeansAlgorithm.Hamerly)]
    public void OneThreadAndManyThreads_AgreeBitForBit(KMeansAlgorithm algorithm)
    {
        // Enough rows for several row blocks, so the parallel reduction really is exercised.
        var data = KMeansTestData.Blobs(12_000, 3, 5, 7).ToSingle();
        var options = new KMeansOptions { K = 6, Algorithm = algorithm, NInit = 1 };
        var one = new KMeans(options with { MaxDegreeOfParallelism = 1 }).Fit(data);
        var many = new KMeans(options with { MaxDegreeOfParallelism = 4 }).Fit(data);
        Assert.Equal(one.Labels, many.Labels);
        Assert.Equal(one.Inertia, many.Inertia);
        for (int c = 0; c < 6; c++)
        {
            Assert.Equal(one.Centroids[c], many.Centroids[c]);
        }
    }

    [Fact]
    public void SameSeed_SameResult_DifferentSeed_CanDiffer()
    {
        var data = KMeansTestData.Blobs(800, 4, 10, 1);
        var a = new KMeans(new KMeansOptions { K = 10, Seed = 5, NInit = 1 }).Fit(data);
        var b = new KMeans(new KMeansOptions { K = 10, Seed = 5, NInit = 1 }).Fit(data);
        Assert.Equal(a.Labels, b.Labels);
        Assert.Equal(a.Inertia, b.Inertia);

        var inertias = Enumerable.Range(0, 6)
            .Select(s => new KMeans(new KMeansOptions { K = 10, Seed = s, NInit = 1, Init = KMeansInit.Random }).Fit(data).Inertia)
            .Distinct()
            .Count();
        Assert.True(inertias > 1);
    }

    [Fact]
    public void Predict_OnFitData_ReproducesLabels_BothPrecisions()
    {
        var data = KMeansTestData.Blobs(2000, 6, 5, 3);
        var model = new KMeans(new KMeansOptions { K = 8 }).Fit(data);
        Assert.Equal(model.Labels, model.Predict(data));

        var floats = data.ToSingle();
        var floatModel = new KMeans(new KMeansOptions { K = 8 }).Fit(floats);
        Assert.Equal(floatModel.Labels, floatModel.Predict(floats));
        Assert.Equal(floatModel.Labels, floatModel.Predict(floats.ToDouble()));
    }

    [Fact]
    public void Transform_GivesDistances_WhoseArgminIsTheLabel()
    {
        var model = new KMeans(new KMeansOptions { K = 2 }).Fit(TwoGroups);
        var t = model.Transform(TwoGroups);
        Assert.Equal(6, t.Rows);
        Assert.Equal(2, t.Cols);
        for (int i = 0; i < 6; i++)
        {
            int argmin = t[i, 0] <= t[i, 1] ? 0 : 1;
            Assert.Equal(model.Labels[i], argmin);
        }

        // Point (0,0) to centroid (1/3,1/3): √(2/9).
        int own = model.Labels[0];
        Assert.Equal(Math.Sqrt(2.0 / 9), t[0, own], 12);
    }

    [Fact]
    public void SaveLoad_RoundTrips_AndPredictsIdentically()
    {
        var data = KMeansTestData.Blobs(500, 3, 4, 9).ToSingle();
        var model = new KMeans(new KMeansOptions { K = 4 }).Fit(data);
        using var stream = new MemoryStream();
        ModelFile.Save(model, stream);
        stream.Position = 0;
        var loaded = Assert.IsType<KMeansModel>(ModelFile.Load(stream));
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Inertia, loaded.Inertia);
        Assert.Equal(model.Precision, loaded.Precision);
        for (int c = 0; c < 4; c++)
        {
            Assert.Equal(model.Centroids[c], loaded.Centroids[c]);
        }

        Assert.Equal(model.Predict(data), loaded.Predict(data));
    }

    [Fact]
    public void IntegerWeights_EqualDuplicatedRows()
    {
        var data = KMeansTestData.Blobs(300, 2, 3, 4);
        var weights = Enumerable.Range(0, 300).Select(i => (double)(1 + (i % 3))).ToArray();
        var rows = new List<double[]>();
        for (int i = 0; i < 300; i++)
        {
            for (int r = 0; r < weights[i]; r++)
            {
                rows.Add(data.RowReadOnly(i).ToArray());
            }
        }

        var duplicated = Matrix<double>.FromRows(rows);

        // Same starting centroids for both (random init draws different rows otherwise): start from
        // the weighted fit's answer and check the duplicated fit stays there with the same inertia.
        var weighted = new KMeans(new KMeansOptions { K = 3, NInit = 1, Tolerance = 0 }).Fit(data, weights);
        var plain = new KMeans(new KMeansOptions { K = 3, NInit = 3, Tolerance = 0 }).Fit(duplicated);
        Assert.Equal(plain.Inertia, weighted.Inertia, 6);
        var a = weighted.Centroids.Select(c => c[0]).Order().ToArray();
        var b = plain.Centroids.Select(c => c[0]).Order().ToArray();
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(b[c], a[c], 9);
        }
    }

    [Fact]
    public void EmptyCluster_IsRelocated()
    {
        // Three distinct rows, one repeated: random init can pick two copies of the same row, which
        // leaves a cluster empty; relocation must still give three non-empty clusters.
        var data = Matrix<double>.FromRows([[0.0], [0.0], [0.0], [0.0], [5.0], [9.0]]);
        for (int seed = 0; seed < 10; seed++)
        {
            var model = new KMeans(new KMeansOptions { K = 3, Init = KMeansInit.Random, Seed = seed, NInit = 1 }).Fit(data);
            Assert.Equal(3, model.Labels.Distinct().Count());
            Assert.Equal(0, model.Inertia, 12);
        }
    }

    [Theory]
    [InlineData(0, "K")]
    [InlineData(7, "K")]
    public void BadK_NamesTheParameter(int k, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => new KMeans(new KMeansOptions { K = k }).Fit(TwoGroups));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void BadOptions_AreAllReported()
    {
        var ex = Assert.Throws<ArgumentException>(() => new KMeans(new KMeansOptions { K = 2, NInit = 0, MaxIterations = 0, Tolerance = double.NaN, MaxDegreeOfParallelism = 0 }).Fit(TwoGroups));
        Assert.Equal("NInit", ex.ParamName);
        Assert.Contains("MaxIterations", ex.Message);
        Assert.Contains("Tolerance", ex.Message);
        Assert.Contains("MaxDegreeOfParallelism", ex.Message);
    }

    [Fact]
    public void NaNData_NamesData()
    {
        var data = TwoGroups.Clone();
        data[2, 1] = double.NaN;
        var ex = Assert.Throws<ArgumentException>(() => new KMeans(new KMeansOptions { K = 2 }).Fit(data));
        Assert.Equal("data", ex.ParamName);
        Assert.Contains("row 2", ex.Message);
    }

    [Fact]
    public void BadWeights_NameSampleWeights()
    {
        var ex = Assert.Throws<ArgumentException>(() => new KMeans(new KMeansOptions { K = 2 }).Fit(TwoGroups, [1, 1, -1, 1, 1, 1]));
        Assert.Equal("sampleWeights", ex.ParamName);
        ex = Assert.Throws<ArgumentException>(() => new KMeans(new KMeansOptions { K = 2 }).Fit(TwoGroups, [1, 1]));
        Assert.Equal("sampleWeights", ex.ParamName);
    }

    [Fact]
    public void Predict_WrongWidth_NamesData()
    {
        var model = new KMeans(new KMeansOptions { K = 2 }).Fit(TwoGroups);
        var ex = Assert.Throws<ArgumentException>(() => model.Predict(new Matrix<double>(2, 3)));
        Assert.Equal("data", ex.ParamName);
    }
}
