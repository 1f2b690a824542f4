using System.IO.Compression;
using System.Text;
using CustomerAtlas.Data.Engines;
using CustomerAtlas.Pipeline.Running;
using CustomerAtlas.Pipeline.Segmentation;
using CustomerAtlas.Server.Catalog;
using CustomerAtlas.Server.Runs;

namespace CustomerAtlas.Server.Tests.Hosting;

/// <summary>
/// A real run for the server tests: the first <see cref="SampleLines"/> transaction lines of the
/// online-retail log, segmented by the Pipeline (as <c>atlas segment</c> does) with k = 4, written
/// to a temporary run directory and loaded the way <c>atlas serve --model</c> loads it.
/// </summary>
public sealed class FittedRun : IAsyncDisposable
{
    /// <summary>Transaction lines taken from the log (a few hundred customers).</summary>
    public const int SampleLines = 6000;

    private readonly TempDirectory _root;

    private FittedRun(TempDirectory root, string inputPath, string runDirectory, SegmentCatalog catalog)
    {
        _root = root;
        InputPath = inputPath;
        RunDirectory = runDirectory;
        Catalog = catalog;
    }

    /// <summary>Temporary folder holding the input and the run.</summary>
    public string Root => _root.FullName;

    /// <summary>The sample transaction file the run was fitted on.</summary>
    public string InputPath { get; }

    /// <summary>The run directory (model.json, segments, profiles, quality).</summary>
    public string RunDirectory { get; }

    /// <summary>The run as the server serves it.</summary>
    public SegmentCatalog Catalog { get; }

    public static async Task<FittedRun> CreateAsync()
    {
        var root = new TempDirectory("atlas-server-run-");
        try
        {
            string input = root.PathOf("transactions.csv");
            await WriteSampleAsync(SharedData.File("online-retail", "online_retail.csv.gz"), input, SampleLines);
            string output = root.PathOf("atlas-out");
            await SegmentPipeline.RunAsync(new SegmentRequest
            {
                Input = new DataSource { Path = input },
                OutputDirectory = output,
                Segmentation = new SegmentationOptions { K = 4, Restarts = 2 },
            });
            return new FittedRun(root, input, output, await RunCatalog.LoadAsync(output));
        }
        catch
        {
            root.Dispose();
            throw;
        }
    }

    /// <summary>The header and the first <paramref name="lines"/> data lines of a gzipped CSV.</summary>
    public static async Task WriteSampleAsync(string gzipPath, string target, int lines)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(gzipPath), CompressionMode.Decompress), Encoding.UTF8);
        await using var writer = new StreamWriter(target, false, new UTF8Encoding(false));
        for (int i = 0; i <= lines && await reader.ReadLineAsync() is { } line; i++)
        {
            await writer.WriteLineAsync(line);
        }
    }

    public ValueTask DisposeAsync() => _root.DisposeAsync();
}
