namespace CustomerAtlas.Data.Quality;

/// <summary>Per-column facts for quality.json.</summary>
/// <param name="Name">Column name.</param>
/// <param name="Type">Engine type as read.</param>
/// <param name="Missing">Null or blank values.</param>
/// <param name="MissingShare">Missing / rows.</param>
/// <param name="Distinct">Distinct values.</param>
/// <param name="Unparseable">Values that do not parse in a column used as numbers.</param>
/// <param name="Role">The role schema inference gave the column.</param>
public sealed record ColumnQuality(string Name, string Type, long Missing, double MissingShare, long Distinct, long Unparseable, string Role);
