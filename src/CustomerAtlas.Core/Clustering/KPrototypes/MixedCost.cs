using System.Numerics.Tensors;
using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.KPrototypes;

/// <summary>Huang's k-prototypes dissimilarity and nearest-prototype assignment.</summary>
internal static class MixedCost
{
    private const int RowBlock = 1024;

    /// <summary>‖x − p‖² + γ · (number of categorical mismatches).</summary>
    public static double Of(ReadOnlySpan<double> numeric, ReadOnlySpan<int> codes, ReadOnlySpan<double> protoNumeric, ReadOnlySpan<int> protoCodes, double gamma)
    {
        double d = numeric.Length > 0 ? TensorPrimitives.Distance(numeric, protoNumeric) : 0;
        int mismatches = 0;
        for (int j = 0; j < codes.Length; j++)
        {
            if (codes[j] != protoCodes[j])
            {
                mismatches++;
            }
        }

        return (d * d) + (gamma * mismatches);
    }

    /// <summary>Labels each row with its nearest prototype (lowest index on ties); returns the total cost.</summary>
    public static double Assign(MixedData data, double[] protoNumeric, int[] protoCodes, int k, double gamma, int[] labels, int maxDegreeOfParallelism)
    {
        int p = data.NumericCount;
        int c = data.CategoricalCount;
        int blocks = RowBlocks.OfSize(data.Rows, RowBlock).Count;
        var blockCost = new double[blocks];
        BlockParallel.For(RowBlocks.OfSize(data.Rows, RowBlock), maxDegreeOfParallelism, b =>
        {
            int end = Math.Min(data.Rows, (b + 1) * RowBlock);
            double cost = 0;
            for (int i = b * RowBlock; i < end; i++)
            {
                var x = data.Numeric.RowReadOnly(i);
                var codes = data.CategoricalRow(i);
                int best = 0;
                double bestCost = double.PositiveInfinity;
                for (int m = 0; m < k; m++)
                {
                    double v = Of(x, codes, protoNumeric.AsSpan(m * p, p), protoCodes.AsSpan(m * c, c), gamma);
                    if (v < bestCost)
                    {
                        bestCost = v;
                        best = m;
                    }
                }

                labels[i] = best;
                cost += bestCost;
            }

            blockCost[b] = cost;
        });
        double total = 0;
        foreach (double v in blockCost)
        {
            total += v;
        }

        return total;
    }
}
