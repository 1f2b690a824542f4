using System.Globalization;
using System.Net;

namespace CustomerAtlas.Pipeline.Pushdown;

/// <summary>The report section saying how k-means ran inside the engine (what the sample decided, what the cluster did).</summary>
public static class PushdownReport
{
    /// <summary>An HTML section for <paramref name="record"/> (all text encoded).</summary>
    public static string Section(PushdownRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        string text = string.Create(CultureInfo.InvariantCulture,
            $"k and the starting centroids were chosen in process on a seeded sample of {record.SampleSize:N0} customers; " +
            $"k-means then ran inside {record.Engine} over all {record.Customers:N0} customers, one scan per iteration " +
            $"({record.Iterations} iterations, {(record.Converged ? "converged" : "stopped at the iteration limit")}).");
        return $"<h2>Clustering inside the engine</h2><p>{WebUtility.HtmlEncode(text)}</p>";
    }
}
