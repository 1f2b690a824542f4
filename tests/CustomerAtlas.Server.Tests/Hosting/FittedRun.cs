using System.Globalization;
using CustomerAtlas.Data.Store;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Scoring;

namespace CustomerAtlas.Server.Tests.Hosting;

/// <summary>
/// Interim run for exercising the HTTP layer until the Pipeline's fitted run is available:
/// three segments on a grid of customers, scored by nearest centroid. Replaced by a run fitted
/// with the Pipeline once it lands on main.
/// </summary>
internal static class FittedRun
{
    public static Task<SegmentCatalog> CatalogAsync()
    {
        string[] features = ["recency", "monetary"];
        double[][] centres = [[-1, -1], [1, 1], [2, -2]];
        var customers = new List<CustomerRecord>();
        for (int i = 0; i < 300; i++)
        {
            int s = i % 3;
            double x = centres[s][0] + (i % 7 - 3) * 0.05, y = centres[s][1] + (i % 5 - 2) * 0.05;
            customers.Add(new CustomerRecord($"C{i:D4}", s, Math.Sqrt(Math.Pow(x - centres[s][0], 2) + Math.Pow(y - centres[s][1], 2)), 0.9, x, y));
        }

        var segments = centres.Select((c, s) => new SegmentRecord(s, $"Segment {s}", 100, 1.0 / 3, c, [new DriverRecord("monetary", c[1]), new DriverRecord("recency", c[0])], [$"monetary ~ {c[1]}"])).ToArray();
        var profiles = segments.SelectMany(s => features.Select((f, j) => new ProfileRecord(s.Id, f, s.Centroid[j], s.Centroid[j], 0))).ToArray();
        var model = new ModelRecord("interim", "kmeans", 3, DateTimeOffset.UnixEpoch, null, null, features, "{}", """{"rows":300}""");
        var run = new RunRecord(model, segments, profiles, customers);
        return Task.FromResult(new SegmentCatalog(run, [model], new NearestCentre(centres)));
    }

    private sealed class NearestCentre(double[][] centres) : ISegmentScorer
    {
        public IReadOnlyList<ScoreInputKind> SupportedKinds => [ScoreInputKind.Features];

        public ScoreColumns ColumnsFor(ScoreInputKind kind) => new("customer_id", ["customer_id", "recency", "monetary"], ["customer_id", "recency", "monetary"]);

        public Task<IReadOnlyList<ScoredCustomer>> ScoreAsync(ScoreBatch batch, CancellationToken cancellationToken)
        {
            var results = batch.Rows.Select(r =>
            {
                double x = double.Parse(r[1]!, CultureInfo.InvariantCulture), y = double.Parse(r[2]!, CultureInfo.InvariantCulture);
                var d = centres.Select(c => Math.Sqrt(Math.Pow(x - c[0], 2) + Math.Pow(y - c[1], 2))).ToArray();
                int best = Array.IndexOf(d, d.Min());
                return new ScoredCustomer(r[0]!, best, d[best], 1);
            }).ToArray();
            return Task.FromResult<IReadOnlyList<ScoredCustomer>>(results);
        }
    }
}
