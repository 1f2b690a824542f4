using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;

namespace CustomerAtlas.Core.Explanation;

/// <summary>Permutation importances of every feature, overall and for each segment.</summary>
/// <param name="Overall">Overall accuracy drop per feature.</param>
/// <param name="PerSegment">[segment][feature]: drop of the one-vs-rest accuracy for that segment.</param>
public sealed record FeatureImportances(IReadOnlyList<double> Overall, IReadOnlyList<IReadOnlyList<double>> PerSegment);

/// <summary>
/// How much a classifier relies on each feature: shuffle one column (seeded), predict again, and
/// measure the drop in accuracy. Per segment the accuracy is one-vs-rest ("is / is not in segment
/// s"), so a feature that matters only for recognising one segment shows up there.
/// </summary>
public static class PermutationImportance
{
    /// <summary>
    /// Importances of <paramref name="predict"/> on <paramref name="data"/> with true
    /// <paramref name="labels"/> (0..segmentCount−1), averaged over <paramref name="repeats"/> shuffles.
    /// </summary>
    public static FeatureImportances Compute(
        Func<Matrix<double>, int[]> predict,
        Matrix<double> data,
        ReadOnlySpan<int> labels,
        int segmentCount,
        int repeats = 3,
        int? seed = null)
    {
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(segmentCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(repeats);
        if (labels.Length != data.Rows)
        {
            throw new ArgumentException($"labels has {labels.Length} entries but data has {data.Rows} rows.", nameof(labels));
        }

        var truth = labels.ToArray();
        var (baseOverall, baseSegments) = Accuracies(predict(data), truth, segmentCount);
        var work = data.Clone();
        var column = new double[data.Rows];
        var overall = new double[data.Cols];
        var perSegment = new double[segmentCount][];
        for (int s = 0; s < segmentCount; s++)
        {
            perSegment[s] = new double[data.Cols];
        }

        for (int f = 0; f < data.Cols; f++)
        {
            for (int i = 0; i < data.Rows; i++)
            {
                column[i] = data[i, f];
            }

            for (int r = 0; r < repeats; r++)
            {
                var shuffled = (double[])column.Clone();
                Seeds.Derive(seed, (f * repeats) + r).Shuffle(shuffled);
                for (int i = 0; i < data.Rows; i++)
                {
                    work[i, f] = shuffled[i];
                }

                var (acc, segmentAcc) = Accuracies(predict(work), truth, segmentCount);
                overall[f] += (baseOverall - acc) / repeats;
                for (int s = 0; s < segmentCount; s++)
                {
                    perSegment[s][f] += (baseSegments[s] - segmentAcc[s]) / repeats;
                }
            }

            for (int i = 0; i < data.Rows; i++)
            {
                work[i, f] = column[i];
            }
        }

        return new FeatureImportances(overall, perSegment);
    }

    private static (double Overall, double[] PerSegment) Accuracies(int[] predicted, int[] truth, int segmentCount)
    {
        long correct = 0;
        var segmentCorrect = new long[segmentCount];
        for (int i = 0; i < truth.Length; i++)
        {
            if (predicted[i] == truth[i])
            {
                correct++;
            }

            for (int s = 0; s < segmentCount; s++)
            {
                if ((predicted[i] == s) == (truth[i] == s))
                {
                    segmentCorrect[s]++;
                }
            }
        }

        double n = truth.Length;
        return (correct / n, segmentCorrect.Select(c => c / n).ToArray());
    }
}
