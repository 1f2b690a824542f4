namespace CustomerAtlas.Bench.EndToEnd;

/// <summary>Settings of <c>e2e</c>.</summary>
public sealed record EndToEndOptions
{
    /// <summary>Raw file to segment. Default (null): the shared online-retail log.</summary>
    public string? Input { get; init; }

    /// <summary>Timed runs after the warm-up. Default 3: a median that one noisy run cannot move.</summary>
    public int Runs { get; init; } = 3;
}
