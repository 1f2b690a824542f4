using CustomerAtlas.Core.Clustering;

namespace CustomerAtlas.Core.Tests.Clustering;

public class MergeHeightGapsTests
{
    [Fact]
    public void MonotoneHeights()
    {
        // 5 items, merges at 1, 1.5, 2, 9: the 2-cluster cut lives from 2 to 9.
        double[] heights = [1, 1.5, 2, 9];
        Assert.Equal([7.0, 0.5, 0.5], MergeHeightGaps.Persistence(heights, 5, 2, 4));
        Assert.Equal(2, MergeHeightGaps.MostPersistent(heights, 5, 2, 4));
    }

    [Fact]
    public void NonMonotoneHeightsUseTheHighestMergeSoFar()
    {
        // Merge 2 (height 8) happens before merge 3 (height 3), so the 3-cluster cut never persists
        // (3 - 8 < 0); the 2-cluster cut lives from 8 to 10, the 4-cluster cut from 1 to 8 (widest).
        double[] heights = [1, 8, 3, 10];
        Assert.Equal([2.0, -5.0, 7.0], MergeHeightGaps.Persistence(heights, 5, 2, 4));
        Assert.Equal(4, MergeHeightGaps.MostPersistent(heights, 5, 2, 4));
    }

    [Fact]
    public void RatiosDivideTheNextMergeByTheHighestSoFar()
    {
        // k = 5 precedes every merge (+inf); then 1.5 / 1, 2 / 1.5, 9 / 2.
        double[] monotone = [1, 1.5, 2, 9];
        Assert.Equal([4.5, 2 / 1.5, 1.5, double.PositiveInfinity], MergeHeightGaps.Ratios(monotone, 5, 2, 5));

        // Non-monotone: after the merge at 8, a merge at 3 gives 3 / 8 < 1 (no gap), then 10 / 8.
        double[] genieLike = [1, 8, 3, 10];
        Assert.Equal([1.25, 0.375, 8.0], MergeHeightGaps.Ratios(genieLike, 5, 2, 4));
    }

    [Fact]
    public void RatiosAreScaleFree()
    {
        double[] heights = [0.5, 0.7, 0.6, 3];
        double[] scaled = [.. heights.Select(h => h * 1000)];
        var a = MergeHeightGaps.Ratios(heights, 5, 2, 4);
        var b = MergeHeightGaps.Ratios(scaled, 5, 2, 4);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i], b[i], 1e-12);
        }
    }

    [Fact]
    public void BadRangesAreNamed()
    {
        double[] heights = [1, 2, 3];
        Assert.Equal("minClusters", Assert.Throws<ArgumentOutOfRangeException>(() => MergeHeightGaps.Persistence(heights, 4, 1, 3)).ParamName);
        Assert.Equal("maxClusters", Assert.Throws<ArgumentOutOfRangeException>(() => MergeHeightGaps.Persistence(heights, 4, 2, 5)).ParamName);
        Assert.Equal("heights", Assert.Throws<ArgumentException>(() => MergeHeightGaps.Persistence(heights, 6, 2, 3)).ParamName);
        Assert.Equal("maxClusters", Assert.Throws<ArgumentOutOfRangeException>(() => MergeHeightGaps.Ratios(heights, 4, 2, 5)).ParamName);
        Assert.Equal("heights", Assert.Throws<ArgumentException>(() => MergeHeightGaps.Ratios(heights, 6, 2, 3)).ParamName);
    }
}
