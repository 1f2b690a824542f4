using CustomerAtlas.Cli.Demo;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Running;

namespace CustomerAtlas.Cli.Tests.Demo;

public sealed class DemoGeneratorTests
{
    [Fact]
    public async Task The_demo_personas_come_out_as_several_segments_not_bulk_buyers_against_the_rest()
    {
        string root = Directory.CreateTempSubdirectory("atlas-demo-gen-").FullName;
        try
        {
            string input = Path.Combine(root, "transactions.csv");
            DemoGenerator.Write(input, 1200, DemoGenerator.DefaultSeed);
            var result = await SegmentPipeline.RunAsync(new SegmentRequest
            {
                Input = new DataSource { Path = input },
                OutputDirectory = Path.Combine(root, "run"),
            });

            // Six personas; k-means by silhouette must see most of them, and no segment is most of the base.
            Assert.InRange(result.Model.K, 5, 7);
            Assert.All(result.Profiles, p => Assert.True(p.Share < 0.5, $"{p.Name} holds {p.Share:P0}"));
            Assert.Contains(result.Profiles, p => p.Name.StartsWith("Bulk-buying", StringComparison.Ordinal));
            Assert.Contains(result.Profiles, p => p.Name.Contains("lapsed", StringComparison.OrdinalIgnoreCase));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void The_log_is_behaviour_only_and_reproducible()
    {
        var a = new StringWriter();
        var b = new StringWriter();
        DemoGenerator.Generate(a, 40, 3);
        DemoGenerator.Generate(b, 40, 3);
        Assert.Equal(a.ToString(), b.ToString());
        Assert.StartsWith("customer_id,order_id,order_date,product_code,quantity,unit_price\n", a.ToString(), StringComparison.Ordinal);
    }
}
