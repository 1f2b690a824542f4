namespace CustomerAtlas.Bench.Deep;

/// <summary>Settings of <c>deep</c>.</summary>
internal sealed record DeepOptions
{
    /// <summary>Clusters per method. Default 5: the segment count the customer tables are usually cut into.</summary>
    public int K { get; init; } = 5;

    /// <summary>Bootstrap resamples for the stability column. Default 3: enough to rank methods, cheap for the deep ones.</summary>
    public int Resamples { get; init; } = 3;

    /// <summary>Dataset names to run (see <see cref="DeepCommand.DatasetNames"/>). Default: all of them.</summary>
    public IReadOnlyList<string> Datasets { get; init; } = DeepCommand.DatasetNames;
}
