using System.Globalization;
using System.Text;
using CustomerAtlas.Data.Engines;

namespace CustomerAtlas.Data.Schema;

/// <summary>Computes a <see cref="ColumnProfile"/> for every column of a registered table, in the engine.</summary>
public static class ColumnProfiler
{
    private const int SampleRows = 2000;

    /// <summary>Profiles every column of <paramref name="table"/>.</summary>
    /// <exception cref="DataSourceException">A text column looks like dates written in more than one format.</exception>
    public static async Task<IReadOnlyList<ColumnProfile>> ProfileAsync(
        ISqlEngine engine, string table, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var d = engine.Dialect;
        string from = d.QuoteIdentifier(table);
        var columns = await engine.DescribeAsync($"SELECT * FROM {from}", cancellationToken).ConfigureAwait(false);

        var sql = new StringBuilder("SELECT count(*)");
        foreach (var c in columns)
        {
            string q = d.QuoteIdentifier(c.Name);
            bool text = c.Kind == ColumnKind.Text;
            string present = text ? d.BlankToNull(q) : q;
            sql.Append(", count(").Append(present).Append("), ").Append(d.CountDistinct(present));
            sql.Append(", ").Append(text ? $"count({d.TryCastDouble(present)})" : $"count({q})");
        }

        sql.Append(" FROM ").Append(from);
        object?[] stats = await FirstRowAsync(engine, sql.ToString(), cancellationToken).ConfigureAwait(false);
        long rows = SqlValues.ToLong(stats[0]);
        var formats = await DetectDateFormatsAsync(engine, from, columns, sourceName, cancellationToken).ConfigureAwait(false);

        var profiles = new List<ColumnProfile>(columns.Count);
        for (int i = 0; i < columns.Count; i++)
        {
            var c = columns[i];
            profiles.Add(new ColumnProfile(
                c.Name, c.EngineType, rows, SqlValues.ToLong(stats[1 + (3 * i)]), SqlValues.ToLong(stats[2 + (3 * i)]), SqlValues.ToLong(stats[3 + (3 * i)]),
                formats.GetValueOrDefault(c.Name)));
        }

        return profiles;
    }

    private static async Task<Dictionary<string, string>> DetectDateFormatsAsync(
        ISqlEngine engine, string from, IReadOnlyList<SqlColumn> columns, string sourceName, CancellationToken ct)
    {
        var d = engine.Dialect;
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in columns.Where(c => c.Kind == ColumnKind.Text))
        {
            string q = d.QuoteIdentifier(c.Name);
            string present = d.BlankToNull(q);
            var sample = new List<string>();
            await foreach (var row in engine.QueryAsync($"SELECT {present} FROM {from} WHERE {present} IS NOT NULL LIMIT {SampleRows}", ct).ConfigureAwait(false))
            {
                sample.Add((string)row[0]!);
            }

            if (sample.Count == 0 || sample.Count(DateFormats.LooksLikeDate) < sample.Count * 0.9)
            {
                continue;
            }

            var sql = new StringBuilder($"SELECT count({present})");
            foreach (string f in DateFormats.Candidates)
            {
                sql.Append(", count(").Append(d.TryParseTimestamp(present, f)).Append(')');
            }

            sql.Append(" FROM ").Append(from);
            object?[] counts = await FirstRowAsync(engine, sql.ToString(), ct).ConfigureAwait(false);
            long total = SqlValues.ToLong(counts[0]);
            int best = -1;
            long bestCount = 0;
            for (int f = 0; f < DateFormats.Candidates.Count; f++)
            {
                long n = SqlValues.ToLong(counts[f + 1]);
                if (n > bestCount)
                {
                    (best, bestCount) = (f, n);
                }
            }

            if (best < 0)
            {
                continue;
            }

            string format = DateFormats.Candidates[best];
            if (bestCount < total)
            {
                var bad = await FirstRowAsync(engine,
                    $"SELECT {d.SourceRowNumber}, {present} FROM {from} WHERE {present} IS NOT NULL AND {d.TryParseTimestamp(present, format)} IS NULL LIMIT 1",
                    ct).ConfigureAwait(false);
                throw new DataSourceException(string.Create(CultureInfo.InvariantCulture,
                    $"{sourceName}: column '{c.Name}' mixes date formats: {bestCount} of {total} values match {format}, but data row {SqlValues.ToLong(bad[0])} holds '{bad[1]}'. Make the dates consistent or --exclude the column."));
            }

            found[c.Name] = format;
        }

        return found;
    }

    private static async Task<object?[]> FirstRowAsync(ISqlEngine engine, string sql, CancellationToken ct)
    {
        await foreach (var row in engine.QueryAsync(sql, ct).ConfigureAwait(false))
        {
            return row;
        }

        throw new InvalidOperationException("The query returned no rows.");
    }
}
