using System.Globalization;
using System.IO.Compression;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;

namespace CustomerAtlas.Data.Tests.Engines.DuckDb;

public sealed class WhitespaceSourceSqlTests : IDisposable
{
    private readonly TempDirectory _dir = new("atlas-ws-");

    public void Dispose() => _dir.Dispose();

    private static async Task<List<object?[]>> ReadAll(DataSource source)
    {
        await using var engine = new DuckDbEngine();
        await engine.RegisterSourceAsync("src", source);
        var rows = new List<object?[]>();
        await foreach (var row in engine.QueryAsync("SELECT * FROM src"))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Aligned_fields_with_a_header_tabs_crlf_and_blank_lines_are_split_on_runs_of_whitespace()
    {
        string path = _dir.WriteText("log.txt", "\r\n  id    day   amount\r\n 00001 19970101  11.77\r\n\r\n00002\t19970112 \t 0.00\r\n");
        await using var engine = new DuckDbEngine();
        await engine.RegisterSourceAsync("src", new DataSource { Path = path, Delimiter = " " });
        var columns = await engine.DescribeAsync("SELECT * FROM src");
        Assert.Equal(["id", "day", "amount"], columns.Select(c => c.Name));
        var rows = new List<object?[]>();
        await foreach (var row in engine.QueryAsync("SELECT * FROM src"))
        {
            rows.Add(row);
        }

        Assert.Equal(2, rows.Count);
        Assert.Equal(["00001", "19970101", "11.77"], rows[0]);
        Assert.Equal(["00002", "19970112", "0.00"], rows[1]);
    }

    [Fact]
    public async Task Without_a_header_the_columns_are_numbered_or_named_by_the_caller()
    {
        string path = _dir.WriteText("plain.txt", "1 2\n3 4\n");
        Assert.Equal(2, (await ReadAll(new DataSource { Path = path, Delimiter = "whitespace" })).Count);

        await using var engine = new DuckDbEngine();
        await engine.RegisterSourceAsync("a", new DataSource { Path = path, Format = SourceFormat.Whitespace });
        Assert.Equal(["column0", "column1"], (await engine.DescribeAsync("SELECT * FROM a")).Select(c => c.Name));
        await engine.RegisterSourceAsync("b", new DataSource { Path = path, Delimiter = " ", ColumnNames = ["x", "y"] });
        Assert.Equal(["x", "y"], (await engine.DescribeAsync("SELECT * FROM b")).Select(c => c.Name));
    }

    [Fact]
    public async Task A_line_with_another_number_of_fields_is_named_by_its_line_number()
    {
        string path = _dir.WriteText("ragged.txt", "1 2 3\n4 5 6\n7 8\n");
        var ex = await Assert.ThrowsAsync<DataSourceException>(() => ReadAll(new DataSource { Path = path, Delimiter = " " }));
        Assert.Contains("line 3 has 2 fields, expected 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_names_must_match_the_fields()
    {
        string path = _dir.WriteText("two.txt", "1 2\n");
        var ex = await Assert.ThrowsAsync<DataSourceException>(() => ReadAll(new DataSource { Path = path, Delimiter = " ", ColumnNames = ["a", "b", "c"] }));
        Assert.Contains("3 column names were given but the first line has 2 fields", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzipped_files_are_read()
    {
        string path = _dir.PathOf("log.txt.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        using (var w = new StreamWriter(gz))
        {
            w.Write("a b\n1 2\n3 4\n");
        }

        Assert.Equal(2, (await ReadAll(new DataSource { Path = path, Delimiter = " " })).Count);
    }

    [Fact]
    public async Task The_cdnow_sample_reads_every_row()
    {
        string path = SharedData.File("cdnow", "CDNOW_sample.txt");
        var rows = await ReadAll(new DataSource { Path = path, Delimiter = " ", ColumnNames = ["master", "id", "date", "cds", "amount"] });
        Assert.Equal(6919, rows.Count);
        Assert.All(rows, r => Assert.True(double.TryParse((string)r[4]!, NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
    }
}
