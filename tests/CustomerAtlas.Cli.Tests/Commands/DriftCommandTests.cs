using System.Globalization;
using System.Text.Json.Nodes;

namespace CustomerAtlas.Cli.Tests.Commands;

/// <summary><c>atlas drift</c> after <c>atlas segment</c>: the fitted customers are stable, pricier ones ask for a refresh.</summary>
public sealed class DriftCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task<string> SegmentAsync(string input)
    {
        var (code, _, error) = await _cli.RunAsync("segment", input, "--k", "3", "--out", _cli.OutDir, "--quiet");
        Assert.True(code == ExitCodes.Ok, error);
        return Path.Combine(_cli.OutDir, "model.json");
    }

    [Fact]
    public async Task The_fitted_customers_are_stable_and_the_comparison_is_written()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(90));
        string model = await SegmentAsync(input);
        string json = Path.Combine(_cli.Folder, "drift.json");
        var (code, output, error) = await _cli.RunAsync("drift", model, input, "--out", json, "--fail-on-refresh");
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("Verdict: Stable", output, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(json))!;
        Assert.Equal("stable", (string?)report["verdict"]);
        Assert.Equal(90, (int?)report["customersNow"]);
        Assert.All(report["features"]!.AsArray(), f => Assert.Equal(0, (double)f!["psi"]!, 12));
    }

    [Fact]
    public async Task Prices_two_and_a_half_times_higher_fail_the_check_when_asked()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(90));
        string model = await SegmentAsync(input);
        var lines = File.ReadAllLines(input);
        var pricier = lines.Take(1).Concat(lines.Skip(1).Select(line =>
        {
            int comma = line.LastIndexOf(',');
            double price = double.Parse(line[(comma + 1)..], CultureInfo.InvariantCulture);
            return line[..(comma + 1)] + (price * 2.5).ToString(CultureInfo.InvariantCulture);
        }));
        string moved = _cli.File("pricier.csv", string.Join('\n', pricier) + "\n");
        string json = Path.Combine(_cli.Folder, "drift.json");
        string page = Path.Combine(_cli.Folder, "drift.html");
        var (code, output, error) = await _cli.RunAsync("drift", model, moved, "--out", json, "--html", page, "--fail-on-refresh");
        Assert.True(code == ExitCodes.RefreshNeeded, $"exit {code}: {error}{output}");
        string html = File.ReadAllText(page);
        Assert.Contains("<h1>Drift check: Refresh</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Verdict: Refresh", output, StringComparison.Ordinal);
        Assert.Contains("moved (PSI", output, StringComparison.Ordinal);
        Assert.True(File.Exists(json));

        // Without --fail-on-refresh the verdict is reported and the exit code stays 0.
        (code, _, _) = await _cli.RunAsync("drift", model, moved, "--out", json, "--quiet");
        Assert.Equal(ExitCodes.Ok, code);
    }

    [Fact]
    public async Task A_model_without_a_reference_is_refused_and_nothing_is_written()
    {
        string input = _cli.File("t.csv", CliRunner.Transactions(60));
        string model = await SegmentAsync(input);
        var node = JsonNode.Parse(File.ReadAllText(model))!.AsObject();
        Assert.True(node.Remove("drift"));
        string old = _cli.File("old-model.json", node.ToJsonString());
        string json = Path.Combine(_cli.Folder, "drift.json");
        var (code, _, error) = await _cli.RunAsync("drift", old, input, "--out", json);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("no drift reference", error, StringComparison.Ordinal);
        Assert.False(File.Exists(json));
    }
}
