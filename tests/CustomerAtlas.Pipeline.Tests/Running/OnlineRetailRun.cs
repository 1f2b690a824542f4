using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Running;

namespace CustomerAtlas.Pipeline.Tests.Running;

/// <summary>One segmentation of online-retail shared by the end-to-end tests (the slowest input, run once).</summary>
public sealed class OnlineRetailRun : IAsyncLifetime
{
    private readonly TempDirectory _root = new("atlas-or-");

    /// <summary>The run directory the segmentation wrote.</summary>
    public string Directory => _root.PathOf("run");

    public string Input { get; } = SharedData.File("online-retail", "online_retail.csv.gz");

    public SegmentResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await SegmentPipeline.RunAsync(new SegmentRequest { Input = new DataSource { Path = Input }, OutputDirectory = Directory });

    public Task DisposeAsync() => _root.DisposeAsync().AsTask();
}
