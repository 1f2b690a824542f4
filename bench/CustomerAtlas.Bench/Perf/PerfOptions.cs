namespace CustomerAtlas.Bench.Perf;

/// <summary>Settings of <c>perf</c>.</summary>
public sealed record PerfOptions
{
    /// <summary>The quick case set (small sizes). Default false: the full set the targets are judged on.</summary>
    public bool Quick { get; init; }

    /// <summary>Only cases of these groups (<c>--only kmeans,pca</c>). Default (null): every group.</summary>
    public IReadOnlyList<string>? Groups { get; init; }

    /// <summary>Only cases whose id contains one of these parts. Default (null): every case.</summary>
    public IReadOnlyList<string>? Match { get; init; }

    /// <summary>Time scikit-learn and ML.NET next to ours. Default true: ratios are the point of the bench.</summary>
    public bool Peers { get; init; } = true;
}
