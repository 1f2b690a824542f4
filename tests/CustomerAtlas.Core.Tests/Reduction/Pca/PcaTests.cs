using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Reduction.Pca;

namespace CustomerAtlas.Core.Tests.Reduction;

public class PcaTests
{
    [Fact]
    public void AxisAligned_HandComputed()
    {
        // Mean 0; var_x = (4 + 4) / 3 = 8/3, var_y = (1 + 1) / 3 = 2/3, no covariance.
        var data = Matrix<double>.FromRows([[2.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]]);
        var model = new Pca(new PcaOptions { Components = 2, Solver = PcaSolver.Exact }).Fit(data);
        Assert.Equal([1.0, 0.0], model.Components[0]);
        Assert.Equal([0.0, 1.0], model.Components[1]);
        Assert.Equal(8.0 / 3, model.ExplainedVariance[0], 12);
        Assert.Equal(2.0 / 3, model.ExplainedVariance[1], 12);
        Assert.Equal(0.8, model.ExplainedVarianceRatio[0], 12);
        Assert.Equal(0.2, model.ExplainedVarianceRatio[1], 12);
    }

    [Fact]
    public void Diagonal_HandComputed_WithTransform()
    {
        // Two points (1,1), (−1,−1): covariance [[2,2],[2,2]] → axis (1,1)/√2 with variance 4.
        var data = Matrix<double>.FromRows([[1.0, 1.0], [-1.0, -1.0]]);
        var model = new Pca(new PcaOptions { Components = 1 }).Fit(data);
        double r = 1 / Math.Sqrt(2);
        Assert.Equal(r, model.Components[0][0], 12);
        Assert.Equal(r, model.Components[0][1], 12);
        Assert.Equal(4, model.ExplainedVariance[0], 12);
        Assert.Equal(1, model.ExplainedVarianceRatio[0], 12);
        var scores = model.Transform(data);
        Assert.Equal(Math.Sqrt(2), scores[0, 0], 12);
        Assert.Equal(-Math.Sqrt(2), scores[1, 0], 12);
        var back = model.InverseTransform(scores);
        Assert.Equal(1, back[0, 0], 12);
        Assert.Equal(-1, back[1, 1], 12);
    }

    [Fact]
    public void RandomizedMatchesExact()
    {
        var data = LowRankPlusNoise(3000, 40, 4, seed: 2);
        var exact = new Pca(new PcaOptions { Components = 4, Solver = PcaSolver.Exact }).Fit(data);
        var randomized = new Pca(new PcaOptions { Components = 4, Solver = PcaSolver.Randomized }).Fit(data.ToSingle());
        for (int c = 0; c < 4; c++)
        {
            Assert.Equal(exact.ExplainedVariance[c], randomized.ExplainedVariance[c], exact.ExplainedVariance[c] * 1e-3);
            double dot = exact.Components[c].Zip(randomized.Components[c], (a, b) => a * b).Sum();
            Assert.True(dot > 0.999, $"component {c}: |cos| = {dot}");
        }
    }

    [Fact]
    public void AllComponents_InverseTransformReconstructs()
    {
        var data = LowRankPlusNoise(200, 5, 5, seed: 3);
        var model = new Pca(new PcaOptions { Components = 5 }).Fit(data);
        var back = model.InverseTransform(model.Transform(data));
        for (int i = 0; i < data.Values.Length; i++)
        {
            Assert.Equal(data.Values[i], back.Values[i], 9);
        }

        Assert.Equal(1, model.ExplainedVarianceRatio.Sum(), 9);
    }

    [Fact]
    public void OneThreadAndManyThreads_AgreeBitForBit()
    {
        var data = LowRankPlusNoise(20_000, 6, 3, seed: 4);
        foreach (var solver in new[] { PcaSolver.Exact, PcaSolver.Randomized })
        {
            var one = new Pca(new PcaOptions { Components = 3, Solver = solver, MaxDegreeOfParallelism = 1 }).Fit(data);
            var many = new Pca(new PcaOptions { Components = 3, Solver = solver, MaxDegreeOfParallelism = 3 }).Fit(data);
            Assert.Equal(one.ExplainedVariance, many.ExplainedVariance);
            Assert.Equal(one.Components[0], many.Components[0]);
        }
    }

    [Fact]
    public void SaveLoad_RoundTrips()
    {
        var data = LowRankPlusNoise(300, 6, 2, seed: 5);
        var model = new Pca(new PcaOptions { Components = 2 }).Fit(data);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = PcaModel.Load(stream);
        Assert.Equal(model.Mean, loaded.Mean);
        Assert.Equal(model.ExplainedVarianceRatio, loaded.ExplainedVarianceRatio);
        Assert.Equal(model.Transform(data).Values, loaded.Transform(data).Values);
    }

    [Fact]
    public void BadParameters_NameTheParameter()
    {
        var data = LowRankPlusNoise(10, 3, 1, seed: 6);
        Assert.Equal("Components", Assert.Throws<ArgumentException>(() => new Pca(new PcaOptions { Components = 0 }).Fit(data)).ParamName);
        Assert.Equal("Components", Assert.Throws<ArgumentException>(() => new Pca(new PcaOptions { Components = 4 }).Fit(data)).ParamName);
        data[1, 1] = double.PositiveInfinity;
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => new Pca(new PcaOptions { Components = 1 }).Fit(data)).ParamName);
    }

    private static Matrix<double> LowRankPlusNoise(int n, int d, int rank, int seed)
    {
        var rng = new Random(seed);
        var basis = new double[rank, d];
        for (int r = 0; r < rank; r++)
        {
            for (int j = 0; j < d; j++)
            {
                basis[r, j] = rng.NextDouble() - 0.5;
            }
        }

        var m = new Matrix<double>(n, d);
        for (int i = 0; i < n; i++)
        {
            for (int r = 0; r < rank; r++)
            {
                double score = (rng.NextDouble() - 0.5) * 10 * (rank - r);
                for (int j = 0; j < d; j++)
                {
                    m[i, j] += score * basis[r, j];
                }
            }

            for (int j = 0; j < d; j++)
            {
                m[i, j] += (rng.NextDouble() - 0.5) * 0.1;
            }
        }

        return m;
    }
}
