using System.Net;
using System.Net.Http.Json;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Pipeline.Scoring;
using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Runs;
using CustomerAtlas.Server.Tests.Hosting;
using Microsoft.VisualBasic.FileIO;

namespace CustomerAtlas.Server.Tests.Api;

/// <summary><c>POST /score</c> must answer exactly what the CLI's scorer answers for the same rows.</summary>
[Collection(ServerCollection.Name)]
public sealed class ScoreParityTests(ServerFixture fixture)
{
    private Scorer CliScorer() => new(SegmentModel.Load(Path.Combine(fixture.Run.RunDirectory, RunFiles.Model)));

    [Fact]
    public async Task Raw_rows_score_as_atlas_score_scores_the_same_file()
    {
        string subset = Path.Combine(fixture.Run.Root, "new-customers.csv");
        await File.WriteAllLinesAsync(subset, File.ReadLines(fixture.Run.InputPath).Take(801));
        var expected = await CliScorer().ScoreFileAsync(subset);

        using var client = fixture.Server.Client(fixture.Server.ScoreKey);
        var response = await client.PostAsJsonAsync("/score", new { raw = ReadRows(subset) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<ScoreResponse>();

        AssertSame(expected, answer!.Results);
        Assert.Equal(fixture.Catalog.Model.Version, answer.ModelVersion);
    }

    [Fact]
    public async Task Scoring_the_fit_input_reproduces_the_fit()
    {
        using var client = fixture.Server.Client(fixture.Server.ScoreKey);
        var response = await client.PostAsJsonAsync("/score", new { raw = ReadRows(fixture.Run.InputPath) });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<ScoreResponse>();

        var fit = fixture.Catalog.Run.Customers.ToDictionary(c => c.CustomerId);
        Assert.Equal(fit.Count, answer!.Results.Count);
        Assert.All(answer.Results, r =>
        {
            Assert.Equal(fit[r.CustomerId].SegmentId, r.SegmentId);
            Assert.Equal(fit[r.CustomerId].Distance, r.Distance, 9);
        });
    }

    [Fact]
    public async Task Feature_rows_score_as_the_scorer_scores_them()
    {
        var scorer = CliScorer();
        CustomerData data;
        await using (var engine = new DuckDbEngine())
        {
            data = await CustomerDataLoader.ApplyAsync(engine, scorer.Model.Reader with { Path = fixture.Run.InputPath }, scorer.Model.FeaturePlan);
        }

        var columns = data.Features.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal);
        var expected = scorer.ScoreFeatures(data.CustomerIds, columns);
        var rows = data.CustomerIds.Select((id, i) =>
        {
            var row = new Dictionary<string, object?> { [PipelineScorer.FeatureIdColumn] = id };
            foreach (string name in scorer.FeatureNames)
            {
                double v = columns[name][i];
                row[name] = double.IsNaN(v) ? null : v;
            }

            return row;
        }).ToArray();

        using var client = fixture.Server.Client(fixture.Server.ScoreKey);
        var response = await client.PostAsJsonAsync("/score", new { features = rows });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var answer = await response.Content.ReadFromJsonAsync<ScoreResponse>();

        AssertSame(expected, answer!.Results);
    }

    [Fact]
    public async Task A_feature_value_that_is_not_a_number_is_400_naming_it()
    {
        var columns = fixture.Catalog.Scorer.ColumnsFor(Scoring.ScoreInputKind.Features);
        string feature = columns.Known[1];
        var row = new Dictionary<string, object> { [columns.IdColumn] = "x1", [feature] = "lots" };
        using var client = fixture.Server.Client(fixture.Server.ScoreKey);
        var problem = await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("/score", new { features = new[] { row } }), HttpStatusCode.BadRequest);
        Assert.Contains($"features[0].{feature}", problem.GetProperty("errors").GetProperty("features")[0].GetString(), StringComparison.Ordinal);
    }

    // Segments must match exactly. Distances and confidences may differ in the last bits: DuckDB's
    // parallel aggregation sums a customer's transactions in no fixed order, so even two runs of
    // `atlas score` on one file can differ by an ulp.
    private static void AssertSame(IReadOnlyList<ScoredCustomer> expected, IReadOnlyList<ScoredCustomerResponse> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].CustomerId, actual[i].CustomerId);
            Assert.Equal(expected[i].SegmentId, actual[i].SegmentId);
            Assert.Equal(expected[i].SegmentName, actual[i].SegmentName);
            Assert.Equal(expected[i].Distance, actual[i].Distance, 1e-9);
            Assert.Equal(expected[i].Confidence, actual[i].Confidence, 1e-9);
        }
    }

    // The rows of a CSV as JSON objects of text values, the way a client would send a file's rows.
    internal static List<Dictionary<string, string?>> ReadRows(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        string[] header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string?>>();
        while (!parser.EndOfData)
        {
            string[] fields = parser.ReadFields()!;
            rows.Add(header.Select((h, i) => (h, v: i < fields.Length && fields[i].Length > 0 ? fields[i] : null)).ToDictionary(x => x.h, x => x.v));
        }

        return rows;
    }
}
