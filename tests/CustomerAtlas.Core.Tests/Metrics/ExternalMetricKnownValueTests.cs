using CustomerAtlas.Core.Metrics;

namespace CustomerAtlas.Core.Tests.Metrics;

/// <summary>
/// Small cases computed by hand (shown in the comments) or quoted from scikit-learn's user guide.
/// The running example: true [0,0,0,1,1,1], predicted [0,0,1,1,2,2], whose contingency cells are
/// (0,0)=2 (0,1)=1 (1,1)=1 (1,2)=2.
/// </summary>
public class ExternalMetricKnownValueTests
{
    private static readonly int[] True = [0, 0, 0, 1, 1, 1];
    private static readonly int[] Pred = [0, 0, 1, 1, 2, 2];

    [Fact]
    public void ContingencyTableCountsPairs()
    {
        var table = ContingencyTable.Create(True, Pred);
        Assert.Equal(2, table.ClassCount);
        Assert.Equal(3, table.ClusterCount);
        Assert.Equal(2, table[0, 0]);
        Assert.Equal(1, table[0, 1]);
        Assert.Equal(0, table[0, 2]);
        Assert.Equal([3L, 3L], table.ClassSizes);
        Assert.Equal([2L, 2L, 2L], table.ClusterSizes);
    }

    [Fact]
    public void AdjustedRandIndexMatchesHandComputation()
    {
        // Σ C(nij,2) = 1, Σ C(ai,2) = 1, Σ C(bj,2) = 2, C(4,2) = 6: expected 1/3, max 3/2 -> (1 - 1/3) / (3/2 - 1/3) = 4/7.
        Assert.Equal(4.0 / 7.0, AdjustedRandIndex.Score([0, 0, 1, 2], [0, 0, 1, 1]), 12);

        // scikit-learn user guide: perfectly crossed labels score -0.5.
        Assert.Equal(-0.5, AdjustedRandIndex.Score([0, 0, 1, 1], [0, 1, 0, 1]), 12);
        Assert.Equal(0.0, AdjustedRandIndex.Score([0, 0, 0, 0], [0, 1, 2, 3]), 12);
    }

    [Fact]
    public void EntropyScoresMatchHandComputation()
    {
        // MI = 2/3 ln 2 (cells with one member contribute 0); H(true) = ln 2; H(pred) = ln 3.
        double mi = 2.0 / 3.0 * Math.Log(2);
        Assert.Equal(mi, MutualInformation.Score(True, Pred), 12);
        var v = VMeasure.Score(True, Pred);
        Assert.Equal(2.0 / 3.0, v.Homogeneity, 12);
        Assert.Equal(mi / Math.Log(3), v.Completeness, 12);
        double expectedV = 2 * v.Homogeneity * v.Completeness / (v.Homogeneity + v.Completeness);
        Assert.Equal(expectedV, v.VMeasure, 12);
        Assert.Equal(0.5158, v.VMeasure, 4);

        // With the arithmetic mean, NMI equals the V-measure.
        Assert.Equal(expectedV, MutualInformation.Normalized(True, Pred), 12);
    }

    [Fact]
    public void AdjustedMutualInformationMatchesScikitLearn()
    {
        // sklearn.metrics.adjusted_mutual_info_score (1.2.1, average_method="arithmetic").
        Assert.Equal(0.0, MutualInformation.Adjusted([0, 0, 0, 0], [0, 1, 2, 3]), 12);
        Assert.Equal(1.0, MutualInformation.Adjusted([0, 0, 1, 1], [1, 1, 0, 0]), 12);
        Assert.Equal(AmiReference.RunningExample, MutualInformation.Adjusted(True, Pred), 10);
        Assert.Equal(AmiReference.Uneven, MutualInformation.Adjusted(AmiReference.UnevenTrue, AmiReference.UnevenPred), 10);
    }

    [Fact]
    public void FowlkesMallowsMatchesHandComputation()
    {
        // tk = Σ nij² − n = 4, pk = Σ bj² − n = 6, qk = Σ ai² − n = 12 -> 4 / √72.
        Assert.Equal(4.0 / Math.Sqrt(72), FowlkesMallows.Score(True, Pred), 12);
        Assert.Equal(0.0, FowlkesMallows.Score([0, 0, 0, 0], [0, 1, 2, 3]), 12);
    }

    [Fact]
    public void PurityAndAccuracyMatchHandComputation()
    {
        // Majorities per cluster: 2, 1, 2 -> 5/6.
        Assert.Equal(5.0 / 6.0, Purity.Score(True, Pred), 12);

        // Best matching: class 0 -> cluster 0 (2), class 1 -> cluster 2 (2) -> 4/6.
        Assert.Equal(4.0 / 6.0, ClusteringAccuracy.Score(True, Pred), 12);

        // Recalls 2/3 and 2/3, k = 2: (2/3 − 1/2) / (1 − 1/2) = 1/3.
        Assert.Equal(1.0 / 3.0, ClusteringAccuracy.Normalized(True, Pred), 12);

        // Fewer clusters than classes: class 2 is left unmatched.
        Assert.Equal(0.5, ClusteringAccuracy.Normalized([0, 0, 1, 1, 2, 2], [0, 0, 1, 1, 1, 1]), 12);
    }

    [Fact]
    public void DifferentLengthsAreRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => AdjustedRandIndex.Score([0, 1], [0]));
        Assert.Equal("predictedLabels", ex.ParamName);
    }
}
