using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Metrics;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Metrics;

/// <summary>
/// Hand-computed cases on the line {0, 1 | 4, 5} and properties shared by the geometric indices.
/// </summary>
public class InternalMetricTests
{
    private static readonly Matrix<double> Line = Matrix<double>.FromRows([[0.0], [1.0], [4.0], [5.0]]);
    private static readonly int[] LineLabels = [0, 0, 1, 1];

    private static readonly (string Name, Func<Matrix<double>, int[], double> Score, double Lower, double Upper)[] All =
    [
        ("silhouette", (x, l) => Silhouette.Score(x, l), -1, 1),
        ("calinski-harabasz", (x, l) => CalinskiHarabasz.Score(x, l), 0, double.PositiveInfinity),
        ("davies-bouldin", (x, l) => DaviesBouldin.Score(x, l), 0, double.PositiveInfinity),
        ("dunn", (x, l) => DunnIndex.Score(x, l), 0, double.PositiveInfinity),
    ];

    [Fact]
    public void SilhouetteMatchesHandComputation()
    {
        // Row 0: a = 1, b = (4 + 5) / 2 = 4.5 -> 3.5/4.5; row 1: a = 1, b = 3.5 -> 2.5/3.5; rows 2, 3 mirror them.
        Assert.Equal(((3.5 / 4.5) + (2.5 / 3.5)) / 2, Silhouette.Score(Line, LineLabels), 12);
        Assert.Equal(3.5 / 4.5, Silhouette.Samples(Line, LineLabels)[0], 12);
    }

    [Fact]
    public void CalinskiHarabaszMatchesHandComputation()
    {
        // Centroids 0.5 and 4.5, mean 2.5: B = 2·4 + 2·4 = 16, W = 4·0.25 = 1 -> (16/1) / (1/2) = 32.
        Assert.Equal(32.0, CalinskiHarabasz.Score(Line, LineLabels), 12);
    }

    [Fact]
    public void DaviesBouldinMatchesHandComputation()
    {
        // Scatter 0.5 each, centroid distance 4 -> (0.5 + 0.5) / 4.
        Assert.Equal(0.25, DaviesBouldin.Score(Line, LineLabels), 12);
    }

    [Fact]
    public void DunnMatchesHandComputation()
    {
        // Closest points of different clusters: 1 and 4 (3 apart); widest cluster: 1.
        Assert.Equal(3.0, DunnIndex.Score(Line, LineLabels), 12);
    }

    [Fact]
    public void NoiseRowsAreLeftOut()
    {
        var withNoise = Matrix<double>.FromRows([[0.0], [1.0], [100.0], [4.0], [5.0]]);
        int[] labels = [0, 0, -1, 1, 1];
        Assert.Equal(Silhouette.Score(Line, LineLabels), Silhouette.Score(withNoise, labels), 12);
        Assert.Equal(32.0, CalinskiHarabasz.Score(withNoise, labels), 12);
        Assert.True(double.IsNaN(Silhouette.Samples(withNoise, labels)[2]));
    }

    [Fact]
    public void OneClusterIsRejectedNamingLabels()
    {
        foreach (var (name, score, _, _) in All)
        {
            var ex = Assert.Throws<ArgumentException>(() => score(Line, [0, 0, 0, 0]));
            Assert.True(ex.ParamName == "labels", name);
        }
    }

    [Fact]
    public void WrongLabelCountIsRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Silhouette.Score(Line, [0, 1]));
        Assert.Equal("labels", ex.ParamName);
    }

    [Property(MaxTest = 25)]
    public bool InvariantToRenamingAndWithinBounds(int seed)
    {
        var random = new Random(seed);
        int n = 8 + random.Next(40), k = 2 + random.Next(3);
        var data = RandomData(random, n, 3);
        int[] labels = [.. Enumerable.Range(0, n).Select(i => i % k)];
        int[] renamed = LabelGen.Rename(random, labels).Select(l => l + 10).ToArray();
        return All.All(m =>
        {
            double s = m.Score(data, labels);
            return Math.Abs(s - m.Score(data, renamed)) < 1e-9 && s >= m.Lower - 1e-12 && s <= m.Upper;
        });
    }

    internal static Matrix<double> RandomData(Random random, int n, int d)
    {
        var values = new double[n * d];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (random.NextDouble() * 10) - 5;
        }

        return new Matrix<double>(n, d, values);
    }
}
