using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Cli.Tests.Commands;

/// <summary><c>atlas segment --refresh-of</c>: model.json records the parent's version and which parent segment each segment continues.</summary>
public sealed class RefreshLineageTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task A_refit_on_the_same_customers_continues_every_parent_segment()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(90));
        string parentDir = Path.Combine(_cli.Folder, "parent");
        var (code, _, error) = await _cli.RunAsync("segment", input, "--k", "3", "--out", parentDir, "--quiet");
        Assert.True(code == ExitCodes.Ok, error);
        string parentModel = Path.Combine(parentDir, "model.json");

        (code, var output, error) = await _cli.RunAsync("segment", input, "--k", "3", "--out", _cli.OutDir, "--refresh-of", parentModel);
        Assert.True(code == ExitCodes.Ok, error);
        var parent = SegmentModel.Load(parentModel);
        var child = SegmentModel.Load(Path.Combine(_cli.OutDir, "model.json"));
        var lineage = Assert.IsType<Pipeline.Monitoring.RefreshLineage>(child.Refresh);
        Assert.Equal(parent.Version, lineage.ParentVersion);
        Assert.Equal(90, lineage.Customers);
        Assert.Equal(1, lineage.StayedShare, 12);
        Assert.Equal(1, lineage.Ari, 12);
        Assert.Equal(child.Segments.Count, lineage.Matches.Count);
        Assert.All(lineage.Matches, m => Assert.Equal(parent.Segments.Single(s => s.Id == m.ParentId).Name, m.ParentName));
        Assert.Contains($"Refresh of {parent.Version}", output, StringComparison.Ordinal);
        Assert.Null(parent.Refresh);
        Assert.Contains($"This model refreshes version {parent.Version}", File.ReadAllText(Path.Combine(_cli.OutDir, "report.html")), StringComparison.Ordinal);

        // The server's model registry shows the lineage.
        var record = Server.Runs.RunRecords.FromRun(SegmentRun.Load(_cli.OutDir), null);
        Assert.Equal(parent.Version, record.Model.ParentVersion);
        Assert.Equal(child.Version, record.Model.Version);
    }

    [Fact]
    public async Task A_missing_parent_is_bad_input_and_writes_nothing()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(30));
        var (code, _, error) = await _cli.RunAsync("segment", input, "--out", _cli.OutDir, "--refresh-of", Path.Combine(_cli.Folder, "none.json"));
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--refresh-of", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cli.OutDir));
    }
}
