namespace CustomerAtlas.Cli.Tests.Commands;

public sealed class SegmentAndScoreTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Segment_then_score_reproduces_the_labels()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(60));
        var (code, output, error) = await _cli.RunAsync("segment", input, "--out", _cli.OutDir);
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("customer_id", output, StringComparison.Ordinal);
        string scored = Path.Combine(_cli.Folder, "scored.csv");
        (code, _, error) = await _cli.RunAsync("score", Path.Combine(_cli.OutDir, "model.json"), input, "--out", scored, "--quiet");
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Equal(File.ReadAllLines(Path.Combine(_cli.OutDir, "segments.csv")), File.ReadAllLines(scored));
    }

    [Fact]
    public async Task Help_lists_examples()
    {
        var (code, output, _) = await _cli.RunAsync("segment", "--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Examples:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_data_is_reproducible()
    {
        string a = Path.Combine(_cli.Folder, "a.csv");
        string b = Path.Combine(_cli.Folder, "b.csv");
        Assert.Equal(ExitCodes.Ok, (await _cli.RunAsync("demo-data", "--out", a, "--customers", "50", "--seed", "3")).Code);
        Assert.Equal(ExitCodes.Ok, (await _cli.RunAsync("demo-data", "--out", b, "--customers", "50", "--seed", "3")).Code);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
