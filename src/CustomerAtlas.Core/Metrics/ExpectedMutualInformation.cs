namespace CustomerAtlas.Core.Metrics;

/// <summary>
/// The expected mutual information of two random labellings with fixed group sizes a (classes)
/// and b (clusters) over N rows, under the hypergeometric (permutation) model:
/// E[MI] = Σ_i Σ_j Σ_nij (nij/N) log(N nij / (a_i b_j)) · P(nij), where P is the hypergeometric
/// probability a_i! b_j! (N−a_i)! (N−b_j)! / (N! nij! (a_i−nij)! (b_j−nij)! (N−a_i−b_j+nij)!).
/// Computed in log space with a log-factorial table (O(N) memory).
/// </summary>
internal static class ExpectedMutualInformation
{
    public static double Compute(ContingencyTable table)
    {
        int n = checked((int)table.Total);
        var logFactorial = new double[n + 1];
        for (int i = 2; i <= n; i++)
        {
            logFactorial[i] = logFactorial[i - 1] + Math.Log(i);
        }

        double logN = Math.Log(n);
        double expected = 0;
        for (int i = 0; i < table.ClassCount; i++)
        {
            int a = (int)table.ClassSizes[i];
            for (int j = 0; j < table.ClusterCount; j++)
            {
                int b = (int)table.ClusterSizes[j];
                double logConstant = logFactorial[a] + logFactorial[b] + logFactorial[n - a] + logFactorial[n - b] - logFactorial[n];
                int start = Math.Max(1, a + b - n);
                int end = Math.Min(a, b);
                for (int nij = start; nij <= end; nij++)
                {
                    double logProbability = logConstant - logFactorial[nij] - logFactorial[a - nij]
                        - logFactorial[b - nij] - logFactorial[n - a - b + nij];
                    double information = logN + Math.Log(nij) - Math.Log(a) - Math.Log(b);
                    expected += (double)nij / n * information * Math.Exp(logProbability);
                }
            }
        }

        return expected;
    }
}
