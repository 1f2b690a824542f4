namespace CustomerAtlas.Data.Engines.ClickHouse;

/// <summary>How far a load has got.</summary>
/// <param name="RowsSent">Rows streamed to the cluster so far.</param>
/// <param name="TotalRows">Rows in the source file.</param>
public readonly record struct LoadProgress(long RowsSent, long TotalRows);

/// <summary>Outcome of one load.</summary>
/// <param name="LoadId">Content hash of the source file; the partition its rows live in.</param>
/// <param name="Rows">Rows of this load now in the table (verified by a count after the insert).</param>
/// <param name="AlreadyLoaded">True when an earlier complete load of the same content was found and nothing was sent.</param>
/// <param name="Elapsed">Wall-clock time of the whole load.</param>
public sealed record LoadResult(string LoadId, long Rows, bool AlreadyLoaded, TimeSpan Elapsed);
