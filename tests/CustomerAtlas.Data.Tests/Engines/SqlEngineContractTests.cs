using System.Globalization;
using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Tests.Engines;

/// <summary>
/// One suite every <see cref="ISqlEngine"/> must pass: same answers from the same dialect-built SQL.
/// Tables are created only through <see cref="ISqlEngine.RegisterSourceAsync"/>, the portable way.
/// </summary>
public abstract class SqlEngineContractTests
{
    protected abstract ISqlEngine CreateEngine();

    private async Task<(ISqlEngine Engine, string Table)> EngineWithAsync(string csv)
    {
        var engine = CreateEngine();
        var table = "contract_" + Guid.NewGuid().ToString("N")[..10];
        using (var temp = new TempDirectory("atlas-contract-"))
        {
            await engine.RegisterSourceAsync(table, new DataSource { Path = temp.WriteText("source.csv", csv) });
        }

        return (engine, engine.Dialect.QuoteIdentifier(table));
    }

    private static double AsDouble(object? v) => Convert.ToDouble(v, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Quoted_identifier_and_string_with_quotes_do_not_inject()
    {
        const string evil = "a\"`'; DROP TABLE t; --";
        var (engine, t) = await EngineWithAsync($"id,\"{evil.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n1,7\n");
        await using var _ = engine;
        var d = engine.Dialect;
        Assert.Equal(7.0, AsDouble(await engine.ScalarAsync($"SELECT {d.QuoteIdentifier(evil)} FROM {t}")));
        const string text = "O'Brien\\'); DROP TABLE x; --`\"\t\n";
        Assert.Equal(text, await engine.ScalarAsync($"SELECT {d.QuoteString(text)}"));
        Assert.Contains((await engine.DescribeAsync($"SELECT * FROM {t}")).Select(c => c.Name), n => n == evil);
    }

    [Fact]
    public void Nul_characters_are_rejected()
    {
        using var engineScope = new EngineScope(CreateEngine());
        Assert.Throws<ArgumentException>(() => engineScope.Engine.Dialect.QuoteIdentifier("a\0b"));
        Assert.Throws<ArgumentException>(() => engineScope.Engine.Dialect.QuoteString("a\0b"));
    }

    [Fact]
    public async Task Read_table_gives_typed_columns_with_nulls()
    {
        var (engine, t) = await EngineWithAsync("i,d,s,ts\n1,2.5,x,2020-01-02 03:04:05\n,,,\n");
        await using var _ = engine;
        var table = await engine.ReadTableAsync($"SELECT i, d, s, ts FROM {t} ORDER BY i");
        Assert.Equal(2, table.RowCount);
        var i = Assert.IsType<NumberColumn>(table["i"]);
        Assert.Equal(1.0, i.Values[0]);
        Assert.True(i.Nulls[1]);
        Assert.Equal(2.5, Assert.IsType<NumberColumn>(table["d"]).Values[0]);
        Assert.Equal("x", Assert.IsType<TextColumn>(table["s"]).Values[0]);
        var ts = Assert.IsType<TimestampColumn>(table["ts"]);
        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5), ts.Values[0]);
        Assert.True(ts.IsNull(1));
    }

    [Fact]
    public async Task Aggregates_match_duckdb_semantics()
    {
        var (engine, t) = await EngineWithAsync("g,v\na,1\na,2\na,3\na,4\nb,5\n");
        await using var _ = engine;
        var d = engine.Dialect;
        var table = await engine.ReadTableAsync(
            $"SELECT g, {d.Median("v")} AS med, {d.StdDevSample("v")} AS sd, {d.CountDistinct("v")} AS nd FROM {t} GROUP BY g ORDER BY g");
        var med = (NumberColumn)table["med"];
        var sd = (NumberColumn)table["sd"];
        Assert.Equal([2.5, 5.0], med.Values);
        Assert.Equal(Math.Sqrt(5.0 / 3.0), sd.Values[0], 12);
        Assert.True(sd.Nulls[1]);
        Assert.Equal([4.0, 1.0], ((NumberColumn)table["nd"]).Values);
    }

    [Fact]
    public async Task Order_gaps_are_days_between_consecutive_orders()
    {
        var (engine, t) = await EngineWithAsync("id,e\na,0\na,86400\na,345600\nb,0\n");
        await using var _ = engine;
        var d = engine.Dialect;
        var gaps = await engine.ReadTableAsync(
            $"SELECT gap_days FROM ({d.OrderGapsQuery(t, d.QuoteIdentifier("id"), d.QuoteIdentifier("e"))}) AS g ORDER BY gap_days");
        Assert.Equal([1.0, 3.0], ((NumberColumn)gaps["gap_days"]).Values);
    }

    [Fact]
    public async Task Text_helpers_agree()
    {
        var (engine, t) = await EngineWithAsync("k,s\n1,\"  \"\n2,C123\n3,abc\n4,\" 05-03-2011 \"\n5,31-02-2011\n");
        await using var _ = engine;
        var d = engine.Dialect;
        var s = d.QuoteIdentifier("s");
        var table = await engine.ReadTableAsync(
            $"SELECT k, {d.BlankToNull(s)} AS b, {d.StartsWith(s, "C")} AS c, {d.ContainsDigit(s)} AS digit, " +
            $"{d.TryParseTimestamp(s, "%d-%m-%Y")} AS ts, {d.TryCastDouble(d.QuoteIdentifier("k"))} AS kd FROM {t} ORDER BY k");
        Assert.True(table["b"].IsNull(0));
        Assert.Equal("abc", table["b"].Format(2));
        Assert.Equal([0.0, 1.0, 0.0, 0.0, 0.0], ((NumberColumn)table["c"]).Values);
        Assert.Equal([0.0, 1.0, 0.0, 1.0, 1.0], ((NumberColumn)table["digit"]).Values);
        var ts = (TimestampColumn)table["ts"];
        Assert.Equal(new DateTime(2011, 3, 5), ts.Values[3]);
        Assert.True(ts.IsNull(4), "31 February is not a date");
        Assert.True(ts.IsNull(2));
        Assert.Equal([1.0, 2.0, 3.0, 4.0, 5.0], ((NumberColumn)table["kd"]).Values);
    }

    [Fact]
    public async Task Epoch_seconds_and_argmin()
    {
        var (engine, t) = await EngineWithAsync("ts,a,b,c\n2011-01-02 03:04:05,3,1,1\n");
        await using var _ = engine;
        var d = engine.Dialect;
        Assert.Equal(1293937445.0, AsDouble(await engine.ScalarAsync($"SELECT {d.EpochSeconds("ts")} FROM {t}")));
        Assert.Equal(2L, Convert.ToInt64(await engine.ScalarAsync($"SELECT {d.ArgMin(["a", "b", "c"])} FROM {t}"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Missing_file_names_the_file()
    {
        await using var engine = CreateEngine();
        var ex = await Assert.ThrowsAsync<DataSourceException>(() =>
            engine.RegisterSourceAsync("src_missing", new DataSource { Path = "/no/such/file.csv" }));
        Assert.Contains("/no/such/file.csv", ex.Message, StringComparison.Ordinal);
    }

    private sealed class EngineScope(ISqlEngine engine) : IDisposable
    {
        public ISqlEngine Engine { get; } = engine;

        public void Dispose() => Engine.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
