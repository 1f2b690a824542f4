using System.Net;
using System.Net.Http.Json;
using CustomerAtlas.Server.Api.Contracts;
using CustomerAtlas.Server.Tests.Hosting;

namespace CustomerAtlas.Server.Tests.Api;

[Collection(ServerCollection.Name)]
public sealed class ReadEndpointsTests(ServerFixture fixture)
{
    private HttpClient Client() => fixture.Server.Client(fixture.Server.ReadKey);

    [Fact]
    public async Task Segments_list_every_segment_with_sizes_that_add_up()
    {
        using var client = Client();
        var list = await client.GetFromJsonAsync<SegmentListResponse>("/segments");
        var run = fixture.Catalog.Run;
        Assert.NotNull(list);
        Assert.Equal(run.Model.Version, list.ModelVersion);
        Assert.Equal(run.Segments.Select(s => (s.Id, s.Name, s.Size)), list.Segments.Select(s => (s.Id, s.Name, s.Size)));
        Assert.Equal(run.Customers.Count(c => c.SegmentId >= 0), list.Segments.Sum(s => s.Size));
        Assert.Equal(1.0, list.Segments.Sum(s => s.Share), 6);
        Assert.All(list.Segments, s => Assert.Equal(list.Features.Count, s.Profile.Count));
        Assert.All(list.Segments, s => Assert.InRange(s.MeanConfidence, 0, 1));
    }

    [Fact]
    public async Task A_segment_has_its_profile_drivers_rules_and_centroid()
    {
        using var client = Client();
        var segment = fixture.Catalog.Run.Segments[^1];
        var detail = await client.GetFromJsonAsync<SegmentDetailResponse>($"/segments/{segment.Id}");
        Assert.NotNull(detail);
        Assert.Equal(segment.Name, detail.Name);
        Assert.Equal(fixture.Catalog.Model.FeatureNames, detail.Centroid.Keys);
        Assert.Equal(segment.Centroid, detail.Centroid.Values);
        Assert.Equal(segment.Drivers.Select(d => d.Feature), detail.Drivers.Select(d => d.Feature));
        Assert.NotEmpty(detail.Drivers);
        Assert.Equal(segment.Rules, detail.Rules);
        Assert.Equal(fixture.Catalog.ProfileFeatures.Count, detail.Profile.Count);
    }

    [Fact]
    public async Task A_customer_has_its_segment_confidence_and_distance()
    {
        using var client = Client();
        foreach (var customer in fixture.Catalog.Run.Customers.Take(5))
        {
            var answer = await client.GetFromJsonAsync<CustomerResponse>($"/customers/{Uri.EscapeDataString(customer.CustomerId)}");
            Assert.NotNull(answer);
            Assert.Equal(customer.SegmentId, answer.SegmentId);
            Assert.Equal(customer.Distance, answer.Distance);
            Assert.Equal(customer.Confidence, answer.Confidence);
            Assert.Equal(fixture.Catalog.FindSegment(customer.SegmentId)?.Name, answer.SegmentName);
        }
    }

    [Fact]
    public async Task Models_list_the_serving_version_and_what_scoring_accepts()
    {
        using var client = Client();
        var models = await client.GetFromJsonAsync<ModelListResponse>("/models");
        Assert.NotNull(models);
        Assert.Equal(fixture.Catalog.Model.Version, models.Serving);
        Assert.Single(models.Versions, v => v.Serving);
        Assert.Contains("features", models.ScoreInputs.Keys);
    }

    [Fact]
    public async Task Map_points_are_an_even_sample_within_the_limit()
    {
        using var client = Client();
        var points = await client.GetFromJsonAsync<MapPointResponse[]>("/segments/map?limit=10");
        Assert.NotNull(points);
        Assert.InRange(points.Length, 1, 10);
        Assert.All(points, p => Assert.Equal(fixture.Catalog.FindCustomer(p.CustomerId)!.SegmentId, p.SegmentId));
    }

    [Fact]
    public async Task Quality_and_health_answer()
    {
        using var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quality")).StatusCode);
        var health = await client.GetFromJsonAsync<HealthResponse>("/health");
        Assert.Equal("ok", health?.Status);
        Assert.Equal(fixture.Catalog.CustomerCount, health?.Customers);
    }
}
