namespace CustomerAtlas.Bench.Quality;

/// <summary>One algorithm on one set: best ARI over the reference labellings, or why there is none.</summary>
internal sealed record DatasetResult(
    string Battery, string Dataset, int Rows, int Cols, int K, string Algorithm, double? Ari, double Seconds, string Status);
