namespace CustomerAtlas.Bench.Load;

/// <summary>One kind of request the load check sends; <see cref="Create"/> gets a running counter so requests vary.</summary>
/// <param name="Name">Label in the report (e.g. "POST /score").</param>
/// <param name="Create">Builds the i-th request of this kind.</param>
internal sealed record LoadTarget(string Name, Func<long, HttpRequestMessage> Create);
