using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Engines.DuckDb;
using CustomerAtlas.Data.Ingestion;
using CustomerAtlas.Data.Schema;
using Xunit.Abstractions;

namespace CustomerAtlas.Data.Tests.Ingestion;

public sealed class SharedDatasetTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Customer_personality_is_a_table_with_dd_MM_yyyy_dates_and_a_response_label()
    {
        var data = await LoadAsync(SharedData.File("customer-personality", "marketing_campaign.csv"));
        Assert.Equal(DataShape.CustomerTable, data.Plan.Schema.Shape);
        Assert.Equal("ID", data.Plan.Schema.Id);
        Assert.Equal(2240, data.CustomerIds.Length);
        Assert.Contains("Response", data.Plan.Schema.Outcomes);
        Assert.DoesNotContain(data.Features, f => f.Name.StartsWith("Response", StringComparison.Ordinal));
        Assert.Contains("Dt_Customer", data.Plan.Schema.Dates.Keys);
        Assert.Contains(data.Quality.Issues, i => i.Reason == "missing-value" && i.Column == "Income" && i.Rows == 24);
        Assert.Contains(data.Quality.Issues, i => i.Reason == "constant-column" && i.Column == "Z_Revenue");
    }

    [Fact]
    public async Task Telco_total_charges_blank_values_are_imputed_not_fatal()
    {
        var data = await LoadAsync(SharedData.File("telco-churn", "WA_Fn-UseC_-Telco-Customer-Churn.csv"));
        Assert.Equal(7043, data.CustomerIds.Length);
        Assert.Contains("Churn", data.Plan.Schema.Outcomes);
        Assert.Contains("TotalCharges", data.Plan.Schema.Numeric);
        Assert.Contains(data.Quality.Issues, i => i.Column == "TotalCharges" && i.Rows == 11);
        Assert.Contains(data.Features, f => f.Name == "TotalCharges (missing)");
    }

    private async Task<CustomerData> LoadAsync(string path)
    {
        await using var engine = new DuckDbEngine();
        var data = await CustomerDataLoader.FitAsync(engine, new DataSource { Path = path }, new SchemaOverrides());
        foreach (var d in data.Decisions)
        {
            output.WriteLine($"{d.Role}: {d.Column} ({d.Reason})");
        }

        foreach (var i in data.Quality.Issues)
        {
            output.WriteLine($"! {i.Reason} {i.Column} {i.Rows} {i.Action}");
        }

        foreach (var f in data.Features)
        {
            output.WriteLine($"f {f.Name} mean {f.Values.Where(double.IsFinite).DefaultIfEmpty().Average():F3} nulls {f.Nulls.Count(x => x)}");
        }

        return data;
    }
}
