using CustomerAtlas.Core.Data;

namespace CustomerAtlas.Bench.Quality;

/// <summary>
/// Column standardization as the peers' "_std" runs did (scikit-learn's StandardScaler):
/// (x − mean) / population standard deviation; constant columns become 0.
/// </summary>
internal static class ZScore
{
    public static Matrix<double> Standardize(Matrix<double> data)
    {
        int n = data.Rows, d = data.Cols;
        var result = data.Clone();
        for (int f = 0; f < d; f++)
        {
            double mean = 0;
            for (int i = 0; i < n; i++)
            {
                mean += data[i, f];
            }

            mean /= n;
            double variance = 0;
            for (int i = 0; i < n; i++)
            {
                double z = data[i, f] - mean;
                variance += z * z;
            }

            double std = Math.Sqrt(variance / n);
            for (int i = 0; i < n; i++)
            {
                result[i, f] = std > 0 ? (data[i, f] - mean) / std : 0;
            }
        }

        return result;
    }
}
