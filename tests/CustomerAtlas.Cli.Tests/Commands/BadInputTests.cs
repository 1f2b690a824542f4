using System.Text;

namespace CustomerAtlas.Cli.Tests.Commands;

/// <summary>Every bad input of issue 3: exit code 2, a message naming the file/row/column/option, nothing written to --out.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> FailsAsync(string input, params string[] extra)
    {
        var (code, _, error) = await _cli.RunAsync(["segment", input, "--out", _cli.OutDir, "--quiet", .. extra]);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.False(Directory.Exists(_cli.OutDir), "--out must not be created");
        Assert.Empty(Directory.GetDirectories(_cli.Folder));
        return error;
    }

    [Fact]
    public async Task Missing_file()
    {
        string path = Path.Combine(_cli.Folder, "nope.csv");
        Assert.Contains("nope.csv: file not found", await FailsAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_file() =>
        Assert.Contains("empty.csv: the file is empty", await FailsAsync(_cli.File("empty.csv", string.Empty)), StringComparison.Ordinal);

    [Fact]
    public async Task Header_only() =>
        Assert.Contains("header.csv: has a header but no data rows", await FailsAsync(_cli.File("header.csv", "customer_id,amount\n")), StringComparison.Ordinal);

    [Fact]
    public async Task Binary_garbage()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        bytes[10] = 0;
        Assert.Contains("garbage.csv: looks binary", await FailsAsync(_cli.Bytes("garbage.csv", bytes)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_delimiter()
    {
        string error = await FailsAsync(_cli.File("comma.csv", CliRunner.Transactions(20)), "--delimiter", ";");
        Assert.Contains("comma.csv", error, StringComparison.Ordinal);
        Assert.Contains("delimiter", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Option_naming_a_missing_column()
    {
        string error = await FailsAsync(_cli.File("t.csv", CliRunner.Transactions(20)), "--amount", "revenue");
        Assert.Contains("--amount names column 'revenue', which does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_detectable_id_column()
    {
        string error = await FailsAsync(_cli.File("noid.csv", "alpha,beta\n1,2\n3,4\n5,6\n"));
        Assert.Contains("no customer id column", error, StringComparison.Ordinal);
        Assert.Contains("--id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_row_invalid()
    {
        string text = "customer_id,order_date,amount\n,2024-01-01 10:00:00,5\n,2024-01-02 10:00:00,6\n,2024-01-03 10:00:00,7\n";
        string error = await FailsAsync(_cli.File("invalid.csv", text), "--shape", "TransactionLog");
        Assert.Contains("invalid.csv", error, StringComparison.Ordinal);
        Assert.Contains("without a customer id", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Single_customer()
    {
        string error = await FailsAsync(_cli.File("one.csv", "customer_id,order_date,amount\nA,2024-01-01 10:00:00,5\nA,2024-02-01 10:00:00,6\n"));
        Assert.Contains("at least 2 customers", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task K_larger_than_the_number_of_customers()
    {
        string error = await FailsAsync(_cli.File("t.csv", CliRunner.Transactions(5)), "--k", "8");
        Assert.Contains("--k", error, StringComparison.Ordinal);
        Assert.Contains("only 5 customers", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("inf")]
    [InlineData("1e308")]
    public async Task Non_finite_or_huge_values(string value)
    {
        string text = "customer_id,age,income\n1,30,100\n2,40,200\n3,50," + value + "\n4,60,300\n";
        string error = await FailsAsync(_cli.File("nan.csv", text));
        Assert.Contains("column 'income', data row 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mixed_date_formats()
    {
        string text = "customer_id,order_date,amount\nA,2024-01-31,5\nB,31/01/2024,6\nA,2024-02-01,7\nB,2024-02-03,8\n";
        string error = await FailsAsync(_cli.File("dates.csv", text));
        Assert.Contains("column 'order_date'", error, StringComparison.Ordinal);
        Assert.Contains("31/01/2024", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Non_utf8_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("customer_id,city,amount\n1,Paris,5\n2,").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes(",6\n3,Rome,7\n")).ToArray();
        string error = await FailsAsync(_cli.Bytes("latin.csv", bytes));
        Assert.Contains("latin.csv", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_that_is_a_file()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(20));
        string outFile = _cli.File("taken.txt", "keep me");
        var (code, _, error) = await _cli.RunAsync("segment", input, "--out", outFile, "--quiet");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--out", error, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(outFile));
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var (code, _, error) = await _cli.RunAsync("segment", "x.csv", "--bogus");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--bogus", error, StringComparison.Ordinal);
    }
}
