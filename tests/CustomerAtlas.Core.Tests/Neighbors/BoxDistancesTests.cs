using CustomerAtlas.Core.Neighbors;
using FsCheck.Xunit;

namespace CustomerAtlas.Core.Tests.Neighbors;

public class BoxDistancesTests
{
    [Fact]
    public void HandComputedDistancesToAUnitSquare()
    {
        double[] lower = [0, 0], upper = [1, 1];
        Assert.Equal((0.0, 0.5), BoxDistances.PointToBox([0.5, 0.5], lower, upper)); // centre: farthest corner √0.5 away
        Assert.Equal((4.0, 9.0 + 1.0), BoxDistances.PointToBox([-2, 0], lower, upper));
        Assert.Equal(4.0, BoxDistances.PointToBoxMin([-2, 0], lower, upper));
        Assert.Equal(1.0 + 4.0, BoxDistances.BoxToBoxMin(lower, upper, [2, 3], [5, 5]));
        Assert.Equal(0.0, BoxDistances.BoxToBoxMin(lower, upper, [0.5, -3], [0.7, 3]));
    }

    [Property(MaxTest = 50)]
    public bool BoundsMatchTheBoxCornersAndSampledPoints(int seed)
    {
        var rng = new Random(seed);
        int d = rng.Next(1, 5);
        double[] Corner(double[] lo, double[] hi, int mask) => Enumerable.Range(0, d).Select(j => ((mask >> j) & 1) == 0 ? lo[j] : hi[j]).ToArray();
        double Dist2(double[] a, double[] b) => a.Zip(b, (x, y) => (x - y) * (x - y)).Sum();
        var lower = Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 4 - 2).ToArray();
        var upper = lower.Select(v => v + rng.NextDouble() * 2).ToArray();
        var point = Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 8 - 4).ToArray();
        var (min, max) = BoxDistances.PointToBox(point, lower, upper);
        double farthestCorner = Enumerable.Range(0, 1 << d).Max(mask => Dist2(point, Corner(lower, upper, mask)));
        var clamped = point.Select((v, j) => Math.Clamp(v, lower[j], upper[j])).ToArray();
        var otherLower = Enumerable.Range(0, d).Select(_ => rng.NextDouble() * 8 - 4).ToArray();
        var otherUpper = otherLower.Select(v => v + rng.NextDouble()).ToArray();
        double boxes = BoxDistances.BoxToBoxMin(lower, upper, otherLower, otherUpper);
        // Any point of the other box is at least the box-to-box bound away from any point of the first (sampled).
        bool boxBoundHolds = Enumerable.Range(0, 20).All(_ =>
        {
            var a = lower.Select((v, j) => v + (rng.NextDouble() * (upper[j] - v))).ToArray();
            var b = otherLower.Select((v, j) => v + (rng.NextDouble() * (otherUpper[j] - v))).ToArray();
            return Dist2(a, b) >= boxes - 1e-12;
        });
        bool attained = boxes == BoxDistances.PointToBoxMin(
            upper.Select((v, j) => Math.Clamp(v, otherLower[j], otherUpper[j])).ToArray(), lower, upper); // a point of the other box nearest the first
        return Math.Abs(max - farthestCorner) < 1e-12 && Math.Abs(min - Dist2(point, clamped)) < 1e-12
            && min == BoxDistances.PointToBoxMin(point, lower, upper) && boxBoundHolds && attained;
    }
}
