namespace CustomerAtlas.Cli.Tests.Commands;

/// <summary><c>atlas compare</c>: two runs on the same customers, matched segment by segment.</summary>
public sealed class CompareCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task The_same_fit_twice_keeps_everyone_and_a_finer_fit_is_matched()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(90));
        string first = Path.Combine(_cli.Folder, "first");
        string again = Path.Combine(_cli.Folder, "again");
        string finer = Path.Combine(_cli.Folder, "finer");
        foreach (var (dir, k) in new[] { (first, "3"), (again, "3"), (finer, "4") })
        {
            var (code, _, error) = await _cli.RunAsync("segment", input, "--k", k, "--out", dir, "--quiet");
            Assert.True(code == ExitCodes.Ok, error);
        }

        string csv = Path.Combine(_cli.Folder, "migration.csv");
        var (same, output, err) = await _cli.RunAsync("compare", first, again, "--out", csv);
        Assert.True(same == ExitCodes.Ok, err);
        Assert.Contains("100.0 % stayed in the matching segment, ARI 1.000", OneLine(output), StringComparison.Ordinal);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("before_id,before_name,after_id,after_name,customers", lines[0]);
        Assert.Equal(90, lines.Skip(1).Sum(l => int.Parse(l[(l.LastIndexOf(',') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        // The same fit again: each segment's customers all went to one segment.
        Assert.All(lines.Skip(1).GroupBy(l => l[..l.IndexOf(',')]), g => Assert.Single(g));

        var (code4, output4, err4) = await _cli.RunAsync("compare", first, finer, "--out", csv, "--quiet");
        Assert.True(code4 == ExitCodes.Ok, err4);
        Assert.Contains("90 customers in both runs (0 only before, 0 only after)", OneLine(output4), StringComparison.Ordinal);
    }

    // The console wraps long lines: compare the text with every run of whitespace as one space.
    private static string OneLine(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task A_folder_that_is_not_a_run_is_bad_input()
    {
        var (code, _, error) = await _cli.RunAsync("compare", Path.Combine(_cli.Folder, "nope"), _cli.Folder);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("not a run directory", error, StringComparison.Ordinal);
    }
}
