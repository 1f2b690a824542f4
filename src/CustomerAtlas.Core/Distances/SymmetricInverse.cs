namespace CustomerAtlas.Core.Distances;

/// <summary>Inverse of a symmetric positive-definite matrix by Cholesky factorisation.</summary>
internal static class SymmetricInverse
{
    public static double[] Invert(double[] a, int n, string parameter)
    {
        // Factor A = L Lᵀ (L lower, row-major), then A⁻¹ = L⁻ᵀ L⁻¹.
        var l = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = a[(i * n) + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= l[(i * n) + k] * l[(j * n) + k];
                }

                if (i == j)
                {
                    if (!(sum > 1e-12 * Math.Max(1, Math.Abs(a[(i * n) + i]))))
                    {
                        throw new ArgumentException(
                            $"The matrix is not positive definite (pivot {i} is {sum:G4}); a feature may be constant or a linear combination of others.",
                            parameter);
                    }

                    l[(i * n) + i] = Math.Sqrt(sum);
                }
                else
                {
                    l[(i * n) + j] = sum / l[(j * n) + j];
                }
            }
        }

        // Invert L in place into m (lower triangular).
        var m = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            m[(i * n) + i] = 1 / l[(i * n) + i];
            for (int j = 0; j < i; j++)
            {
                double sum = 0;
                for (int k = j; k < i; k++)
                {
                    sum -= l[(i * n) + k] * m[(k * n) + j];
                }

                m[(i * n) + j] = sum / l[(i * n) + i];
            }
        }

        var inv = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double sum = 0;
                for (int k = i; k < n; k++)
                {
                    sum += m[(k * n) + i] * m[(k * n) + j];
                }

                inv[(i * n) + j] = sum;
                inv[(j * n) + i] = sum;
            }
        }

        return inv;
    }
}
