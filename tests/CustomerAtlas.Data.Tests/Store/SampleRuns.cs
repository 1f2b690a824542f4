using CustomerAtlas.Data.Store;

namespace CustomerAtlas.Data.Tests.Store;

/// <summary>Small hand-written runs: two segments over two features, a handful of customers.</summary>
internal static class SampleRuns
{
    public static RunRecord Create(string version, DateTimeOffset created, int customers = 5, string? parent = null)
    {
        var model = new ModelRecord(
            version,
            "kmeans",
            2,
            created,
            "ab12",
            parent,
            ["recency", "monetary"],
            """{"format":"customeratlas.model","formatVersion":1,"algorithm":"kmeans","model":{"c":[0.1,1e-300,-0.30000000000000004]}}""",
            """{"rows":100,"missing":{"amount":3}}""");
        var segments = new[]
        {
            new SegmentRecord(0, "Recent big spenders", 3, 0.6, [-1.25, 2.5], [new DriverRecord("monetary", 1.8), new DriverRecord("recency", -0.9)], ["monetary > 500", "recency < 30"]),
            new SegmentRecord(1, "Lapsed small buyers", 2, 0.4, [1.5, -0.75], [new DriverRecord("recency", 1.1)], []),
        };
        var profiles = new[]
        {
            new ProfileRecord(0, "recency", 12, 10, 40),
            new ProfileRecord(0, "monetary", 900, 850, 500),
            new ProfileRecord(1, "recency", 80, 75, 40),
            new ProfileRecord(1, "monetary", 100, 90, 500),
        };
        var rows = Enumerable.Range(0, customers)
            .Select(i => new CustomerRecord($"C{i:D3}", i % 2, 0.5 + i, 1.0 / (i + 1), i == 0 ? null : i * 0.25, i == 0 ? null : -i * 0.5))
            .ToArray();
        return new RunRecord(model, segments, profiles, rows);
    }
}
