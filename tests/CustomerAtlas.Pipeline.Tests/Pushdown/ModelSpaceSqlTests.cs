using System.Globalization;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Pipeline.Preprocessing;
using CustomerAtlas.Pipeline.Pushdown;

namespace CustomerAtlas.Pipeline.Tests.Pushdown;

/// <summary>The preprocessing spelled in SQL gives the values <see cref="FeatureTransform.Apply"/> gives.</summary>
public sealed class ModelSpaceSqlTests
{
    private static readonly double?[] Raw = [null, -2.5, 0, 0.25, 3, 17.1234567, 1e6];

    [Theory]
    [InlineData(false, 3.0)]
    [InlineData(true, 3.0)]
    [InlineData(true, double.PositiveInfinity)]
    public async Task Sql_model_space_equals_the_in_process_transform(bool log1p, double clip)
    {
        var transform = new FeatureTransform("spend", Impute: 2.0, log1p, ScalingMethod.Robust, Center: 1.25, Scale: 0.75, clip, "test");
        var preprocessor = new Preprocessor([transform], []);
        await using var engine = new DuckDbEngine(threads: 1);
        var values = string.Join(", ", Raw.Select((v, i) => string.Create(CultureInfo.InvariantCulture, $"({i}, {(v is null ? "NULL" : v.Value.ToString("R", CultureInfo.InvariantCulture) + "::DOUBLE")})")));
        await engine.ExecuteAsync($"CREATE TABLE feats AS SELECT * FROM (VALUES {values}) AS t(id, spend)");
        var table = await engine.ReadTableAsync($"SELECT * FROM ({ModelSpaceSql.Query(engine.Dialect, preprocessor, "feats")}) ORDER BY id");

        var sql = ((NumberColumn)table[ModelSpaceSql.Column(0)]).Values;
        for (var i = 0; i < Raw.Length; i++)
        {
            // In process the loader hands over features rounded to 6 decimals, missing as NaN.
            var expected = transform.Apply(Raw[i] is { } v ? Math.Round(v, 6) : double.NaN);
            Assert.True(Math.Abs(expected - sql[i]) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"row {i}: {expected:R} in process vs {sql[i]:R} in SQL");
        }

        Assert.Equal(transform.Apply(2.0), sql[0]);
    }
}
