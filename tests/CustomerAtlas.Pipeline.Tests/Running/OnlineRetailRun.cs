using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Running;

namespace CustomerAtlas.Pipeline.Tests.Running;

/// <summary>One segmentation of online-retail shared by the end-to-end tests (the slowest input, run once).</summary>
public sealed class OnlineRetailRun : IAsyncLifetime
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), $"atlas-or-{Guid.NewGuid():N}");

    public string Input { get; } = SharedData.File("online-retail", "online_retail.csv.gz");

    public SegmentResult Result { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Result = await SegmentPipeline.RunAsync(new SegmentRequest { Input = new DataSource { Path = Input }, OutputDirectory = Directory });

    public Task DisposeAsync()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        return Task.CompletedTask;
    }
}
