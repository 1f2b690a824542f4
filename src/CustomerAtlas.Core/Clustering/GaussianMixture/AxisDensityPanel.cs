using System.Numerics.Tensors;
using CustomerAtlas.Core.Kernels;

namespace CustomerAtlas.Core.Clustering.GaussianMixture;

/// <summary>
/// Log densities of diagonal and spherical components for a whole tile of rows as one small matrix
/// product. With precisions p_cj = 1/σ²_cj and every row shifted by a common point s (z = x − s):
/// log N(x | μ_c, Σ_c) = −½ Σ_j p_cj z_j² + Σ_j p_cj (μ_cj − s_j) z_j + const_c, so the tile [z², z]
/// (T × 2d) times the panel [−½p ; p(μ − s)] (2d × k) gives every row's densities at once. The shift
/// (the mean of the component means) keeps the expanded terms close to the data's own scale.
/// </summary>
internal sealed class AxisDensityPanel
{
    private static readonly double LogTwoPi = Math.Log(2 * Math.PI);

    private readonly double[] _panel;
    private readonly double[] _constants;
    private readonly double[] _shift;

    private AxisDensityPanel(int k, int d, double[] panel, double[] constants, double[] shift)
    {
        ComponentCount = k;
        Dimension = d;
        _panel = panel;
        _constants = constants;
        _shift = shift;
    }

    /// <summary>Rows evaluated at a time (the tile and its densities stay in L1/L2).</summary>
    public const int TileRows = DistanceTile.TileRows;

    public int ComponentCount { get; }

    public int Dimension { get; }

    /// <summary>
    /// The panel of <paramref name="components"/> (diagonal or spherical), with <paramref name="offsets"/>
    /// (such as log π_c) folded into the per-component constants.
    /// </summary>
    public static AxisDensityPanel Create(GaussianComponents components, ReadOnlySpan<double> offsets)
    {
        if (components.Type == CovarianceType.Full)
        {
            throw new ArgumentException("Full covariances have no axis-aligned panel.", nameof(components));
        }

        int k = components.ComponentCount;
        int d = components.Dimension;
        var means = components.Means;
        var shift = new double[d];
        for (int c = 0; c < k; c++)
        {
            for (int j = 0; j < d; j++)
            {
                shift[j] += means[(c * d) + j];
            }
        }

        for (int j = 0; j < d; j++)
        {
            shift[j] /= k;
        }

        var panel = new double[2 * d * k];
        var constants = new double[k];
        for (int c = 0; c < k; c++)
        {
            double quadratic = 0;
            for (int j = 0; j < d; j++)
            {
                double precision = 1.0 / components.Variance(c, j);
                double centered = means[(c * d) + j] - shift[j];
                panel[(j * k) + c] = -0.5 * precision;
                panel[((d + j) * k) + c] = precision * centered;
                quadratic += precision * centered * centered;
            }

            constants[c] = offsets[c] - (0.5 * ((d * LogTwoPi) + components.LogDeterminants[c] + quadratic));
        }

        return new AxisDensityPanel(k, d, panel, constants, shift);
    }

    /// <summary>
    /// Writes the offset log densities of the <paramref name="count"/> rows in <paramref name="rows"/>
    /// (row-major, count × d) into <paramref name="output"/> (count × k). <paramref name="features"/> is
    /// caller-owned work space of <see cref="TileRows"/> × 2d values.
    /// </summary>
    public void Evaluate(ReadOnlySpan<double> rows, int count, Span<double> features, Span<double> output)
    {
        int d = Dimension;
        int k = ComponentCount;
        for (int r = 0; r < count; r++)
        {
            SimdMath.ShiftAndSquare(rows.Slice(r * d, d), _shift, features.Slice((r * 2 * d) + d, d), features.Slice(r * 2 * d, d));
        }

        TileProduct.Multiply<double>(features, count, 2 * d, _panel, k, output);
        for (int r = 0; r < count; r++)
        {
            TensorPrimitives.Add(output.Slice(r * k, k), _constants, output.Slice(r * k, k));
        }
    }
}
