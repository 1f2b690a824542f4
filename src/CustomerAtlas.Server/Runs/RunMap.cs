using CustomerAtlas.Core.Reduction.Pca;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Server.Runs;

/// <summary>
/// The dashboard's 2-D map of a run: every fitted customer's model-space row (recomputed from the
/// fit's input with the saved feature plan and preprocessing) projected on its first two
/// principal components. A run directory does not keep model-space rows, so this needs the input
/// file; without it the run is served without a map.
/// </summary>
public static class RunMap
{
    /// <summary>Map coordinates by customer id, or null when the fit's input file is gone.</summary>
    public static async Task<IReadOnlyDictionary<string, (double X, double Y)>?> ComputeAsync(SegmentModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        // The input must be the very file the model was fitted on, or ids would land on stale points.
        if (!File.Exists(model.Reader.Path) || !await HasHashAsync(model.Reader.Path, model.Input.Sha256, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        await using var engine = new DuckDbEngine();
        var data = await CustomerDataLoader.ApplyAsync(engine, model.Reader, model.FeaturePlan, cancellationToken).ConfigureAwait(false);
        // The map shows the scaled features (not PCA scores or raw category codes the model may work on).
        var matrix = model.Preprocessing.Scale(data.Features.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal), data.CustomerIds.Length);
        var map = new Dictionary<string, (double X, double Y)>(data.CustomerIds.Length, StringComparer.Ordinal);
        if (matrix.Cols < 2)
        {
            for (int i = 0; i < matrix.Rows; i++)
            {
                map[data.CustomerIds[i]] = (matrix[i, 0], 0);
            }

            return map;
        }

        var projected = new Pca(new PcaOptions { Components = 2, Seed = model.Seed }).Fit(matrix).Transform(matrix);
        for (int i = 0; i < projected.Rows; i++)
        {
            map[data.CustomerIds[i]] = (projected[i, 0], projected[i, 1]);
        }

        return map;
    }

    private static async Task<bool> HasHashAsync(string path, string sha256, CancellationToken cancellationToken) =>
        string.Equals(await InputInfo.Sha256Async(path, cancellationToken).ConfigureAwait(false), sha256, StringComparison.OrdinalIgnoreCase);
}
