using CustomerAtlas.Data.Schema;
using CustomerAtlas.Pipeline.Runs;

namespace CustomerAtlas.Pipeline.Tests.Running;

public sealed class OnlineRetailEndToEndTests(OnlineRetailRun run) : IClassFixture<OnlineRetailRun>
{
    [Fact]
    public void Every_customer_with_an_id_is_segmented()
    {
        Assert.Equal(4372, run.Result.Assignments.Count);
        Assert.Equal(4372, run.Result.Quality.Customers);
        Assert.Equal(4372, run.Result.Assignments.Select(a => a.CustomerId).Distinct().Count());
        Assert.Contains(run.Result.Assignments, a => a.CustomerId == "17850");
    }

    [Fact]
    public void Quality_counts_cancellations_and_rows_without_id()
    {
        var issues = run.Result.Quality.Issues;
        Assert.Equal(9288, issues.Single(i => i.Reason == "cancellation").Rows);
        Assert.Equal(135080, issues.Single(i => i.Reason == "missing-customer-id").Rows);
        Assert.Equal(2517, issues.Single(i => i.Reason == "non-positive-price").Rows);
        Assert.Equal(541909, run.Result.Quality.Rows);
    }

    [Fact]
    public void Schema_is_a_transaction_log_with_the_expected_roles()
    {
        var s = run.Result.Model.FeaturePlan.Schema;
        Assert.Equal(DataShape.TransactionLog, s.Shape);
        Assert.Equal(("CustomerID", "InvoiceDate", "Quantity", "UnitPrice", "InvoiceNo", "StockCode"), (s.Id, s.Time, s.Quantity, s.Price, s.Invoice, s.Product));
    }

    [Fact]
    public void K_is_chosen_in_2_to_10_and_segments_have_unique_names()
    {
        var m = run.Result.Model;
        Assert.InRange(m.K, 2, 10);
        Assert.Equal(9, m.Selection.Candidates.Count);
        Assert.Equal(m.Selection.Candidates.MaxBy(c => c.Silhouette)!.K, m.K);
        Assert.Equal(m.K, run.Result.Profiles.Select(p => p.Name).Distinct().Count());
        Assert.Equal(1.0, run.Result.Profiles.Sum(p => p.RevenueShare ?? 0), 6);
        Assert.All(run.Result.Profiles, p => Assert.Equal(3, p.Drivers.Count));
    }

    [Fact]
    public void Run_directory_holds_every_output_and_loads_back()
    {
        foreach (string f in new[] { RunFiles.Model, RunFiles.SegmentsCsv, RunFiles.SegmentsParquet, RunFiles.ProfilesCsv, RunFiles.ProfilesJson, RunFiles.Quality, RunFiles.Report })
        {
            Assert.True(File.Exists(Path.Combine(run.Directory, f)), f);
        }

        var loaded = SegmentRun.Load(run.Directory);
        Assert.Equal(run.Result.Assignments.Select(a => (a.CustomerId, a.SegmentId)), loaded.Assignments.Select(a => (a.CustomerId, a.SegmentId)));
        Assert.Equal(run.Result.Model.K, loaded.Model.K);
        Assert.Equal(64, loaded.Model.Input.Sha256.Length);
        string html = File.ReadAllText(loaded.ReportPath);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scoring_the_fit_data_reproduces_the_fit_labels()
    {
        var scorer = SegmentRun.Load(run.Directory).CreateScorer();
        var scored = await scorer.ScoreFileAsync(run.Input);
        Assert.Equal(run.Result.Assignments.Select(a => (a.CustomerId, a.SegmentId)), scored.Select(s => (s.CustomerId, s.SegmentId)));
        // DuckDB sums in parallel, so a feature can differ in its last bits between runs (a rare value lands on
        // the other side of the 6-decimal rounding); distances therefore agree to a tolerance, labels exactly.
        Assert.All(run.Result.Assignments.Zip(scored), p => Assert.Equal(p.First.Distance, p.Second.Distance, 1e-6));
        Assert.Equal(run.Result.Assignments.Select(a => a.SegmentName), scored.Select(s => s.SegmentName));
    }

    [Fact]
    public async Task A_model_on_principal_components_scores_the_same_after_model_json()
    {
        // The fit's model with a PCA preparation (as the automatic search may choose) and k-means on it.
        var fitted = SegmentRun.Load(run.Directory).Model;
        await using var engine = new Data.Engines.DuckDb.DuckDbEngine();
        var data = await Data.Ingestion.CustomerDataLoader.ApplyAsync(engine, fitted.Reader, fitted.FeaturePlan);
        var raw = data.Features.ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal);
        var scaled = fitted.Preprocessing.Scale(raw, data.CustomerIds.Length);
        var pca = Pipeline.Preprocessing.PcaChoice.Fit(scaled, seed: 42);
        Assert.NotNull(pca);
        var kmeans = new Core.Clustering.KMeans.KMeans(new Core.Clustering.KMeans.KMeansOptions { K = 4 }).Fit(pca.Transform(scaled));
        var model = fitted with
        {
            Preprocessing = fitted.Preprocessing with { Pca = pca },
            K = 4,
            Segments = Enumerable.Range(0, 4).Select(s => new SegmentSummary(s, $"S{s}", 1, 0.25, kmeans.Centroids[s])).ToList(),
            ClusterModel = Core.Serialization.ModelFile.ToJson(kmeans),
        };
        using var temp = new TempDirectory("atlas-pca-");
        string path = temp.PathOf("model.json");
        await using (var stream = File.Create(path))
        {
            model.Save(stream);
        }

        var scored = new Scoring.Scorer(SegmentModel.Load(path)).ScoreFeatures(data.CustomerIds, raw);
        Assert.Equal(kmeans.Labels, scored.Select(s => s.SegmentId));
    }
}
