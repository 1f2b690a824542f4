using CustomerAtlas.Pipeline.Runs;
using CustomerAtlas.Server.Catalog;

namespace CustomerAtlas.Server.Runs;

/// <summary>Builds a <see cref="SegmentCatalog"/> from a run directory written by <c>atlas segment</c> (<c>atlas serve --model</c>).</summary>
public static class RunCatalog
{
    /// <summary>Loads the run in <paramref name="directory"/>, computes its map and wraps its scorer.</summary>
    /// <exception cref="InvalidDataException">The directory is not a complete run (the message names the file).</exception>
    public static async Task<SegmentCatalog> LoadAsync(string directory, CancellationToken cancellationToken = default)
    {
        var run = SegmentRun.Load(directory);
        var map = await RunMap.ComputeAsync(run.Model, cancellationToken).ConfigureAwait(false);
        var record = RunRecords.FromRun(run, map);
        return new SegmentCatalog(record, [record.Model], new PipelineScorer(run.CreateScorer()));
    }
}
