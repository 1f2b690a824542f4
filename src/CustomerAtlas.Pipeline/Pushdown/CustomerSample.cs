using CustomerAtlas.Data.Engines;
using CustomerAtlas.Data.Ingestion;

namespace CustomerAtlas.Pipeline.Pushdown;

/// <summary>A subset of ingested customers (the sample the in-process search sees when k-means is pushed down).</summary>
public static class CustomerSample
{
    /// <summary>The customers at <paramref name="rows"/> (increasing indices), with their features and outcomes.</summary>
    public static CustomerData Select(CustomerData data, int[] rows)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Length == data.CustomerIds.Length)
        {
            return data;
        }

        T[] Pick<T>(T[] values) => [.. rows.Select(i => values[i])];
        return new CustomerData(
            data.Plan, data.Decisions, data.Quality, Pick(data.CustomerIds),
            [.. data.Features.Select(f => new NumberColumn(f.Name, f.EngineType, Pick(f.Values), Pick(f.Nulls)))],
            [.. data.Outcomes.Select(o => new TextColumn(o.Name, o.EngineType, Pick(o.Values)))]);
    }
}
