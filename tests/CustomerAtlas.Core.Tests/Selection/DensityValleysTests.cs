using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Selection;

namespace CustomerAtlas.Core.Tests.Selection;

public class DensityValleysTests
{
    // Two runs of four points one apart, 2.5 apart from each other.
    private static readonly Matrix<double> TwoRuns = Matrix<double>.FromRows(
        [[0, 0], [1, 0], [2, 0], [3, 0], [5.5, 0], [6.5, 0], [7.5, 0], [8.5, 0]]);

    [Fact]
    public void Valley_ratio_matches_the_hand_computed_value()
    {
        // With 3 neighbours: core distances 3, 2, 2, 2.5 on the left run (mirrored on the right), so each
        // run's median (upper) core distance is 2.5. Rows 3 and 5.5 are each other's third neighbour: the
        // passage is max(2.5, 2.5, 2.5) = 2.5, exactly the runs' inside: ratio 1.
        var valleys = DensityValleys.Build(TwoRuns, 3);
        Assert.Equal(1.0, valleys.ValleyRatio([0, 0, 0, 0, 1, 1, 1, 1]), 12);

        // Slicing the left run between 1 and 2: rows 1 and 2 (one apart, core distances 2) give the passage 2;
        // {0, 1} has cores 3 and 2 (median 3), the rest cores 2, 2.5, 2.5, 2, 2, 3 (median 2.5): 2 / 3. A
        // slice through a run is no valley: its passage is no sparser than the inside.
        Assert.Equal(2.0 / 3, valleys.ValleyRatio([0, 0, 1, 1, 1, 1, 1, 1]), 12);
    }

    [Fact]
    public void Clusters_that_never_touch_have_an_infinite_ratio()
    {
        // With 1 neighbour no link crosses the 2.5 gap.
        var valleys = DensityValleys.Build(TwoRuns, 1);
        Assert.Equal(double.PositiveInfinity, valleys.ValleyRatio([0, 0, 0, 0, 1, 1, 1, 1]));
    }

    [Fact]
    public void Noise_rows_take_no_part()
    {
        var valleys = DensityValleys.Build(TwoRuns, 3);
        double clean = valleys.ValleyRatio([0, 0, 0, 0, 1, 1, 1, 1]);

        // The two rows next to the gap as noise: the runs now touch across 4.5 units at most, sparser than inside.
        double withNoise = valleys.ValleyRatio([0, 0, 0, -1, -1, 1, 1, 1]);
        Assert.True(withNoise > clean);
    }

    [Fact]
    public void Dense_groups_in_sparse_background_pass_and_a_slice_through_a_group_does_not()
    {
        var (data, groups) = GroupsInNoise(seed: 3);
        var valleys = DensityValleys.Build(data, 10);
        Assert.True(valleys.ValleyRatio(groups) >= 1);

        // Cut every group in half along x: the new boundaries run through dense rows.
        int[] sliced = [.. Enumerable.Range(0, data.Rows).Select(r => (groups[r] * 2) + ((data[r, 0] % 10) > 5 ? 1 : 0))];
        Assert.True(valleys.ValleyRatio(sliced) < 1);
    }

    [Fact]
    public void Rejects_labels_of_another_length()
    {
        var valleys = DensityValleys.Build(TwoRuns, 2);
        Assert.Throws<ArgumentException>(() => valleys.ValleyRatio([0, 1]));
        Assert.Throws<ArgumentException>(() => DensityValleys.Build(TwoRuns, 0));
    }

    /// <summary>
    /// Three dense 4 × 4 squares at x = 0, 10, 20 (400 rows each) in a sparse uniform background over
    /// [−5, 29] × [−5, 9] (200 rows); every background row joins the group whose square is nearest.
    /// </summary>
    internal static (Matrix<double> Data, int[] Groups) GroupsInNoise(int seed)
    {
        var rng = new Random(seed);
        var rows = new List<double[]>();
        var groups = new List<int>();
        for (int g = 0; g < 3; g++)
        {
            for (int i = 0; i < 400; i++)
            {
                rows.Add([(g * 10) + (rng.NextDouble() * 4), rng.NextDouble() * 4]);
                groups.Add(g);
            }
        }

        for (int i = 0; i < 200; i++)
        {
            double x = -5 + (rng.NextDouble() * 34);
            rows.Add([x, -5 + (rng.NextDouble() * 14)]);
            groups.Add(Math.Clamp((int)Math.Round((x - 2) / 10), 0, 2));
        }

        return (Matrix<double>.FromRows(rows), [.. groups]);
    }

    /// <summary>
    /// Three dense horizontal bands 30 long and 2 thick at y = 0, 6, 12 (<paramref name="perBand"/> rows each) in a
    /// sparse uniform background over [−3, 33] × [−3, 17] (<paramref name="background"/> rows); every background row
    /// joins the nearest band. Long and thin, so centroid methods cut across them.
    /// </summary>
    internal static (Matrix<double> Data, int[] Groups) BandsInNoise(int seed, int perBand = 600, int background = 200)
    {
        var rng = new Random(seed);
        var rows = new List<double[]>();
        var groups = new List<int>();
        for (int g = 0; g < 3; g++)
        {
            for (int i = 0; i < perBand; i++)
            {
                rows.Add([rng.NextDouble() * 30, (g * 6) + (rng.NextDouble() * 2)]);
                groups.Add(g);
            }
        }

        for (int i = 0; i < background; i++)
        {
            double y = -3 + (rng.NextDouble() * 20);
            rows.Add([-3 + (rng.NextDouble() * 36), y]);
            groups.Add(Math.Clamp((int)Math.Round((y - 1) / 6), 0, 2));
        }

        return (Matrix<double>.FromRows(rows), [.. groups]);
    }
}
