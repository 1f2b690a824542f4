using CustomerAtlas.Core.Metrics;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class ConsensusAndSensitivityTests
{
    [Fact]
    public void Co_association_counts_the_share_of_partitions_that_agree()
    {
        int[][] partitions = [[0, 0, 1], [0, 1, 1]];
        var c = ConsensusClustering.CoAssociation(partitions);
        Assert.Equal([1, 0.5, 0, 0.5, 1, 0.5, 0, 0.5, 1], c);
    }

    [Fact]
    public void Consensus_of_agreeing_partitions_reproduces_them()
    {
        int[] reference = [0, 0, 0, 1, 1, 1, 2, 2];
        int[][] partitions = [reference, [2, 2, 2, 0, 0, 0, 1, 1], [1, 1, 1, 2, 2, 2, 0, 0]];
        var report = ConsensusClustering.Build(partitions, 3, reference, (a, b) => AdjustedRandIndex.Score(a, b));
        Assert.Equal(1.0, report.AgreementWithReference, 1e-12);
        Assert.Equal(1.0, report.SegmentCoAssociation[0][0], 1e-12);
        Assert.Equal(0.0, report.SegmentCoAssociation[0][1], 1e-12);
    }

    [Fact]
    public void Consensus_follows_the_majority()
    {
        // Two of three partitions put row 2 with rows 0-1; the consensus does too.
        int[] reference = [0, 0, 0, 1, 1, 1];
        int[][] partitions = [reference, [0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 1, 1]];
        var report = ConsensusClustering.Build(partitions, 2, partitions[2], (a, b) => AdjustedRandIndex.Score(a, b));
        Assert.Equal(1.0, AdjustedRandIndex.Score(reference, report.Labels), 1e-12);
        Assert.Equal(2.0 / 3, ConsensusClustering.CoAssociation(partitions)[2], 1e-12);
    }

    [Fact]
    public void Segment_co_association_matches_pairwise_average()
    {
        int[] reference = [0, 0, 1, 1, 1];
        int[][] partitions = [[0, 0, 1, 1, 1], [0, 1, 1, 1, 0]];
        var report = ConsensusClustering.Build(partitions, 2, reference, (a, b) => AdjustedRandIndex.Score(a, b));
        var c = ConsensusClustering.CoAssociation(partitions);
        double within1 = (c[(2 * 5) + 3] + c[(2 * 5) + 4] + c[(3 * 5) + 4]) / 3;
        double across = new[] { (0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4) }.Average(p => c[(p.Item1 * 5) + p.Item2]);
        Assert.Equal(within1, report.SegmentCoAssociation[1][1], 1e-12);
        Assert.Equal(across, report.SegmentCoAssociation[0][1], 1e-12);
    }

    [Fact]
    public void Well_separated_partitions_are_insensitive_to_seed_and_scaling()
    {
        var (data, _) = SelectionTestData.Blobs(3, 30);
        var scaled = new Core.Data.Matrix<double>(data.Rows, data.Cols, data.Values.Select((v, i) => i % 2 == 0 ? v * 3 : v).ToArray());
        var candidate = CandidateGenerator.Generate(["raw"], [SelectionTestData.KMeansSpec], 3, 3, data.Rows, data.Cols)[0];
        var chosen = CandidateFitter.Fit(candidate, data, 42);
        var entries = SensitivityAnalysis.Run(
            candidate, chosen.Labels, [new PreparedData("raw", data), new PreparedData("stretched", scaled)], [1, 2], 42, (a, b) => AdjustedRandIndex.Score(a, b));
        Assert.Equal(["seed", "seed", "preprocessing"], entries.Select(e => e.Kind));
        Assert.All(entries, e => Assert.Equal(1.0, e.Ari, 1e-12));
        Assert.Equal("stretched", entries[2].Setting);
    }

    [Fact]
    public void Stability_summary_maps_reference_clusters_to_segments()
    {
        // The refit numbers clusters the other way round; Jaccard 0.9 / 0.4 must land on segments 1 / 0.
        var result = new StabilityResult(0.8, [0.7, 0.9], [0.9, 0.4], [0, 0, 1, 1]);
        var report = StabilitySummary.From(result, [1, 1, 0, 0], 2, 0.6);
        Assert.Equal([0.4, 0.9], report.SegmentJaccard);
        Assert.Equal([0], report.UnstableSegments);
        Assert.Equal(0.8, report.MeanAri, 1e-12);
    }
}
