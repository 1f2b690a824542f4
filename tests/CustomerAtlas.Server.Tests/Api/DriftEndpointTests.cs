using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Runs;
using CustomerAtlas.Server.Scoring;
using CustomerAtlas.Server.Tests.Hosting;

namespace CustomerAtlas.Server.Tests.Api;

/// <summary><c>POST /drift</c>: the served model's own customers are stable; the same customers at 2.5× the prices are not.</summary>
[Collection(ServerCollection.Name)]
public sealed class DriftEndpointTests(ServerFixture fixture)
{
    [Fact]
    public async Task The_fit_input_is_stable()
    {
        using var client = fixture.Server.Client(fixture.Server.ScoreKey);
        var response = await client.PostAsJsonAsync("/drift", new { raw = ScoreParityTests.ReadRows(fixture.Run.InputPath) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var answer = (await response.Content.ReadFromJsonAsync<DriftResponse>())!;
        Assert.Equal("stable", answer.Verdict);
        Assert.Empty(answer.Reasons);
        Assert.Equal(fixture.Catalog.Run.Customers.Count, answer.CustomersNow);
        Assert.Equal(answer.CustomersBefore, answer.CustomersNow);
        Assert.All(answer.Features, f => Assert.True(f.Psi < 1e-9, $"{f.Name}: PSI {f.Psi}"));
        Assert.Equal(fixture.Catalog.Model.Version, answer.ModelVersion);
    }

    [Fact]
    public async Task Prices_two_and_a_half_times_higher_ask_for_a_refresh()
    {
        var rows = ScoreParityTests.ReadRows(fixture.Run.InputPath);
        foreach (var row in rows)
        {
            if (row["UnitPrice"] is { } price)
            {
                row["UnitPrice"] = (double.Parse(price, CultureInfo.InvariantCulture) * 2.5).ToString(CultureInfo.InvariantCulture);
            }
        }

        using var client = fixture.Server.Client(fixture.Server.ScoreKey);
        var response = await client.PostAsJsonAsync("/drift", new { raw = rows });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var answer = (await response.Content.ReadFromJsonAsync<DriftResponse>())!;
        Assert.Equal("refresh", answer.Verdict);
        Assert.Contains(answer.Reasons, r => r.Contains("moved (PSI", StringComparison.Ordinal));
        Assert.True(answer.Features[0].Psi >= 0.25, $"{answer.Features[0].Name}: PSI {answer.Features[0].Psi}");
    }

    [Fact]
    public async Task A_model_saved_before_drift_monitoring_cannot_be_compared()
    {
        // The API answers this with 409: the request is fine, the served model lacks the reference.
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(fixture.Run.RunDirectory, RunFiles.Model)))!.AsObject();
        Assert.True(json.Remove("drift"));
        var scorer = PipelineScorer.FromModelJson(json.ToJsonString());
        var batch = new ScoreBatch(ScoreInputKind.Features, [PipelineScorer.FeatureIdColumn], [["c1"]]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => scorer.CompareAsync(batch, CancellationToken.None));
        Assert.Contains("no drift reference", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_key_without_the_score_scope_cannot_compare()
    {
        using var client = fixture.Server.Client(fixture.Server.ReadKey);
        var response = await client.PostAsJsonAsync("/drift", new { features = new[] { new { x = 1 } } });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }
}
