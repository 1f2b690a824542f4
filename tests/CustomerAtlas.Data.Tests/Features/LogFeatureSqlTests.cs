using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Schema;

namespace CustomerAtlas.Data.Tests.Features;

/// <summary>Customer features of a tiny hand-made log, checked against values worked out by hand.</summary>
public sealed class LogFeatureSqlTests : IAsyncLifetime
{
    // Reference time = latest kept line = 2024-03-31 10:00 (B's order).
    // B also has a zero-price line on Mar 20: it is not a purchase, but it starts B's tenure (11 days).
    // A: orders 1 (Jan 1, 2×5 + 1×10 = 20, 3 items), 2 (Jan 11, 5, 1 item; its line appears twice), 4 (Mar 1, 4×2.5 = 10, 4 items);
    //    cancellation C3 returns 5. B: order 5 (Mar 31, 10). Dropped: POST (no digit), blank id, zero price.
    private const string Log = """
        customer,invoice,date,product,quantity,price
        A,1,2024-01-01 10:00:00,P1,2,5.00
        A,1,2024-01-01 10:00:00,P2,1,10.00
        A,2,2024-01-11 10:00:00,P1,1,5.00
        A,2,2024-01-11 10:00:00,P1,1,5.00
        A,C3,2024-01-12 10:00:00,P1,-1,5.00
        A,4,2024-03-01 10:00:00,P3,4,2.50
        B,5,2024-03-31 10:00:00,P2,1,10.00
        B,6,2024-03-31 10:00:00,POST,1,3.00
        ,7,2024-03-15 10:00:00,P1,1,5.00
        B,8,2024-03-20 10:00:00,P1,1,0.00
        """;

    private readonly TempDirectory _dir = new("atlas-log-");
    private CustomerData _data = null!;

    public async Task InitializeAsync()
    {
        string path = _dir.WriteText("log.csv", Log);
        await using var engine = new DuckDbEngine();
        _data = await CustomerDataLoader.FitAsync(engine, new DataSource { Path = path }, new SchemaOverrides());
    }

    public Task DisposeAsync() => _dir.DisposeAsync().AsTask();

    [Fact]
    public void Roles_are_inferred()
    {
        var s = _data.Plan.Schema;
        Assert.Equal(DataShape.TransactionLog, s.Shape);
        Assert.Equal(("customer", "date", "quantity", "price", "invoice", "product"), (s.Id, s.Time, s.Quantity, s.Price, s.Invoice, s.Product));
        Assert.Equal(["A", "B"], _data.CustomerIds);
    }

    [Theory]
    [InlineData("recency_days", 30.0, 0.0)]
    [InlineData("frequency", 3.0, 1.0)]
    [InlineData("monetary_total", 35.0, 10.0)]
    [InlineData("avg_order_value", 35.0 / 3, 10.0)]
    [InlineData("tenure_days", 90.0, 11.0)]
    [InlineData("mean_days_between_orders", 30.0, 11.0)]
    [InlineData("spend_trend_90d", -1.0 / 7, 1.0)]
    [InlineData("basket_size", 8.0 / 3, 1.0)]
    [InlineData("return_rate", 1.0 / 7, 0.0)]
    [InlineData("distinct_products", 3.0, 1.0)]
    public void Feature_matches_the_hand_computed_value(string feature, double a, double b)
    {
        var column = _data.Features.Single(f => f.Name == feature);
        Assert.Equal(a, column.Values[0], CustomerDataLoader.FeatureDecimals);
        Assert.Equal(b, column.Values[1], CustomerDataLoader.FeatureDecimals);
    }

    [Fact]
    public void Std_of_gaps_10_and_50_days_is_sqrt_800()
    {
        var column = _data.Features.Single(f => f.Name == "std_days_between_orders");
        Assert.Equal(Math.Sqrt(800), column.Values[0], CustomerDataLoader.FeatureDecimals);
        Assert.Equal(0, column.Values[1]);
    }

    [Theory]
    [InlineData("missing-customer-id", 1)]
    [InlineData("cancellation", 1)]
    [InlineData("non-positive-price", 1)]
    [InlineData("non-product-code", 1)]
    [InlineData("duplicate-row", 1)]
    public void Quality_counts_each_reason(string reason, long rows)
    {
        Assert.Equal(rows, _data.Quality.Issues.Single(i => i.Reason == reason).Rows);
    }

    [Fact]
    public void Rows_used_are_the_kept_distinct_lines()
    {
        Assert.Equal(10, _data.Quality.Rows);
        Assert.Equal(6, _data.Quality.RowsUsed);
    }
}
