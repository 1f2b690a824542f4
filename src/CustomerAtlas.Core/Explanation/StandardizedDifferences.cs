using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Core.Explanation;

/// <summary>
/// How far each segment's mean sits from the population mean, in population standard deviations:
/// d[s][f] = (mean_s(f) − mean(f)) / sd(f). Values beyond ±0.5 are usually worth a sentence;
/// beyond ±1 they define the segment.
/// </summary>
public static class StandardizedDifferences
{
    /// <summary>
    /// [segment][feature] standardized differences over rows with a label in 0..segmentCount−1
    /// (noise rows are left out of segments and population alike). A constant feature gives 0.
    /// </summary>
    public static double[][] Compute(Matrix<double> data, ReadOnlySpan<int> labels, int segmentCount)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segmentCount);
        if (labels.Length != data.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but data has {data.Rows} rows.", nameof(labels));
        }

        int d = data.Cols;
        var sums = new double[segmentCount][];
        for (int s = 0; s < segmentCount; s++)
        {
            sums[s] = new double[d];
        }

        var counts = new long[segmentCount];
        var total = new double[d];
        long n = 0;
        for (int i = 0; i < data.Rows; i++)
        {
            int s = labels[i];
            if (s < 0)
            {
                continue;
            }

            if (s >= segmentCount)
            {
                throw new ArgumentException($"Label {s} at row {i} is not below segmentCount {segmentCount}.", nameof(labels));
            }

            var row = data.RowReadOnly(i);
            counts[s]++;
            n++;
            for (int f = 0; f < d; f++)
            {
                sums[s][f] += row[f];
                total[f] += row[f];
            }
        }

        if (n == 0)
        {
            throw new ArgumentException("No row belongs to a segment.", nameof(labels));
        }

        var mean = total.Select(t => t / n).ToArray();
        var variance = new double[d];
        for (int i = 0; i < data.Rows; i++)
        {
            if (labels[i] < 0)
            {
                continue;
            }

            var row = data.RowReadOnly(i);
            for (int f = 0; f < d; f++)
            {
                double diff = row[f] - mean[f];
                variance[f] += diff * diff;
            }
        }

        var sd = variance.Select(v => Math.Sqrt(v / n)).ToArray();
        var result = new double[segmentCount][];
        for (int s = 0; s < segmentCount; s++)
        {
            result[s] = new double[d];
            for (int f = 0; f < d; f++)
            {
                result[s][f] = counts[s] == 0 || sd[f] == 0 ? 0 : ((sums[s][f] / counts[s]) - mean[f]) / sd[f];
            }
        }

        return result;
    }
}
