using System.Text.Json;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Distances;

namespace CustomerAtlas.Core.Tests.Distances;

public class DistanceTests
{
    private static readonly double[] A = [1, 2, 3];
    private static readonly double[] B = [4, 0, 3];

    [Fact]
    public void ParameterFreeDistancesMatchHandValues()
    {
        // diff = (-3, 2, 0): L2^2 = 13, L1 = 5; cos = (4 + 0 + 9) / (sqrt 14 * sqrt 25).
        Assert.Equal(Math.Sqrt(13), Distance.For(DistanceMetric.Euclidean).Compute(A, B), 12);
        Assert.Equal(13, Distance.For(DistanceMetric.SquaredEuclidean).Compute(A, B), 12);
        Assert.Equal(5, Distance.For(DistanceMetric.Manhattan).Compute(A, B), 12);
        Assert.Equal(1 - (13 / (Math.Sqrt(14) * 5)), Distance.For(DistanceMetric.Cosine).Compute(A, B), 12);
    }

    [Fact]
    public void CosineOfZeroRowsIsDefined()
    {
        Assert.Equal(0, CosineDistance.Instance.Compute([0, 0], [0, 0]));
        Assert.Equal(1, CosineDistance.Instance.Compute([0, 0], [1, 0]));
    }

    [Fact]
    public void MahalanobisWithDiagonalCovarianceScalesEachFeature()
    {
        // Covariance diag(4, 1): distance = sqrt(3^2/4 + 2^2/1) = sqrt(6.25) = 2.5.
        var cov = Matrix<double>.FromRows([[4, 0, 0], [0, 1, 0], [0, 0, 9]]);
        var d = MahalanobisDistance.FromCovariance(cov);
        Assert.Equal(2.5, d.Compute(A, B), 12);
    }

    [Fact]
    public void MahalanobisInverseOfCorrelatedCovarianceIsExact()
    {
        // [[2,1],[1,2]]^-1 = [[2,-1],[-1,2]] / 3; for diff (1, 1): q = (2 - 1 - 1 + 2) / 3 = 2/3.
        var d = MahalanobisDistance.FromCovariance(Matrix<double>.FromRows([[2, 1], [1, 2]]));
        Assert.Equal(Math.Sqrt(2.0 / 3), d.Compute([1, 1], [0, 0]), 12);
    }

    [Fact]
    public void MahalanobisRejectsSingularCovariance()
    {
        var ex = Assert.Throws<ArgumentException>(() => MahalanobisDistance.FromCovariance(Matrix<double>.FromRows([[1, 1], [1, 1]])));
        Assert.Equal("covariance", ex.ParamName);
    }

    [Fact]
    public void GowerOnAMixedToyMatchesHandValues()
    {
        // Numeric: age range 20..60 (40), income range 10..30 (20); categorical: colour, plan.
        var numeric = Matrix<double>.FromRows([[20, 10], [60, 30], [30, double.NaN]]);
        int[] codes = [0, 1, /**/ 1, 1, /**/ 0, MixedData.MissingCode];
        var data = new MixedData(numeric, codes, 2);
        var gower = GowerDistance.Fit(data);
        var rows = data.ToCombined();

        // Rows 0 and 1: 40/40 + 20/20 + mismatch + match = 3 of 4.
        Assert.Equal(0.75, gower.Compute(rows.RowReadOnly(0), rows.RowReadOnly(1)), 12);

        // Rows 0 and 2: 10/40 + (income missing) + match + (plan missing) = 0.25 over 2 features.
        Assert.Equal(0.125, gower.Compute(rows.RowReadOnly(0), rows.RowReadOnly(2)), 12);

        // Weights: age weight 3, the rest 1 -> rows 0,2: 3 * 0.25 / (3 + 1).
        var weighted = GowerDistance.Fit(data, [3, 1, 1, 1]);
        Assert.Equal(0.1875, weighted.Compute(rows.RowReadOnly(0), rows.RowReadOnly(2)), 12);
    }

    [Fact]
    public void GowerWithNothingInCommonIsOne()
    {
        var gower = new GowerDistance([1.0], 1, [1, 1]);
        Assert.Equal(1, gower.Compute([double.NaN, 2], [3, double.NaN]));
    }

    [Fact]
    public void MixedDataSplitsColumnsAndRejectsNonIntegerCodes()
    {
        var combined = Matrix<double>.FromRows([[1.5, 2, 7], [2.5, double.NaN, 8]]);
        var mixed = MixedData.FromColumns(combined, [1]);
        Assert.Equal(2, mixed.NumericCount);
        Assert.Equal([2, MixedData.MissingCode], mixed.Categorical);
        Assert.Equal(8, mixed.Numeric[1, 1]);

        var bad = Matrix<double>.FromRows([[1.5, 2.5]]);
        Assert.Equal("combined", Assert.Throws<ArgumentException>(() => MixedData.FromColumns(bad, [1])).ParamName);
    }

    [Fact]
    public void DistancesRoundTripThroughJson()
    {
        IDistance[] distances =
        [
            EuclideanDistance.Instance,
            CosineDistance.Instance,
            new MahalanobisDistance(2, [2, 0, 0, 1]),
            new GowerDistance([2.0], 1, [1, 2]),
        ];
        foreach (var d in distances)
        {
            string json = JsonSerializer.Serialize(d);
            var back = JsonSerializer.Deserialize<IDistance>(json)!;
            Assert.Equal(d.GetType(), back.GetType());
            Assert.Equal(d.Compute([1, 3], [2, 5]), back.Compute([1, 3], [2, 5]), 12);
        }
    }

    [Fact]
    public void DifferentLengthsAreRejected()
    {
        Assert.Throws<ArgumentException>(() => EuclideanDistance.Instance.Compute([1, 2], [1]));
    }
}
