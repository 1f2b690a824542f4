using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class NeighbourGraphTests
{
    // Two triangles 100 apart: with 2 neighbours each row links to the other two rows of its triangle.
    private static readonly Matrix<double> TwoTriangles = Matrix<double>.FromRows(
        [[0, 0], [1, 0], [2, 0], [100, 0], [101, 0], [102, 0]]);

    [Fact]
    public void Modularity_matches_the_hand_computed_values()
    {
        var graph = NeighbourGraph.Build(TwoTriangles, 2);
        Assert.Equal(6, graph.EdgeCount);

        // Each triangle: 3 of 6 edges inside, degree sum 6 of 12: 2 · (1/2 − 1/4) = 1/2.
        Assert.Equal(0.5, graph.Modularity([0, 0, 0, 1, 1, 1]), 12);

        // One cluster holds every edge and every degree: 1 − 1 = 0.
        Assert.Equal(0.0, graph.Modularity([0, 0, 0, 0, 0, 0]), 12);

        // Slicing a triangle: {0,1} keeps 1 edge (degrees 4), {2} none (degree 2), {3,4,5} keeps 3 (degrees 6):
        // (1/6 − 1/9) + (0 − 1/36) + (1/2 − 1/4).
        Assert.Equal((1.0 / 6) - (1.0 / 9) - (1.0 / 36) + 0.25, graph.Modularity([0, 0, 2, 1, 1, 1]), 12);
    }

    [Fact]
    public void Modularity_from_its_terms_weighs_the_expected_share_by_the_resolution()
    {
        var graph = NeighbourGraph.Build(TwoTriangles, 2);

        // Two triangles: 6 of 6 edges inside, a random graph would put 2 · (1/2)² = 1/2 there.
        var (inside, expected) = graph.ModularityTerms([0, 0, 0, 1, 1, 1]);
        Assert.Equal((1.0, 0.5), (inside, expected));
        Assert.Equal(1 - (2 * 0.5), NeighbourGraph.ModularityFromTerms(inside, expected, 2), 12);
        Assert.Equal(graph.Modularity([0, 0, 0, 1, 1, 1], 0.5), NeighbourGraph.ModularityFromTerms(inside, expected, 0.5), 12);
        Assert.Equal(0.75, graph.Modularity([0, 0, 0, 1, 1, 1], 0.5), 12);
    }

    [Fact]
    public void Cluster_edge_counts_match_the_hand_counted_edges()
    {
        var graph = NeighbourGraph.Build(TwoTriangles, 2);

        // Slicing the first triangle: {0,1} keeps edge 0–1, edges 0–2 and 1–2 join it to {2}; {3,4,5} keeps its 3.
        Assert.Equal([1L, 0, 2, 0, 3, 0, 2, 0, 0], graph.ClusterEdgeCounts([0, 0, 2, 1, 1, 1]));

        // Noise rows' edges are left out; the matrix spans labels 0..max.
        Assert.Equal([1L, 0, 0, 3], graph.ClusterEdgeCounts([0, 0, -1, 1, 1, 1]));
    }

    [Fact]
    public void Densest_seam_is_the_largest_pair_conductance()
    {
        var graph = NeighbourGraph.Build(TwoTriangles, 2);

        // The two triangles share no edge.
        Assert.Equal(0.0, graph.DensestSeam([0, 0, 0, 1, 1, 1]));

        // Slicing row 2 off its triangle: both of its edges (degree sum 2) cross to {0,1} (degree sum 4): 2 / 2.
        Assert.Equal(1.0, graph.DensestSeam([0, 0, 2, 1, 1, 1]), 12);

        // From the counts alone: 3 edges between clusters of degree sums 2·5 + 3 and 2·1 + 3.
        Assert.Equal(3.0 / 5, NeighbourGraph.DensestSeam([5L, 3, 3, 1]), 12);
        var error = Assert.Throws<ArgumentException>(() => NeighbourGraph.DensestSeam([1L, 2, 3]));
        Assert.Equal("counts", error.ParamName);
    }

    [Fact]
    public void Noise_rows_count_as_clusters_of_their_own()
    {
        var graph = NeighbourGraph.Build(TwoTriangles, 2);

        // Row 2 as noise is scored like a singleton cluster.
        Assert.Equal(graph.Modularity([0, 0, 2, 1, 1, 1]), graph.Modularity([0, 0, -1, 1, 1, 1]), 12);
    }

    [Fact]
    public void A_partition_along_the_density_valley_beats_one_through_a_dense_group()
    {
        // Two long bands: cutting between them keeps every neighbour (1/2, the most two halves can get); cutting across them does not.
        var rows = new List<double[]>();
        var along = new List<int>();
        var across = new List<int>();
        for (int i = 0; i < 60; i++)
        {
            rows.Add([i * 0.1, 0]);
            rows.Add([i * 0.1, 1.5]);
            along.Add(0);
            along.Add(1);
            across.Add(i < 30 ? 0 : 1);
            across.Add(i < 30 ? 0 : 1);
        }

        var graph = NeighbourGraph.Build(Matrix<double>.FromRows(rows), 5);
        Assert.Equal(0.5, graph.Modularity(along), 12);
        Assert.True(graph.Modularity(across) < 0.5 - 0.01, $"across {graph.Modularity(across)}");
    }

    [Fact]
    public void Bad_arguments_name_the_parameter()
    {
        Assert.Equal("neighbours", Assert.Throws<ArgumentException>(() => NeighbourGraph.Build(TwoTriangles, 0)).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentException>(() => NeighbourGraph.Build(Matrix<double>.FromRows([[1.0, 2.0]]), 3)).ParamName);
        Assert.Equal("labels", Assert.Throws<ArgumentException>(() => NeighbourGraph.Build(TwoTriangles, 2).Modularity([0, 1])).ParamName);
    }
}
