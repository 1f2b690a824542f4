using CustomerAtlas.Core.Clustering.KMeans;
using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Tests.Clustering;

/// <summary><see cref="Core.Clustering.KMeans.KMeans.Refine"/>: iterations from given centres instead of a seeding.</summary>
public class KMeansRefineTests
{
    private static Core.Clustering.KMeans.KMeans Clusterer(int k, double tolerance = 1e-4) => new(new KMeansOptions { K = k, Seed = 5, Tolerance = tolerance });

    private static double Inertia(Matrix<double> data, double[][] centres) =>
        Enumerable.Range(0, data.Rows).Sum(i => centres.Min(c => c.Select((v, j) => (v - data[i, j]) * (v - data[i, j])).Sum()));

    [Fact]
    public void A_converged_fit_is_a_fixed_point()
    {
        // Tolerance 0: the fit runs until no label changes, so its centres are a fixed point of the iterations.
        var data = KMeansTestData.Blobs(600, 3, 4, seed: 2);
        var fit = Clusterer(4, tolerance: 0).Fit(data);
        var refined = Clusterer(4, tolerance: 0).Refine(data, fit.Centroids);
        Assert.Equal(1, refined.Iterations);
        Assert.Equal(fit.Labels, refined.Labels);
        for (int c = 0; c < 4; c++)
        {
            Assert.Equal(fit.Centroids[c], refined.Centroids[c], (a, b) => Math.Abs(a - b) < 1e-9);
        }
    }

    [Fact]
    public void Centres_from_a_sample_end_at_a_lower_inertia_on_every_row()
    {
        var data = KMeansTestData.Blobs(2000, 2, 5, seed: 3, spread: 4, std: 1.5);
        var sample = data.SelectRows([.. Enumerable.Range(0, 2000).Where(i => i % 20 == 0)]);
        var start = Clusterer(5).Fit(sample).Centroids;
        var refined = Clusterer(5).Refine(data, start);
        Assert.Equal(2000, refined.Labels.Length);
        Assert.Equal(Inertia(data, refined.Centroids), refined.Inertia, 6);
        Assert.True(refined.Inertia <= Inertia(data, start) + 1e-9, $"{refined.Inertia} > {Inertia(data, start)}");
        Assert.Equal(refined.Labels, refined.Predict(data));
    }

    [Fact]
    public void A_start_of_the_wrong_shape_is_refused()
    {
        var data = KMeansTestData.Blobs(100, 2, 2, seed: 1);
        Assert.Throws<ArgumentException>(() => Clusterer(2).Refine(data, [[0, 0]]));
        Assert.Throws<ArgumentException>(() => Clusterer(2).Refine(data, [[0, 0, 0], [1, 1, 1]]));
        Assert.Throws<ArgumentException>(() => Clusterer(2).Refine(data, [[0, double.NaN], [1, 1]]));
    }
}
