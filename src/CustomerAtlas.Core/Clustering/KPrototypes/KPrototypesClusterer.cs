using CustomerAtlas.Core.Data;
using CustomerAtlas.Core.Internal;
using CustomerAtlas.Core.Validation;

namespace CustomerAtlas.Core.Clustering.KPrototypes;

/// <summary>
/// Huang's k-prototypes for mixed numeric and categorical data: Lloyd-style rounds that assign
/// each row to the prototype of least ‖x − μ‖² + γ·mismatches, then move each prototype to
/// the mean of its numeric features and the mode of its categorical ones. Seeded k-means++-style
/// initialisation under the same cost; the best of several initialisations is kept.
/// </summary>
public sealed class KPrototypesClusterer : IClusterer
{
    /// <summary>Creates the clusterer; options are validated when fitting.</summary>
    public KPrototypesClusterer(KPrototypesOptions? options = null) => Options = options ?? new KPrototypesOptions();

    /// <summary>The options.</summary>
    public KPrototypesOptions Options { get; }

    /// <inheritdoc/>
    IClusterModel IClusterer.Fit(Matrix<double> data, CancellationToken cancellationToken) => Fit(data, cancellationToken);

    /// <summary>Fits a combined matrix whose <see cref="KPrototypesOptions.CategoricalColumns"/> hold codes.</summary>
    public KPrototypesModel Fit(Matrix<double> data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        ArgumentNullException.ThrowIfNull(data);
        return Fit(MixedData.FromColumns(data, Options.CategoricalColumns), Options.CategoricalColumns, cancellationToken);
    }

    /// <summary>Fits mixed data (predict later with <see cref="KPrototypesModel.Predict(MixedData)"/>).</summary>
    public KPrototypesModel Fit(MixedData data, CancellationToken cancellationToken = default)
    {
        Options.Validate();
        ArgumentNullException.ThrowIfNull(data);
        // As a combined matrix, the categorical columns follow the numeric ones (MixedData.ToCombined).
        return Fit(data, Enumerable.Range(data.NumericCount, data.CategoricalCount).ToArray(), cancellationToken);
    }

    private KPrototypesModel Fit(MixedData data, IReadOnlyList<int> categoricalColumns, CancellationToken cancellationToken)
    {
        KPrototypesModel.EnsureComplete(data, "data");
        if (data.NumericCount + data.CategoricalCount == 0)
        {
            throw new ArgumentException("The data has zero columns.", nameof(data));
        }

        DataChecks.EnsureClusterCount(data.Rows, Options.ClusterCount, nameof(KPrototypesOptions.ClusterCount));

        double gamma = Options.Gamma ?? DefaultGamma(data);
        var codebook = new CategoryCodebook(data);
        PrototypeSearch? best = null;
        for (int init = 0; init < Options.Initializations; init++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var search = new PrototypeSearch(data, codebook, Options.ClusterCount, gamma, Options.MaxDegreeOfParallelism);
            search.Seed(Seeds.Derive(Options.Seed, init));
            search.Iterate(Options.MaxIterations, cancellationToken);
            if (best is null || search.Cost < best.Cost)
            {
                best = search;
            }
        }

        return new KPrototypesModel(
            data.NumericCount, data.CategoricalCount, categoricalColumns.ToArray(), gamma, Options.ClusterCount,
            best!.NumericPrototypes, best.CategoricalPrototypes, best.Labels, best.Cost, best.Iterations);
    }

    /// <summary>0.5 × mean standard deviation of the numeric features; 1 when that is zero or undefined.</summary>
    internal static double DefaultGamma(MixedData data)
    {
        int p = data.NumericCount;
        if (p == 0 || data.Rows < 2)
        {
            return 1;
        }

        double meanStd = 0;
        for (int j = 0; j < p; j++)
        {
            double mean = 0;
            for (int i = 0; i < data.Rows; i++)
            {
                mean += data.Numeric[i, j];
            }

            mean /= data.Rows;
            double ss = 0;
            for (int i = 0; i < data.Rows; i++)
            {
                double d = data.Numeric[i, j] - mean;
                ss += d * d;
            }

            meanStd += Math.Sqrt(ss / data.Rows);
        }

        meanStd /= p;
        return meanStd > 0 ? 0.5 * meanStd : 1;
    }
}
