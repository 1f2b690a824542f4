namespace CustomerAtlas.Bench.Quality.Lab;

/// <summary>Settings of <c>selection-lab</c>.</summary>
internal sealed record LabOptions
{
    /// <summary>Folder of the cached searches (one JSON file per set).</summary>
    public string CacheDirectory { get; init; } = "";

    /// <summary>Batteries to search (dump) or evaluate.</summary>
    public IReadOnlyList<string> Batteries { get; init; } = QualityOptions.MainBatteries;

    /// <summary>Only these sets (all when empty).</summary>
    public IReadOnlyList<string> Sets { get; init; } = [];

    public string DataDirectory { get; init; } = "";

    public int Seed { get; init; } = 42;

    /// <summary>Search budget per set: generous, so every candidate is fitted.</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Genie smoothing factors in the dumped pool (the rules may use a subset).</summary>
    public IReadOnlyList<int> Smoothing { get; init; } = [1, 5, 10];

    /// <summary>Scaling of the product's preprocessing the searches run on (default the product's, robust).</summary>
    public Pipeline.Preprocessing.ScalingMethod Scaling { get; init; } = Pipeline.Preprocessing.ScalingMethod.Robust;

    /// <summary>Compute DBCV for every feasible candidate.</summary>
    public bool Dbcv { get; init; } = true;

    /// <summary>Search sets again even when their cache file exists.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Print one line per set and rule.</summary>
    public bool Verbose { get; init; }
}
