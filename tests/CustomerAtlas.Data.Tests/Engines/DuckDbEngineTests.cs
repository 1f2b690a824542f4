using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;

namespace CustomerAtlas.Data.Tests.Engines;

public sealed class DuckDbEngineTests
{
    [Fact]
    public async Task Quoted_identifier_with_quotes_does_not_inject_sql()
    {
        await using var engine = new DuckDbEngine();
        var d = engine.Dialect;
        string evil = "a\"; DROP TABLE t; --";
        await engine.ExecuteAsync($"CREATE TABLE t ({d.QuoteIdentifier(evil)} INTEGER)");
        await engine.ExecuteAsync($"INSERT INTO t VALUES (7)");
        object? v = await engine.ScalarAsync($"SELECT {d.QuoteIdentifier(evil)} FROM t");
        Assert.Equal(7, Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture));
        var cols = await engine.DescribeAsync("SELECT * FROM t");
        Assert.Equal(evil, Assert.Single(cols).Name);
    }

    [Fact]
    public async Task Quoted_string_with_quotes_round_trips()
    {
        await using var engine = new DuckDbEngine();
        string text = "O'Brien'); DROP TABLE x; --";
        object? v = await engine.ScalarAsync($"SELECT {engine.Dialect.QuoteString(text)}");
        Assert.Equal(text, v);
    }

    [Fact]
    public void Nul_characters_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => DuckDbDialect.Instance.QuoteIdentifier("a\0b"));
    }

    [Fact]
    public async Task Order_gaps_are_days_between_consecutive_orders()
    {
        await using var engine = new DuckDbEngine();
        var d = engine.Dialect;
        await engine.ExecuteAsync("CREATE TABLE o AS SELECT * FROM (VALUES ('a', 0.0), ('a', 86400.0), ('a', 345600.0), ('b', 0.0)) AS v(id, e)");
        var gaps = await engine.ReadTableAsync(d.OrderGapsQuery("o", d.QuoteIdentifier("id"), d.QuoteIdentifier("e")) + " ORDER BY gap_days");
        Assert.Equal([1.0, 3.0], ((NumberColumn)gaps["gap_days"]).Values);
    }

    [Fact]
    public async Task Missing_file_names_the_file()
    {
        await using var engine = new DuckDbEngine();
        var ex = await Assert.ThrowsAsync<DataSourceException>(() =>
            engine.RegisterSourceAsync("src", new DataSource { Path = "/no/such/file.csv" }));
        Assert.Contains("/no/such/file.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registers_a_tab_separated_file()
    {
        await using var engine = new DuckDbEngine();
        using var temp = new TempDirectory();
        string path = temp.WriteText("data.tsv", "id\tamount\n1\t2.5\n2\t3.5\n");
        await engine.RegisterSourceAsync("src", new DataSource { Path = path });
        Assert.Equal(6.0, Convert.ToDouble(await engine.ScalarAsync("SELECT sum(amount) FROM src"), System.Globalization.CultureInfo.InvariantCulture));
    }
}
