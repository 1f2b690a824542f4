using CustomerAtlas.Core.Data;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Preprocessing;

namespace CustomerAtlas.Bench.Deep;

/// <summary>The preprocessed customer feature matrix the segment pipeline would cluster.</summary>
internal static class CustomerMatrix
{
    public static async Task<Matrix<double>> LoadAsync(string path)
    {
        CustomerData data;
        await using (var engine = new DuckDbEngine())
        {
            data = await CustomerDataLoader.FitAsync(engine, new DataSource { Path = path }, new SchemaOverrides());
        }

        var raw = data.Features.Select(f => new RawFeature(
            f.Name, f.Values, data.Plan.Features.First(d => d.Name == f.Name).IsAmountOrCount)).ToList();
        var preprocessor = PreprocessorFitter.Fit(raw, new PreprocessingOptions());
        return preprocessor.Apply(raw.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal), data.CustomerIds.Length);
    }
}
