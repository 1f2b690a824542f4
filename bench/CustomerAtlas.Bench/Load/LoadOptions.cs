namespace CustomerAtlas.Bench.Load;

/// <summary>Settings of <c>load</c>.</summary>
internal sealed record LoadOptions
{
    /// <summary>Raw file the served run is fit on. Default (null): the shared online-retail log.</summary>
    public string? Input { get; init; }

    /// <summary>Measured seconds after the 5 s warm-up. Default 60: long enough for a stable p99.</summary>
    public int Seconds { get; init; } = 60;

    /// <summary>Concurrent closed-loop clients. Default 32: well past the cores, so the server is saturated.</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Feature rows per <c>POST /score</c> request. Default 10: a small online batch.</summary>
    public int Batch { get; init; } = 10;
}
