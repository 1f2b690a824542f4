using CustomerAtlas.Core.Statistics;

namespace CustomerAtlas.Core.Clustering.BayesianGaussianMixture;

/// <summary>
/// The stick-breaking weights of a truncated Dirichlet process (Blei &amp; Jordan 2006): component c
/// takes a Beta(α_c, β_c) fraction v_c of what the components before it left,
/// π_c = v_c Π_{j&lt;c} (1 − v_j).
/// </summary>
internal static class StickBreaking
{
    /// <summary>E[ln π_c] = ψ(α_c) − ψ(α_c + β_c) + Σ_{j&lt;c} [ψ(β_j) − ψ(α_j + β_j)].</summary>
    public static double[] ExpectedLogWeights(double[] alpha, double[] beta)
    {
        var result = new double[alpha.Length];
        double remainder = 0;
        for (int c = 0; c < alpha.Length; c++)
        {
            double total = SpecialFunctions.Digamma(alpha[c] + beta[c]);
            result[c] = SpecialFunctions.Digamma(alpha[c]) - total + remainder;
            remainder += SpecialFunctions.Digamma(beta[c]) - total;
        }

        return result;
    }

    /// <summary>E[π_c] from the expected fractions, renormalized over the truncation.</summary>
    public static double[] ExpectedWeights(double[] alpha, double[] beta)
    {
        var weights = new double[alpha.Length];
        double left = 1;
        for (int c = 0; c < alpha.Length; c++)
        {
            double fraction = alpha[c] / (alpha[c] + beta[c]);
            weights[c] = fraction * left;
            left *= 1 - fraction;
        }

        double sum = weights.Sum();
        return [.. weights.Select(w => w / sum)];
    }

    /// <summary>The posterior concentrations from soft counts: α_c = 1 + N_c, β_c = γ₀ + Σ_{j&gt;c} N_j.</summary>
    public static (double[] Alpha, double[] Beta) Posterior(double[] counts, double concentration)
    {
        int k = counts.Length;
        var alpha = new double[k];
        var beta = new double[k];
        double after = 0;
        for (int c = k - 1; c >= 0; c--)
        {
            alpha[c] = 1 + counts[c];
            beta[c] = concentration + after;
            after += counts[c];
        }

        return (alpha, beta);
    }
}
